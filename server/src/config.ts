import path from 'node:path';

export type Dialect = 'sqlite' | 'postgresql';

export interface AtlasConfig {
  port: number;
  production: boolean;
  dialect: Dialect;
  /** PostgreSQL connection URL, or the SQLite file path. */
  database: string;
  /** Load the real seed into an empty database on start (SQLite default). */
  seedOnEmpty: boolean;
  /** Folder of the built dashboard served at `/`, when it exists. */
  dashboardDir: string;
  /** Origins allowed to call /graphql from a browser (`*`: any). */
  corsOrigins: string[];
}

const DEFAULT_SQLITE_PATH = path.resolve(__dirname, '..', 'data', 'atlas.sqlite');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AtlasConfig {
  const url = env.DATABASE_URL?.trim();
  const dialect: Dialect = url && /^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite';
  if (url && dialect === 'sqlite' && !url.startsWith('file:') && !url.endsWith('.sqlite')) {
    throw new Error(`DATABASE_URL must be postgres://… or a file:…/.sqlite path, got "${url}"`);
  }
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  return {
    port,
    production: env.NODE_ENV === 'production',
    dialect,
    database: url ? url.replace(/^file:/, '') : (env.SQLITE_PATH ?? DEFAULT_SQLITE_PATH),
    seedOnEmpty: (env.ATLAS_SEED_ON_EMPTY ?? (dialect === 'sqlite' ? 'true' : 'false')) === 'true',
    dashboardDir: env.DASHBOARD_DIR ?? path.resolve(__dirname, '..', '..', 'dashboard', 'dist'),
    corsOrigins: (env.ATLAS_CORS_ORIGINS ?? '*')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}
