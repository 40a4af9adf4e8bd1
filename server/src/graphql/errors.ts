import { GraphQLError } from 'graphql';

/** The error codes of the API contract, in `extensions.code`. */
export type AtlasErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'QUERY_TOO_COMPLEX';

/** One invalid input: `path` names the argument or input field (`filter.yearFrom`, `first`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** HTTP statuses for errors that stop a request before it runs (Apollo reads `extensions.http`). */
const HTTP_STATUS: Partial<Record<AtlasErrorCode, number>> = { UNAUTHENTICATED: 401, RATE_LIMITED: 429 };

export function atlasError(
  code: AtlasErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, { extensions: { ...extensions, code, ...(status && { http: { status } }) } });
}

/** BAD_USER_INPUT naming every bad field, in the message and in `extensions.fields`. */
export function badUserInput(fields: FieldProblem[]): GraphQLError {
  const message = fields.map((field) => `${field.path}: ${field.message}`).join('; ');
  return atlasError('BAD_USER_INPUT', `Invalid input. ${message}`, { fields });
}

/** Collects field problems; throws them all at once. */
export class InputProblems {
  private readonly problems: FieldProblem[] = [];

  add(path: string, message: string): this {
    this.problems.push({ path, message });
    return this;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw badUserInput(this.problems);
  }
}
