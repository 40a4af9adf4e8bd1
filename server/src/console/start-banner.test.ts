import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseName, FIRST_ACCOUNT_COMMAND, startBanner, startFailure } from './start-banner';

const README = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'README.md'), 'utf8');

describe('the start banner', () => {
  const firstStart = {
    origins: ['http://localhost:4000'],
    database: 'SQLite server/data/atlas.sqlite',
    accounts: 0,
  };

  it('is what the README shows a first start printing', () => {
    const shown = /says where everything is:\n\n```text\n([\s\S]*?)```/.exec(README)?.[1];
    expect(shown).toBe(startBanner(firstStart));
  });

  it('gives the addresses of the dashboard, the explorer and the API, and the database', () => {
    const banner = startBanner({ ...firstStart, origins: ['http://localhost:4123'] });
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
