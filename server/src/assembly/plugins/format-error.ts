import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { AtlasConfig } from '../../config';
import { LIMIT_VARIABLES } from '../../limits/limits-config';
import { tooComplex, withCode } from '../../graphql/errors';

/** graphql-js's parser stops at `parseOptions.maxTokens` with this message (16.x spells it "more that"). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * The last word on every error a client sees: limits keep their QUERY_TOO_COMPLEX; Apollo's
 * BAD_REQUEST (a malformed request) becomes BAD_USER_INPUT, one of the contract's codes; in
 * production anything unexpected is masked (no stack trace, no SQL). Inputs are checked by their
 * zod rules (graphql/validate-input.ts), never by type-graphql's class-validator path, which is off.
 */
export function formatError(config: Pick<AtlasConfig, 'production' | 'limits'>, log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const limit = limitError(error, formatted, config.limits.maxTokens);
    if (limit) return limit;
    const code = formatted.extensions?.code;
    if (code === 'BAD_REQUEST') {
      return {
        message: formatted.message,
        extensions: { code: 'BAD_USER_INPUT', fields: [withCode({ path: 'request', message: formatted.message })] },
      };
    }
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      log(original);
      if (config.production) {
        return {
          message: 'Internal server error',
          locations: formatted.locations,
          path: formatted.path,
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        };
      }
      return formatted;
    }
    // An expected, coded error: its message says it all, a stack trace would only be noise.
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}

/** A limit met while parsing or validating: Apollo files these under its own codes; they keep ours. */
function limitError(error: unknown, formatted: GraphQLFormattedError, maxTokens: number): GraphQLFormattedError | null {
  const cause = error instanceof GraphQLError ? error.originalError : undefined;
  if (cause instanceof GraphQLError && cause.extensions.code === 'QUERY_TOO_COMPLEX') {
    const { http: _http, ...extensions } = cause.extensions;
    return { message: cause.message, locations: formatted.locations, extensions };
  }
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (tokens) {
    const limit = tooComplex(`The document has more than ${tokens[1]} tokens`, {
      name: 'maxTokens',
      value: maxTokens,
      variable: LIMIT_VARIABLES.maxTokens,
    });
    return { message: limit.message, extensions: limit.extensions };
  }
  return null;
}
