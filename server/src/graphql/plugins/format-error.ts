import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { FieldProblem } from '../errors';

/**
 * The last word on every error a client sees: class-validator failures become BAD_USER_INPUT with
 * their fields; in production anything unexpected is masked (no stack trace, no SQL).
 */
export function formatError(production: boolean, log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const fields: FieldProblem[] = original.extensions.validationErrors.flatMap((failure) =>
        Object.values(failure.constraints ?? {}).map((message) => ({ path: failure.property, message })),
      );
      return {
        ...formatted,
        message: `Invalid input. ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`,
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
    }
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      log(original);
      if (production) {
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
