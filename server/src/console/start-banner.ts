import path from 'node:path';
import { User } from '../accounts/user.entity';
import type { AtlasConfig } from '../config';
import type { AtlasOrm } from '../db/orm';
import type { Logger } from '../logging/logger';

/** The command that creates an account, as the README spells commands: it needs only npm. */
export const FIRST_ACCOUNT_COMMAND =
  'npx -y pnpm@12.4.2 cli user create --email you@example.org --name "Your Name" --role ADMIN';

export interface StartInfo {
  /** Where the Atlas answers, this machine's own address first (then each address on the network). */
  origins: string[];
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
 * What a person sees when the Atlas is ready: one block per concern (where, accounts, how to stop),
 * so that a new one (the addresses on the venue's network, a QR code) is one more block.
 */
export function startBanner(info: StartInfo): string {
  const [local, ...others] = info.origins;
  const blocks = [
    [`Reintegration Atlas is ready, on ${info.database}.`],
    [
      `  Dashboard          ${local}/`,
      `  GraphQL explorer   ${local}/graphiql`,
      `  GraphQL API        ${local}/graphql`,
      ...others.map((origin) => `  On the network     ${origin}/`),
    ],
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

/** Says the Atlas is ready: the banner in a terminal, one JSON line with the same facts otherwise. */
export async function announceStart(
  orm: AtlasOrm,
  logger: Logger,
  config: Pick<AtlasConfig, 'dialect' | 'database' | 'logFormat'>,
  port: number,
): Promise<void> {
  const info: StartInfo = {
    origins: [`http://localhost:${port}`],
    database: databaseName(config),
    accounts: await orm.em.fork().count(User, {}),
  };
  if (config.logFormat === 'text') {
    if (logger.isLevelEnabled('info')) process.stdout.write(`\n${startBanner(info)}\n`);
    return;
  }
  const [local] = info.origins;
  logger.info(
    {
      port,
      database: info.database,
      dashboard: `${local}/`,
      graphiql: `${local}/graphiql`,
      graphql: `${local}/graphql`,
      accounts: info.accounts,
      ...(info.accounts === 0 && { firstAccount: FIRST_ACCOUNT_COMMAND }),
    },
    `Reintegration Atlas on ${local}/`,
  );
}

/** A failure to start, in plain words where it is a common one (the port, when listening failed). */
export function startFailure(error: unknown, port?: number): string {
  const code = (error as { code?: string } | null)?.code;
  if (port !== undefined && code === 'EADDRINUSE') {
    return `Port ${port} is in use (another Atlas, or another program, is running): stop it, or start with PORT=${port + 1}.`;
  }
  if (port !== undefined && code === 'EACCES')
    return `Port ${port} may not be used by this user: start with PORT=4000 or another port above 1023.`;
  return `Reintegration Atlas could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
