import fs from 'node:fs';
import path from 'node:path';
import { renderUnicodeCompact } from 'uqr';
import { describe, expect, it } from 'vitest';
import type { NetworkInterfaces } from '../network/lan-addresses';
import type { AtlasOrm } from '../db/orm';
import type { Logger } from '../logging/logger';
import {
  announceStart,
  databaseName,
  FIRST_ACCOUNT_COMMAND,
  startBanner,
  startFailure,
  startInfo,
} from './start-banner';

const README = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'README.md'), 'utf8');

/** A laptop on a venue's Wi-Fi (wlan0) and a cable (eth0). */
const LAPTOP: NetworkInterfaces = {
  lo: [
    {
      address: '127.0.0.1',
      netmask: '255.0.0.0',
      family: 'IPv4',
      mac: '00:00:00:00:00:00',
      internal: true,
      cidr: '127.0.0.1/8',
    },
  ],
  wlan0: [
    {
      address: '192.168.1.20',
      netmask: '255.255.255.0',
      family: 'IPv4',
      mac: '02:00:00:00:00:01',
      internal: false,
      cidr: '192.168.1.20/24',
    },
  ],
  eth0: [
    {
      address: '10.0.0.5',
      netmask: '255.255.255.0',
      family: 'IPv4',
      mac: '02:00:00:00:00:02',
      internal: false,
      cidr: '10.0.0.5/24',
    },
  ],
};
const SQLITE = { dialect: 'sqlite' as const, database: path.join(process.cwd(), 'data', 'atlas.sqlite'), host: null };

describe('the start banner', () => {
  const firstStart = {
    origin: 'http://localhost:4000',
    networkOrigins: [],
    database: 'SQLite server/data/atlas.sqlite',
    accounts: 0,
  };

  it('is what the README shows a first start printing', () => {
    const shown = /says where everything is:\n\n```text\n([\s\S]*?)```/.exec(README)?.[1];
    expect(shown).toBe(startBanner(firstStart));
  });

  it('gives the addresses of the dashboard, the explorer and the API, and the database', () => {
    const banner = startBanner({ ...firstStart, origin: 'http://localhost:4123' });
    expect(banner).toContain('Dashboard          http://localhost:4123/\n');
    expect(banner).toContain('GraphQL explorer   http://localhost:4123/graphiql\n');
    expect(banner).toContain('GraphQL API        http://localhost:4123/graphql\n');
    expect(banner).toContain('on SQLite server/data/atlas.sqlite');
  });

  it('says how to create the first account only while there is none', () => {
    expect(startBanner(firstStart)).toContain(FIRST_ACCOUNT_COMMAND);
    expect(FIRST_ACCOUNT_COMMAND).toMatch(
      /^npx -y pnpm@12\.4\.2 cli user create --email \S+ --name ".+" --role ADMIN$/,
    );
    const later = startBanner({ ...firstStart, accounts: 1 });
    expect(later).not.toContain('user create');
    expect(later).not.toContain('No account');
  });

  it('gives each address on the network and draws a QR code of the first', () => {
    const banner = startBanner(startInfo(SQLITE, 4000, 1, LAPTOP));
    expect(banner).toContain(
      '  On the network     http://192.168.1.20:4000/\n                     http://10.0.0.5:4000/\n',
    );
    expect(banner).toContain('Phones on the same network open http://192.168.1.20:4000/ or scan:');
    const code = renderUnicodeCompact('http://192.168.1.20:4000/', { border: 2 })
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
    expect(banner).toContain(`\n\n${code}\n\n`);
    expect(banner).not.toContain(renderUnicodeCompact('http://10.0.0.5:4000/', { border: 2 }).split('\n')[3]);
  });

  it('gives no address on the network, and no code, when HOST is 127.0.0.1', () => {
    const info = startInfo({ ...SQLITE, host: '127.0.0.1' }, 4000, 1, LAPTOP);
    const banner = startBanner(info);
    expect(info.networkOrigins).toEqual([]);
    expect(banner).toContain('Dashboard          http://127.0.0.1:4000/\n');
    expect(banner).not.toContain('On the network');
    expect(banner).not.toMatch(/[█▀▄]/);
  });

  it('gives the addresses on the network as `network` in the JSON line', async () => {
    const lines: object[] = [];
    const logger = { info: (fields: object) => lines.push(fields) } as unknown as Logger;
    const orm = { em: { fork: () => ({ count: async () => 1 }) } } as unknown as AtlasOrm;
    await announceStart(orm, logger, { ...SQLITE, host: '192.168.1.20', logFormat: 'json' }, 4000);
    expect(lines).toEqual([
      expect.objectContaining({ dashboard: 'http://192.168.1.20:4000/', network: ['http://192.168.1.20:4000/'] }),
    ]);
  });

  it('is what the README shows at a workshop', () => {
    const shown = /## At a workshop\n[\s\S]*?```text\n([\s\S]*?)```/.exec(README)?.[1];
    const info = startInfo(SQLITE, 4000, 1, LAPTOP);
    expect(shown).toBe(startBanner({ ...info, database: 'SQLite server/data/atlas.sqlite' }));
  });

  it('names the database without its password', () => {
    expect(databaseName({ dialect: 'postgresql', database: 'postgres://atlas:s3cret@db.example.org:5432/atlas' })).toBe(
      'PostgreSQL atlas@db.example.org:5432/atlas',
    );
    expect(databaseName({ dialect: 'sqlite', database: path.join(process.cwd(), 'data', 'a.sqlite') })).toBe(
      `SQLite ${path.join('data', 'a.sqlite')}`,
    );
    expect(databaseName({ dialect: 'sqlite', database: '/elsewhere/a.sqlite' })).toBe('SQLite /elsewhere/a.sqlite');
  });

  it('says in plain words that the port is taken', () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE: address already in use :::4000'), { code: 'EADDRINUSE' });
    expect(startFailure(inUse, 4000)).toBe(
      'Port 4000 is in use (another Atlas, or another program, is running): stop it, or start with PORT=4001.',
    );
    expect(startFailure(new Error('no such table'))).toMatch(
      /^Reintegration Atlas could not start: Error: no such table/,
    );
  });
});
