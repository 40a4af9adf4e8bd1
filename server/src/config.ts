import path from 'node:path';
import { loadLimits, type RequestLimits } from './limits/limits-config';
import type { LogFormat } from './logging/logger';
import { listenHostOf } from './network/lan-addresses';

export type Dialect = 'sqlite' | 'postgresql';

export interface AtlasConfig {
  port: number;
  /** The interface to listen on (HOST: an IP address or localhost); null: every interface. */
  host: string | null;
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
  /** Limits on requests: depth, cost, size, time, rate. */
  limits: RequestLimits;
  /** Redis shared by several instances for rate-limit budgets; null: each process counts in memory. */
  redisUrl: string | null;
  /** Prefix of the Atlas's keys in Redis (several deployments may share one server). */
  redisKeyPrefix: string;
  /** Keys the HMACs that name sign-in budgets (of email and client addresses); null: a fixed key. */
  throttleSecret: string | null;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe for client addresses. */
  trustProxy: boolean | number | string;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  /** Lines for a person (`text`, the default in a terminal) or JSON lines (`json`, the default otherwise). */
  logFormat: LogFormat;
  /** How long SIGTERM waits for requests in flight before closing their connections. */
  shutdownTimeoutMs: number;
  /** Answers to anonymous queries kept in memory; null: off. */
  responseCache: { maxBytes: number; ttlSeconds: number } | null;
  /** Queries asked more than once run compiled (graphql-jit); false: every query interpreted by graphql-js. */
  compiledQueries: boolean;
  /** Reads run as prepared statements reused across requests; false: MikroORM's own, values written into the SQL. */
  preparedStatements: boolean;
}

const DEFAULT_SQLITE_PATH = path.resolve(__dirname, '..', 'data', 'atlas.sqlite');

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  terminal = process.stdout.isTTY === true,
): AtlasConfig {
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
    host: listenHostOf(env.HOST),
    production: env.NODE_ENV === 'production',
    dialect,
    database: url ? url.replace(/^file:/, '') : (env.SQLITE_PATH ?? DEFAULT_SQLITE_PATH),
    seedOnEmpty: (env.ATLAS_SEED_ON_EMPTY ?? (dialect === 'sqlite' ? 'true' : 'false')) === 'true',
    dashboardDir: env.DASHBOARD_DIR ?? path.resolve(__dirname, '..', '..', 'dashboard', 'dist'),
    corsOrigins: (env.ATLAS_CORS_ORIGINS ?? '*')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    limits: loadLimits(env),
    redisUrl: env.REDIS_URL?.trim() || null,
    redisKeyPrefix: env.ATLAS_REDIS_KEY_PREFIX?.trim() || 'atlas',
    throttleSecret: env.ATLAS_THROTTLE_SECRET?.trim() || null,
    trustProxy: trustProxyOf(env.ATLAS_TRUST_PROXY),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    logFormat: logFormatOf(env.LOG_FORMAT, terminal),
    shutdownTimeoutMs: Number(env.ATLAS_SHUTDOWN_TIMEOUT_MS ?? 10_000),
    compiledQueries: env.ATLAS_COMPILED_QUERIES !== 'off',
    preparedStatements: env.ATLAS_PREPARED_STATEMENTS !== 'off',
    responseCache:
      env.ATLAS_RESPONSE_CACHE === 'off'
        ? null
        : {
            maxBytes: Number(env.ATLAS_RESPONSE_CACHE_MB ?? 64) * 1024 * 1024,
            ttlSeconds: Number(env.ATLAS_RESPONSE_CACHE_TTL_SECONDS ?? 60),
          },
  };
}

function logFormatOf(value: string | undefined, terminal: boolean): LogFormat {
  const given = value?.trim();
  if (!given) return terminal ? 'text' : 'json';
  if (given !== 'text' && given !== 'json') throw new Error(`LOG_FORMAT must be text or json, got "${value}"`);
  return given;
}

/** `true`, `false`, a number of hops, or addresses/subnets (express's forms); off by default. */
function trustProxyOf(value: string | undefined): boolean | number | string {
  const given = value?.trim();
  if (!given || given === 'false') return false;
  if (given === 'true') return true;
  return /^\d+$/.test(given) ? Number(given) : given;
}
