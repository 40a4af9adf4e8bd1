import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager } from '@mikro-orm/knex';
import type { RequestListener } from 'node:http';
import compression from 'compression';
import cors from 'cors';
import express, { type Express } from 'express';
import { authenticate, callerOf } from './accounts/authenticate';
import { LoginThrottle } from './accounts/login-throttle';
import type { AtlasConfig } from './config';
import { dashboardRoutes, explorerForBrowsers } from './dashboard-routes';
import { downloadRoutes } from './downloads/download.routes';
import type { AtlasOrm } from './db/orm';
import { createApolloServer } from './graphql/apollo-server';
import { bodyErrors } from './graphql/body-errors';
import { createContext, type AtlasServices } from './graphql/context';
import { healthRoutes, type Readiness } from './health/health.routes';
import { clientAddress } from './limits/client-address';
import { rateLimit, requestBudget } from './limits/rate-limit';
import { memoryStore, redisStore } from './limits/rate-limiter-store';
import { requestShape } from './limits/request-shape';
import { lateAnswerAfterTimeout, requestSignal, requestTimeout, requestTimer } from './limits/request-timeout';
import { createLogger, type Logger } from './logging/logger';
import { cacheHitLog, operationNoteOf, requestLog } from './logging/request-log';
import { responseCachePlugin } from './response-cache/cache-plugin';
import { frontDoor } from './response-cache/front-door';
import { invalidation } from './response-cache/invalidation';
import { ResponseCache } from './response-cache/response-cache';

export type AppConfig = Pick<
  AtlasConfig,
  | 'production'
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
>;

export interface AtlasApp {
  app: Express;
  /** What the HTTP server runs: the response cache's front door, then the express app. */
  handler: RequestListener;
  logger: Logger;
  /** From now on /readyz says "draining", so a load balancer sends no new requests. */
  drain(): void;
  stop(): Promise<void>;
}

/** The HTTP application: GraphQL at /graphql (POST, and GET for queries), health checks, the dashboard. */
export async function createApp(orm: AtlasOrm, config: AppConfig): Promise<AtlasApp> {
  const logger = createLogger(config.logLevel, config.logFormat);
  const redis = config.redisUrl ? { url: config.redisUrl, keyPrefix: config.redisKeyPrefix } : null;
  const cache = config.responseCache ? new ResponseCache(config.responseCache) : null;
  const writes = cache ? await invalidation(cache, redis, logger) : null;
  const apollo = await createApolloServer(config, logger, writes ? [responseCachePlugin(writes.announce)] : []);
  const store = redis ? await redisStore(redis.url, redis.keyPrefix, logger) : memoryStore();
  const spend = requestBudget(store, config.limits, clientAddress(config.trustProxy));
  const logRequest = requestLog(logger, config.logFormat);
  const startTimer = requestTimer(config.limits);
  const allowCors = cors({
    origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins,
    maxAge: 600,
    exposedHeaders: EXPOSED_HEADERS,
  });
  const services: AtlasServices = { loginThrottle: new LoginThrottle(store, config.throttleSecret) };
  const readiness: Readiness = { draining: false };
  const { limits } = config;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(logRequest);
  app.use(compression());
  app.use(healthRoutes(orm, readiness));
  // What every API route goes through: CORS (a dashboard on another origin; no cookie is ever read),
  // the time limit, who is asking, and their rate budget.
  const api = [allowCors, requestTimeout(startTimer), authenticate(orm), rateLimit(spend)];
  app.get('/graphql', explorerForBrowsers);
  app.use(
    '/graphql',
    ...api,
    express.json({ limit: limits.maxBodyBytes }),
    requestShape(limits),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const { viewer, token } = callerOf(res);
        const request = { token, address: req.ip ?? 'unknown' };
        return createContext(
          orm.em.fork() as EntityManager,
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
  app.use('/export', ...api, downloadRoutes(orm, config));
  app.use(dashboardRoutes(config.dashboardDir));
  const handler: RequestListener = cache
    ? frontDoor({
        app,
        cache,
        logRequest: (req, res) => logRequest(req, res),
        logHit: cacheHitLog(logger, config.logFormat),
        allowCors: (req, res) => allowCors(req, res, () => {}),
        spend,
        startTimer,
      })
    : app;
  return {
    app,
    handler,
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
