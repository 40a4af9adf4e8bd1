import path from 'node:path';
import { renderUnicodeCompact } from 'uqr';
import { User } from '../accounts/user.entity';
import type { AtlasConfig } from '../config';
import type { AtlasOrm } from '../db/orm';
import type { Logger } from '../logging/logger';
import { lanOrigins, localOrigin, type NetworkInterfaces } from '../network/lan-addresses';

/** The command that creates an account, as the README spells commands: it needs only npm. */
export const FIRST_ACCOUNT_COMMAND =
  'npx -y pnpm@12.4.2 cli user create --email you@example.org --name "Your Name" --role ADMIN';

export interface StartInfo {
  /** Where to open the Atlas on this machine. */
  origin: string;
  /** Where other machines on the network (participants' phones) open it; the first one in a QR code. */
  networkOrigins: string[];
  /** The database in use, never with its password. */
  database: string;
  /** How many accounts exist: none, and the banner says how to create the first. */
  accounts: number;
}

/** `SQLite server/data/atlas.sqlite` (relative to where it was started), `PostgreSQL atlas@db:5432/atlas`. */
export function databaseName(config: Pick<AtlasConfig, 'dialect' | 'database'>): string {
  if (config.dialect === 'postgresql') {
    const url = new URL(config.database);
    return `PostgreSQL ${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.host}${url.pathname}`;
  }
  const relative = path.relative(process.cwd(), config.database);
  return `SQLite ${relative.startsWith('..') || path.isAbsolute(relative) ? config.database : relative}`;
}

/**
 * What a person sees when the Atlas is ready: one block per concern (where, on the network, accounts,
 * how to stop), so that a new one is one more block.
 */
export function startBanner(info: StartInfo): string {
  const { origin } = info;
  const blocks = [
    [`Reintegration Atlas is ready, on ${info.database}.`],
    [
      `  Dashboard          ${origin}/`,
      `  GraphQL explorer   ${origin}/graphiql`,
      `  GraphQL API        ${origin}/graphql`,
    ],
    networkBlock(info.networkOrigins),
    info.accounts > 0
      ? []
      : ['  No account yet. To create the first one (it asks for its password):', `    ${FIRST_ACCOUNT_COMMAND}`],
    ['  Ctrl-C stops it. LOG_LEVEL=debug shows every request; LOG_FORMAT=json writes JSON lines.'],
  ];
  return `${blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n')}\n`;
}

/** The code of an address, drawn in a terminal with half blocks (light modules in the text's colour). */
export function terminalQrCode(address: string): string {
  return renderUnicodeCompact(address, { border: 2 });
}

/** Each address on the network, and a QR code of the first for phones on the same Wi-Fi. */
function networkBlock(origins: string[]): string[] {
  if (origins.length === 0) return [];
  const [first] = origins;
  return [
    ...origins.map((origin, index) => `  ${index === 0 ? 'On the network' : '              '}     ${origin}/`),
    '',
    `  Phones on the same network open ${first}/ or scan:`,
    '',
    ...terminalQrCode(`${first}/`)
      .split('\n')
      .map((line) => `  ${line}`),
  ];
}

/** What the banner says, for the Atlas listening on `config.host` and `port`. */
export function startInfo(
  config: Pick<AtlasConfig, 'dialect' | 'database' | 'host'>,
  port: number,
  accounts: number,
  interfaces?: NetworkInterfaces,
): StartInfo {
  return {
    origin: localOrigin(config.host, port),
    networkOrigins: lanOrigins(config.host, port, interfaces),
    database: databaseName(config),
    accounts,
  };
}

/** Says the Atlas is ready: the banner in a terminal, one JSON line with the same facts otherwise. */
export async function announceStart(
  orm: AtlasOrm,
  logger: Logger,
  config: Pick<AtlasConfig, 'dialect' | 'database' | 'logFormat' | 'host'>,
  port: number,
): Promise<void> {
  const info = startInfo(config, port, await orm.em.fork().count(User, {}));
  if (config.logFormat === 'text') {
    if (logger.isLevelEnabled('info')) process.stdout.write(`\n${startBanner(info)}\n`);
    return;
  }
  const { origin } = info;
  logger.info(
    {
      port,
      database: info.database,
      dashboard: `${origin}/`,
      graphiql: `${origin}/graphiql`,
      graphql: `${origin}/graphql`,
      network: info.networkOrigins.map((lan) => `${lan}/`),
      accounts: info.accounts,
      ...(info.accounts === 0 && { firstAccount: FIRST_ACCOUNT_COMMAND }),
    },
    `Reintegration Atlas on ${origin}/`,
  );
}

/** A failure to start, in plain words where it is a common one (the port, when listening failed). */
export function startFailure(error: unknown, port?: number): string {
  const code = (error as { code?: string } | null)?.code;
  if (port !== undefined && code === 'EADDRINUSE') {
    return `Port ${port} is in use (another Atlas, or another program, is running): stop it, or start with PORT=${port + 1}.`;
  }
  if (code === 'EADDRNOTAVAIL')
    return `HOST is not an address of this machine: unset it (every interface), or give one of its IP addresses.`;
  if (port !== undefined && code === 'EACCES')
    return `Port ${port} may not be used by this user: start with PORT=4000 or another port above 1023.`;
  return `Reintegration Atlas could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
