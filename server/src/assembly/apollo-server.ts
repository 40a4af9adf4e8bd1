import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { AtlasConfig } from '../config';
import { compiledExecution } from './compiled-execution';
import { cancelLateWork } from '../limits/cancel-late-work';
import { documentRules } from '../limits/document-rules';
import { operationGate } from '../limits/operation-gate';
import type { Logger } from '../logging/logger';
import type { AtlasContext } from '../graphql/context';
import { argumentErrorsPlugin } from './plugins/argument-errors';
import { formatError } from './plugins/format-error';
import { jsonErrorStatusPlugin } from './plugins/json-error-status';
import { operationLogPlugin } from './plugins/operation-log';
import { atlasSchema } from './schema';

/** The GraphQL server: the schema with its limits, error formatting and logging. */
export async function createApolloServer(
  config: Pick<AtlasConfig, 'production' | 'limits' | 'compiledQueries'>,
  logger: Logger,
  extraPlugins: ApolloServerPlugin<AtlasContext>[] = [],
): Promise<ApolloServer<AtlasContext>> {
  const schema = await atlasSchema();
  const execution = !config.compiledQueries ? { schema } : { gateway: compiledExecution(schema, logger) };
  const apollo = new ApolloServer<AtlasContext>({
    ...execution,
    // A public research API: the schema and its descriptions are for everyone (README.md says so).
    introspection: true,
    includeStacktraceInErrorResponses: !config.production,
    // No "Did you mean …?" in production: field suggestions would map the schema for an attacker too.
    hideSchemaDetailsFromClientErrors: config.production,
    // Authentication is a bearer token, never a cookie: a cross-site request carries no credentials,
    // and mutations are refused over GET. Plain GET queries (curl, urql) must work without extra headers.
    csrfPrevention: false,
    // main.ts drains HTTP, stops Apollo and closes the database on SIGTERM, in that order.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: documentRules(config.limits),
    formatError: formatError(config, (error) => logger.error({ err: error }, 'unexpected error')),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      argumentErrorsPlugin(),
      operationGate(schema, config.limits),
      cancelLateWork(schema),
      jsonErrorStatusPlugin(),
      operationLogPlugin(),
      // Cache-Control is the response cache's to say (anonymous answers: public, revalidated by ETag);
      // Apollo's own would also time every field of every answer, for hints nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      ...extraPlugins,
    ],
  });
  await apollo.start();
  return apollo;
}
