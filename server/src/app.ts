import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { EntityManager } from '@mikro-orm/knex';
import compression from 'compression';
import cors from 'cors';
import express, { type Express } from 'express';
import type { AtlasConfig } from './config';
import { dashboardRoutes } from './dashboard-routes';
import type { AtlasOrm } from './db/orm';
import { bodyErrors } from './graphql/body-errors';
import { viewerOf } from './accounts/auth.service';
import { LoginThrottle } from './accounts/login-throttle';
import { bearerToken } from './accounts/tokens';
import { createContext, type AtlasContext, type AtlasServices } from './graphql/context';
import { argumentErrorsPlugin } from './graphql/plugins/argument-errors';
import { formatError } from './graphql/plugins/format-error';
import { atlasSchema } from './graphql/schema';
import { healthRoutes } from './health/health.routes';

export interface AtlasApp {
  app: Express;
  stop(): Promise<void>;
}

/** The HTTP application: GraphQL at /graphql (POST, and GET for queries), health checks, the dashboard. */
export async function createApp(
  orm: AtlasOrm,
  config: Pick<AtlasConfig, 'production' | 'dialect' | 'dashboardDir' | 'corsOrigins'>,
): Promise<AtlasApp> {
  const apollo = new ApolloServer<AtlasContext>({
    schema: await atlasSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: !config.production,
    // Authentication is a bearer token, never a cookie: a cross-site request carries no credentials,
    // and mutations are refused over GET. Plain GET queries (curl, urql) must work without extra headers.
    csrfPrevention: false,
    // main.ts drains HTTP, stops Apollo and closes the database on SIGTERM, in that order.
    stopOnTerminationSignals: false,
    formatError: formatError(config.production, (error) => console.error(error)),
    plugins: [ApolloServerPluginLandingPageDisabled(), argumentErrorsPlugin()],
  });
  await apollo.start();
  const services: AtlasServices = { loginThrottle: new LoginThrottle() };

  const app = express();
  app.disable('x-powered-by');
  app.use(compression());
  app.use(healthRoutes(orm));
  app.use(
    '/graphql',
    // A dashboard deployed on another origin may call the API; no cookie is ever read, so no credentials.
    cors({ origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins, maxAge: 600 }),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = orm.em.fork() as EntityManager;
        const token = bearerToken(req.headers.authorization);
        const viewer = await viewerOf(em, token);
        return createContext(em, config.dialect, services, viewer, { token, address: req.ip ?? 'unknown' });
      },
    }),
    bodyErrors,
  );
  app.use(dashboardRoutes(config.dashboardDir));
  return { app, stop: () => apollo.stop() };
}
