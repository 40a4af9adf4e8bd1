import { INVALID, type Problem, type ProblemCode, type ProblemValues } from '@atlas/shared/rules';
import { GraphQLError } from 'graphql';

/** The error codes of the API contract, in `extensions.code`. */
export type AtlasErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'QUERY_TOO_COMPLEX';

/**
 * The code of a field problem: one of the shared rules' (`TOO_LONG`, see @atlas/shared/rules
 * problems.ts), or one the API names itself; INVALID when nothing more precise is known.
 */
export type FieldProblemCode = ProblemCode | typeof INVALID | 'NOT_A_GLOBAL_ID' | 'NOT_FOUND';

/**
 * One invalid input: `path` names the argument or input field (`filter.yearFrom`, `first`),
 * `message` says what is wrong in English, `code` and `values` say it for a client to word in its
 * own language (INVALID and none when not given).
 */
export interface FieldProblem {
  path: string;
  message: string;
  code?: string;
  values?: ProblemValues;
}

export function atlasError(
  code: AtlasErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** BAD_USER_INPUT naming every bad field, in the message and in `extensions.fields`. */
export function badUserInput(fields: FieldProblem[]): GraphQLError {
  const message = fields.map((field) => `${field.path}: ${field.message}`).join('; ');
  return atlasError('BAD_USER_INPUT', `Invalid input. ${message}`, { fields: fields.map(withCode) });
}

/** A field problem as `extensions.fields` carries it: always with a code and values. */
export function withCode({ path, message, code = INVALID, values = {} }: FieldProblem): Required<FieldProblem> {
  return { path, message, code, values };
}

/** CONFLICT: the change was based on `expectedVersion`, but the record is now at `currentVersion`. */
export function conflict(typeName: string, expectedVersion: number, currentVersion: number): GraphQLError {
  return atlasError(
    'CONFLICT',
    `This ${typeName} changed since you loaded it (your version ${expectedVersion}, now ${currentVersion}): reload it and apply your changes again.`,
    { expectedVersion, currentVersion },
  );
}

/** QUERY_TOO_COMPLEX: a request over one of the limits; the message names the limit and its variable. */
export function tooComplex(
  message: string,
  limit: { name: string; value: number; variable: string },
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return atlasError('QUERY_TOO_COMPLEX', `${message} (limit ${limit.value}, set by ${limit.variable}).`, {
    ...extensions,
    limit: limit.name,
    maximum: limit.value,
  });
}

/**
 * RATE_LIMITED, HTTP 503 with Retry-After: the server has as much of this kind of work in hand as it
 * takes at once, whoever asks; the client is not over its own budget (that is a 429).
 */
export function serverBusy(message: string, retryAfterSeconds: number): GraphQLError {
  return atlasError('RATE_LIMITED', `${message} Try again in ${retryAfterSeconds} seconds.`, {
    retryAfter: retryAfterSeconds,
    http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });
}

export function notFound(typeName: string, path = 'id'): GraphQLError {
  return atlasError('NOT_FOUND', `No ${typeName} with this ${path} (or not one you may see).`, {
    fields: [{ path, message: 'not found', code: 'NOT_FOUND', values: { type: typeName } }],
  });
}

/** Collects field problems; throws them all at once. */
export class InputProblems {
  private readonly problems: FieldProblem[] = [];

  add(path: string, message: string, code: FieldProblemCode = INVALID, values: ProblemValues = {}): this {
    this.problems.push({ path, message, code, values });
    return this;
  }

  /** Adds the problems the shared rules found (`checkInput`), each with its own code. */
  addAll(found: readonly FieldProblem[]): this {
    this.problems.push(...found);
    return this;
  }

  /** Adds the problem a shared rule found, if any, with its code and values. */
  addIf(path: string, problem: Problem | null | undefined): this {
    return problem ? this.add(path, problem.message, problem.code, problem.values) : this;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw badUserInput(this.problems);
  }
}
