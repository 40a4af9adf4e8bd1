import {
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { atlasSchema } from '../assembly/schema';
import { argumentProblems, argumentValueProblems } from './argument-check';
import { DEFAULT_LIMITS } from './limits-config';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await atlasSchema();
});

const MAX = DEFAULT_LIMITS.maxListLength;

/** The problems the gate finds in a document and its variables. */
function problems(document: string, variables: Record<string, unknown> = {}) {
  const parsed = parse(document);
  const operation = getOperationAST(parsed)!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  return argumentProblems(schema, parsed, operation, coerced.coerced, DEFAULT_LIMITS);
}

const codes = (count: number) => Array.from({ length: count }, (_, i) => `C${i}`);

describe('ranges', () => {
  it('refuses a page size out of its range, literal or variable, named at the root and below it', () => {
    expect(problems('{ practices(first: -50) { totalCount } }')).toEqual([
      { path: 'first', message: 'must be between 0 and 100, got -50' },
    ]);
    expect(problems('query($n: Int) { programs(first: $n) { totalCount } }', { n: 2147483647 })).toEqual([
      { path: 'first', message: 'must be between 0 and 100, got 2147483647' },
    ]);
    const nested = '{ practices(first: 5) { nodes { program { practices(first: -100) { totalCount } } } } }';
    expect(problems(nested)).toEqual([{ path: 'practices.first', message: 'must be between 0 and 100, got -100' }]);
    expect(problems('{ practices { facets { programs(first: 501) { count } } } }')).toEqual([
      { path: 'programs.first', message: 'must be between 0 and 500, got 501' },
    ]);
  });

  it('finds them in fragments, aliased, and lets the whole range and the defaults through', () => {
    const fragment = `query { ...Page } fragment Page on Query { a: outcomes(first: 101) { totalCount } }`;
    expect(problems(fragment)).toEqual([{ path: 'first', message: 'must be between 0 and 100, got 101' }]);
    expect(problems('{ a: practices(first: 0) { totalCount } b: practices(first: 100) { totalCount } }')).toEqual([]);
    expect(problems('{ practices { facets { programs { count } } } }')).toEqual([]);
  });
});

describe('list lengths', () => {
  it(`refuses a list of more than ${MAX} items anywhere in an argument, and lets ${MAX} through`, () => {
    const outcomes = 'query($c: [String!]) { outcomes(filter: { countryCodes: $c }) { totalCount } }';
    expect(problems(outcomes, { c: codes(14_000) })).toEqual([
      { path: 'filter.countryCodes', message: `has 14000 items, more than ${MAX} (set by ATLAS_MAX_LIST_LENGTH)` },
    ]);
    expect(problems(outcomes, { c: codes(MAX) })).toEqual([]);
    const literal = `{ compareCountries(codes: [${codes(MAX + 1)
      .map((code) => `"${code}"`)
      .join(',')}]) { countries { code } } }`;
    expect(problems(literal)).toMatchObject([{ path: 'codes' }]);
    const rows = Array.from({ length: MAX + 1 }, () => ({
      programId: 'x',
      indicatorCode: 'X',
      year: 2020,
      value: 1,
      sourceId: 'y',
    }));
    expect(
      problems('mutation($rows: [OutcomeInput!]!) { recordOutcomes(inputs: $rows) { id } }', { rows }).map(
        (problem) => problem.path,
      ),
    ).toEqual(['inputs']);
  });

  it('caps every list argument and list input field of the schema', () => {
    const checked: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        for (const argument of field.args) {
          for (const { path, value } of listsWithin(argument.type, argument.name, new Set())) {
            const found = argumentValueProblems(argument, value, argument.name, DEFAULT_LIMITS);
            expect(
              found.map((problem) => problem.path),
              `${type.name}.${field.name}(${path})`,
            ).toEqual([path]);
            checked.push(`${type.name}.${field.name}(${path})`);
          }
        }
      }
    }
    expect(checked).toContain('Query.outcomes(filter.countryCodes)');
    expect(checked).toContain('Mutation.createPractice(input.sources)');
    expect(checked.length).toBeGreaterThan(20);
  });
});

describe('control characters', () => {
  it('refuses NUL and the other C0 controls in any text argument, naming where', () => {
    expect(problems('{ country(code: "I\\u0000D") { name } }')).toEqual([
      {
        path: 'code',
        message:
          'contains the control character U+0000: of those, only tab, line feed and carriage return are accepted',
      },
    ]);
    expect(
      problems('query($f: PracticeFilter) { practices(filter: $f) { totalCount } }', { f: { text: 'a\u001b' } }),
    ).toMatchObject([{ path: 'filter.text', message: expect.stringContaining('U+001B') }]);
    expect(
      problems('query($c: [String!]) { outcomeSeries(indicatorCode: "X", countryCodes: $c) { points { value } } }', {
        c: ['ID', 'P\u0007H'],
      }),
    ).toMatchObject([{ path: 'countryCodes[1]' }]);
    expect(
      problems('mutation($e: String!) { login(email: $e, password: "x") { token } }', { e: 'a\u0000@b.c' }),
    ).toMatchObject([{ path: 'email' }]);
    expect(problems('{ node(id: "UHJhY3RpY2U6MQ\\u0000") { id } }')).toMatchObject([{ path: 'id' }]);
  });

  it('accepts tab, line feed and carriage return, and any other character', () => {
    expect(
      problems('query($f: PracticeFilter) { practices(filter: $f) { totalCount } }', {
        f: { text: 'a\tb\nc\r\nd — Việt Nam 🇻🇳 \u007f' },
      }),
    ).toEqual([]);
  });

  it('reports at most twenty problems, whatever a request holds', () => {
    const bad = Array.from({ length: 200 }, () => '\u0000');
    expect(
      problems('query($c: [String!]) { outcomes(filter: { countryCodes: $c, indicatorCodes: $c }) { totalCount } }', {
        c: bad,
      }),
    ).toHaveLength(20);
  });
});

/** A value with one list of MAX + 1 items at each list position of the type, with its path. */
function listsWithin(type: GraphQLInputType, path: string, seen: Set<string>): { path: string; value: unknown }[] {
  if (isNonNullType(type)) return listsWithin(type.ofType, path, seen);
  if (isListType(type)) return [{ path, value: Array.from({ length: MAX + 1 }, () => null) }];
  if (!isInputObjectType(type) || seen.has(type.name)) return [];
  return Object.values(type.getFields()).flatMap((field) =>
    listsWithin(field.type, `${path}.${field.name}`, new Set([...seen, type.name])).map((inner) => ({
      path: inner.path,
      value: { [field.name]: inner.value },
    })),
  );
}
