import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager } from '@mikro-orm/knex';
import type { RequestListener, ServerOptions } from 'node:http';
import compression from 'compression';
import cors from 'cors';
import express, { type Express } from 'express';
import { authenticate, callerOf } from './accounts/authenticate';
import { createApolloServer } from './assembly/apollo-server';
import { createContext } from './assembly/context';
import { atlasSchema } from './assembly/schema';
import { atlasServices } from './assembly/services';
import type { AtlasConfig } from './config';
import { dashboardRoutes, explorerForBrowsers } from './dashboard-routes';
import { downloadRoutes } from './bulk/downloads/download.routes';
import type { AtlasOrm } from './db/orm';
import { bodyErrors } from './graphql/body-errors';
import { healthRoutes, type Readiness } from './health/health.routes';
import { cachingHeaders } from './http/caching-headers';
import { ending } from './http/ending';
import { branch, expressStep, only, pipeline, underPaths } from './http/pipeline';
import { securityHeaderList, securityHeaders } from './http/security-headers';
import { clientAddress } from './limits/client-address';
import { rateLimit, requestBudget } from './limits/rate-limit';
import { memoryStore, redisStore } from './limits/rate-limiter-store';
import { requestShape } from './limits/request-shape';
import { lateAnswerAfterTimeout, requestSignal, requestTimeout, requestTimer } from './limits/request-timeout';
import { createLogger, type Logger } from './logging/logger';
import { operationNoteOf, requestLog, requestLogStart } from './logging/request-log';
import { networkOriginsOf } from './network/lan-addresses';
import { cacheablePlugin } from './response-cache/cache-plugin';
import { cacheFront } from './response-cache/cache-front';
import { responseCacheStep } from './response-cache/cache-step';
import { watchCommittedWrites } from './response-cache/committed-writes';
import { invalidation } from './response-cache/invalidation';
import { ResponseCache } from './response-cache/response-cache';

export type AppConfig = Pick<
  AtlasConfig,
  | 'production'
  | 'host'
  | 'dialect'
  | 'dashboardDir'
  | 'corsOrigins'
  | 'limits'
  | 'redisUrl'
  | 'redisKeyPrefix'
  | 'throttleSecret'
  | 'trustProxy'
  | 'logLevel'
  | 'logFormat'
  | 'responseCache'
  | 'compiledQueries'
>;

export interface AtlasApp {
  /** What the HTTP server runs: the request pipeline. */
  handler: RequestListener;
  /** The HTTP server's own time limits, for what never reaches the pipeline (headers sent slowly). */
  serverOptions: ServerOptions;
  logger: Logger;
  /** From now on /readyz says "draining", so a load balancer sends no new requests. */
  drain(): void;
  stop(): Promise<void>;
}

/** The HTTP application: GraphQL at /graphql (POST, and GET for queries), downloads, health checks, the dashboard. */
export async function createApp(orm: AtlasOrm, config: AppConfig): Promise<AtlasApp> {
  const { limits } = config;
  const logger = createLogger(config.logLevel, config.logFormat);
  const redis = config.redisUrl ? { url: config.redisUrl, keyPrefix: config.redisKeyPrefix } : null;
  const cache = config.responseCache ? new ResponseCache(config.responseCache) : null;
  const writes = cache ? await invalidation(cache, redis, logger) : null;
  // The API's EntityManager: what is written through it empties the response cache once committed.
  const em = orm.em.fork({ cloneEventManager: true }) as EntityManager;
  if (writes) watchCommittedWrites(em, writes.announce);
  const apollo = await createApolloServer(config, logger, [cacheablePlugin()]);
  const store = redis ? await redisStore(redis.url, redis.keyPrefix, logger) : memoryStore();
  const services = atlasServices(store, config.throttleSecret, networkOriginsOf(config));
  const readiness: Readiness = { draining: false };

  const api = expressApp(config);
  api.get('/graphql', explorerForBrowsers);
  api.use(
    '/graphql',
    express.json({ limit: limits.maxBodyBytes }),
    requestShape(limits),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const { viewer, token } = callerOf(res);
        const request = { token, address: req.ip ?? 'unknown', port: req.socket.localPort };
        return createContext(
          em.fork(),
          config.dialect,
          services,
          viewer,
          request,
          operationNoteOf(res),
          requestSignal(res),
        );
      },
    }),
    bodyErrors(limits.maxBodyBytes),
    lateAnswerAfterTimeout,
  );
  api.use('/export', downloadRoutes(orm, config, await atlasSchema()));
  const site = expressApp(config);
  site.use(healthRoutes(orm, readiness));
  site.use(dashboardRoutes(config.dashboardDir));

  // The API's own steps: CORS (a dashboard on another origin; no cookie is ever read), who is
  // asking (without an Authorization header: anonymous, which needs no step) and their rate budget.
  // The API and the rest are two express applications, chosen by the same test as these steps, so
  // no request reaches an API route without them.
  const isApi = underPaths('/graphql', '/export');
  const allowCors = cors({
    origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins,
    maxAge: 600,
    exposedHeaders: EXPOSED_HEADERS,
  });
  const spend = requestBudget(store, limits, clientAddress(config.trustProxy));
  const startLog = requestLogStart(logger, config.logFormat);
  const security = securityHeaders();
  // The front door starts a POST's clock before the pipeline has set any header.
  const startClock = requestTimer(limits, (req, res) => {
    res.setHeader('X-Request-Id', startLog(req, res));
    security(req, res, () => {});
    if (isApi(req)) allowCors(req, res, () => {});
  });
  // Every request goes through these, in this order, but for answers from the cache's front door.
  const steps = pipeline(
    [
      requestLog(startLog, logger),
      security,
      cachingHeaders(underPaths('/graphql')),
      requestTimeout(startClock),
      only(isApi, allowCors),
      only((req) => isApi(req) && req.headers.authorization !== undefined, authenticate(orm)),
      only(isApi, rateLimit(spend, callerOf, limits)),
      ...(cache ? [responseCacheStep(cache)] : []),
      branch(isApi, expressStep(api), expressStep(site)),
    ],
    ending(logger),
  );
  const handler = cache
    ? cacheFront(cache, { startLog, startClock, securityHeaders: securityHeaderList(), cors: allowCors, spend }, steps)
    : steps;
  return {
    handler,
    serverOptions: serverTimeouts(limits.timeoutMs),
    logger,
    drain: () => {
      readiness.draining = true;
    },
    stop: async () => {
      await apollo.stop();
      await store.close();
      await writes?.close();
    },
  };
}

/** An express application for one part of the routes, with what each part needs. */
function expressApp(config: AppConfig): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(compression());
  return app;
}

/**
 * Node's own limits on receiving a request, from ATLAS_REQUEST_TIMEOUT_MS: a client that sends its
 * headers or body a byte at a time is cut off instead of holding a connection for node's default five
 * minutes. What reaches the pipeline gets its coded 503 from the pipeline's time limit first (a
 * second later node would close the connection without a word); this also bounds a body still
 * trickling in after its answer went out. Checked twice a second rather than every 30 s.
 */
function serverTimeouts(timeoutMs: number): ServerOptions {
  return { headersTimeout: timeoutMs, requestTimeout: timeoutMs + 1000, connectionsCheckingInterval: 500 };
}

/** Response headers a browser script on another origin may read. */
const EXPOSED_HEADERS = [
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'RateLimit-Policy',
  'Retry-After',
  'X-Request-Id',
  'X-Atlas-Cache',
];
