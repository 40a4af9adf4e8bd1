import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldId, problemsOf } from './mutation-problems';

const graphQLError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('problemsOf', () => {
  it('puts each BAD_USER_INPUT problem under its input path', () => {
    const error = graphQLError('Invalid input.', {
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'input.sources[0].url', message: 'must be an http or https address' },
        { path: 'input.title', message: 'must not be empty' },
      ],
    });
    expect(problemsOf(error)).toEqual({
      fields: { 'input.sources[0].url': 'must be an http or https address', 'input.title': 'must not be empty' },
      conflict: null,
      message: null,
    });
  });

  it('reads a CONFLICT with the version the record is at now', () => {
    const error = graphQLError('This Practice changed since you loaded it.', { code: 'CONFLICT', currentVersion: 4 });
    expect(problemsOf(error).conflict).toEqual({ currentVersion: 4 });
  });

  it('gives any other error, and a lost connection, as a message for the whole form', () => {
    expect(problemsOf(graphQLError('Only editors may publish.', { code: 'FORBIDDEN' })).message).toBe(
      'Only editors may publish.',
    );
    const offline = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(problemsOf(offline).message).toMatch(/could not be reached: nothing was saved/);
  });

  it('names a refusal by its code, for pages in other languages', () => {
    expect(problemsOf(graphQLError('Only editors may publish.', { code: 'FORBIDDEN' })).code).toBe('FORBIDDEN');
    expect(problemsOf(new CombinedError({ networkError: new TypeError('Failed to fetch') })).code).toBe('OFFLINE');
  });
});

describe('fieldId', () => {
  it('makes an element id of an input path', () => {
    expect(fieldId('input.sources[0].url')).toBe('field-input-sources-0-url');
  });
});
