import type { CombinedError } from 'urql';

/** What went wrong with a mutation, sorted for a form to show. */
export interface MutationProblems {
  /** Messages by input path as the API names them (`input.title`, `input.sources[0].url`). */
  fields: Record<string, string>;
  /** The record changed since it was loaded: the version it is at now. */
  conflict: { currentVersion: number } | null;
  /** A message for the whole form (forbidden, offline, …); null when every problem belongs to a field. */
  message: string | null;
  /**
   * What `message` is, when it is one refusal: the API's code (`FORBIDDEN`, `NOT_FOUND`), or OFFLINE
   * when the Atlas could not be reached; pages say it in their language by it (problem-text.ts).
   */
  code?: string;
}

interface FieldProblem {
  path: string;
  message: string;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldProblem).path === 'string' &&
    typeof (value as FieldProblem).message === 'string'
  );
}

export const NO_PROBLEMS: MutationProblems = { fields: {}, conflict: null, message: null };

/** Sorts a mutation's error: field problems (BAD_USER_INPUT), a CONFLICT, or a message for the form. */
export function problemsOf(error: CombinedError | undefined): MutationProblems {
  if (!error) return NO_PROBLEMS;
  if (error.networkError) {
    return {
      ...NO_PROBLEMS,
      message: 'The Atlas could not be reached: nothing was saved. Check the connection and try again.',
      code: 'OFFLINE',
    };
  }
  const fields: Record<string, string> = {};
  let conflict: MutationProblems['conflict'] = null;
  const messages: string[] = [];
  const codes: unknown[] = [];
  for (const graphQLError of error.graphQLErrors) {
    const { code, fields: problems, currentVersion } = graphQLError.extensions;
    if (code === 'CONFLICT' && typeof currentVersion === 'number') {
      conflict = { currentVersion };
    } else if (code === 'BAD_USER_INPUT' && Array.isArray(problems) && problems.every(isFieldProblem)) {
      for (const problem of problems) fields[problem.path] ??= problem.message;
    } else {
      messages.push(graphQLError.message);
      codes.push(code);
    }
  }
  const [code] = codes;
  return {
    fields,
    conflict,
    message: messages.length > 0 ? messages.join(' ') : null,
    ...(codes.length === 1 && typeof code === 'string' ? { code } : {}),
  };
}

/** The element id of the control for an input path (`input.sources[0].url` → `field-input-sources-0-url`). */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}
