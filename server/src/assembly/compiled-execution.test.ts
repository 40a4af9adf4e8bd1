import { getIntrospectionQuery, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/global-id';
import { createLogger } from '../logging/logger';
import { startTestAtlas, useTestAtlas, type TestAtlas } from '../../test-support/test-atlas';
import { compiledExecution, COMPILE_ON_SIGHTING } from './compiled-execution';
import { atlasSchema } from './schema';

const PRACTICE = `id key title summary year themes dimensions levels evidenceLevel kind status
  country { code name } program { id name acronym kind reach } sources { id title url publisher publishedOn weak }
  outcomes { year value indicator { code unit } source { url } }`;

/** What readers, researchers and editors ask, with the variables they ask it with: some answers hold errors. */
const CORPUS: { name: string; query: string; variables?: Record<string, unknown>; editor?: boolean }[] = [
  {
    name: 'practices page',
    query: `query($first: Int) { practices(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { ${PRACTICE} } } }`,
    variables: { first: 20 },
  },
  {
    name: 'filtered page with facets',
    query: `query($filter: PracticeFilter) { practices(filter: $filter, first: 10) { totalCount nodes { ${PRACTICE} }
      facets { countries { value label count } themes { value label count } programs { value label count } years { value count } } } }`,
    variables: { filter: { themes: ['ENTREPRENEURSHIP'] } },
  },
  {
    name: 'ranked search, second page by cursor',
    query: `query($after: String) { practices(filter: { text: "training" }, orderBy: RELEVANCE, first: 3, after: $after) {
      edges { cursor node { id title } } pageInfo { hasNextPage hasPreviousPage } } }`,
  },
  {
    name: 'a page from the end',
    query: `{ practices(last: 5, orderBy: NEWEST) { nodes { id year } pageInfo { hasPreviousPage startCursor } } }`,
  },
  {
    name: 'countries with their profiles, aliases and fragments',
    query: `fragment Name on Country { code name }
      { countries { ...Name practiceCount programCount coverage { practicesByKind { kind count } outcomeCount statisticCount studyCount }
        statistics { indicator { code unit } year value source { url } } } all: countries { ...Name } }`,
  },
  {
    name: 'compareCountries',
    query: `{ compareCountries(codes: ["ID", "PH", "VN"]) { countries { code practiceCount }
      indicators { indicator { code name } values { country { code } kind year value sex note source { url } } }
      coverage { country { code } dimension theme practiceCount } dimensionTotals { country { code } dimension practiceCount } } }`,
  },
  {
    name: 'programmes, studies, outcomes and sources',
    query: `{ programs(first: 5) { totalCount nodes { id name reach partnerCountries { code } outcomes { year value indicator { code } } } }
      studies(first: 5) { nodes { id title design countries { code } source { url } } }
      outcomes(first: 5) { nodes { id year value } } sourcesConnection(first: 5) { totalCount nodes { key url weak } } }`,
  },
  {
    name: 'node and nodes across types, with @include and @skip',
    query: `query($withBody: Boolean!, $ids: [ID!]!) { practices(first: 2) { nodes { id } }
      countries { id } nodes(ids: $ids) { id ... on Practice { title body @include(if: $withBody) } }
      programs(first: 1) { nodes { id name @skip(if: $withBody) } } }`,
    variables: {
      withBody: true,
      ids: [toGlobalId('Practice', 1), toGlobalId('Country', 2), toGlobalId('Practice', 999_999)],
    },
  },
  { name: 'an unknown id (an error)', query: `{ practice(id: "not-an-id") { id } }` },
  {
    name: 'a variable of the wrong type (an error)',
    query: `query($first: Int) { practices(first: $first) { totalCount } }`,
    variables: { first: 'many' },
  },
  { name: 'a page too large (an error)', query: `{ practices(first: 1000) { totalCount } }` },
  {
    name: 'the editor’s own view with drafts',
    query: `{ me { email role } practices(first: 5, filter: { statuses: [DRAFT, IN_REVIEW, PUBLISHED] }) { totalCount nodes { id status } } }`,
    editor: true,
  },
  { name: 'introspection', query: getIntrospectionQuery({ descriptions: true }) },
];

describe('compiled queries answer exactly as graphql-js does', () => {
  const compiled = useTestAtlas({ config: { responseCache: null, compiledQueries: true } });
  let interpreted: TestAtlas;
  beforeAll(async () => {
    const config = { responseCache: null, compiledQueries: false };
    interpreted = await startTestAtlas({ config, shareDatabaseWith: compiled });
  });
  afterAll(() => interpreted.close());

  it.each(CORPUS)('$name', async ({ name, query, variables, editor }) => {
    const token = editor ? (await compiled.signIn('EDITOR')).token : undefined;
    const expected = await interpreted.graphql(query, variables, token);
    if (!name.includes('(an error)')) expect(expected.errors).toBeUndefined();
    for (let sighting = 1; sighting <= COMPILE_ON_SIGHTING + 1; sighting += 1) {
      expect(await compiled.graphql(query, variables, token)).toEqual(expected);
    }
  });
});

it('answers by graphql-js, and logs it, when an operation cannot be compiled or its compiled form fails', async () => {
  const schema = await atlasSchema();
  const warnings: string[] = [];
  const logger = createLogger('silent', 'json');
  logger.warn = ((_details: unknown, message: string) => void warnings.push(message)) as typeof logger.warn;
  for (const failure of ['compile', 'run'] as const) {
    const gateway = compiledExecution(schema, logger, () => {
      if (failure === 'compile') throw new Error('cannot compile this');
      return { query: () => Promise.reject(new Error('compiled form failed')) } as never;
    });
    const { executor } = await gateway.load({ apollo: {} });
    const document = parse('{ __typename about: __schema { queryType { name } } }');
    const request = {
      document,
      operation: document.definitions[0],
      operationName: null,
      request: { variables: {} },
      context: {},
    } as never;
    for (let sighting = 1; sighting <= COMPILE_ON_SIGHTING + 1; sighting += 1) {
      expect(await executor!(request)).toEqual({
        data: { __typename: 'Query', about: { queryType: { name: 'Query' } } },
      });
    }
  }
  expect(warnings).toEqual([
    'operation not compiled: answered by graphql-js',
    'compiled operation failed: answered by graphql-js',
  ]);
});
