import { GraphQLError } from 'graphql';

/**
 * Why a resolver did not start: its request had already been answered. No client ever reads this
 * (the answer is gone); it is coded only so that the error formatter does not log it as unexpected.
 */
export function requestEnded(why: string): GraphQLError {
  return new GraphQLError(`Not started: the request had ended, ${why}.`, { extensions: { code: 'REQUEST_ENDED' } });
}
