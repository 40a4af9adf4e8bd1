import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isInputObjectType,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTarget, type Target } from './target';

/**
 * Finding 6 (IDs): a global ID whose type part is a name every JavaScript object answers to
 * (`constructor`, `toString`, `__proto__`, …) reached INTERNAL_SERVER_ERROR through `node`. Replayed
 * against the built server on node and on every other argument or input field that takes an ID:
 * each answers BAD_USER_INPUT naming it. The schema is read by introspection, so that an ID
 * argument added later without a case here fails this test.
 */

let target: Target;
let contributor: string;
let editor: string;
let admin: string;
/** Valid IDs and codes of the seed, to fill the rest of each input. */
let valid: { program: string; source: string; practice: string; indicator: string };
beforeAll(async () => {
  target = await startTarget();
  contributor = (await target.signIn('CONTRIBUTOR')).token;
  editor = (await target.signIn('EDITOR')).token;
  admin = (await target.signIn('ADMIN')).token;
  const { body } = await target.graphql<{
    practices: { nodes: { id: string; program: { id: string } | null; sources: { id: string }[] }[] };
    indicators: { code: string }[];
  }>('{ practices(first: 50) { nodes { id program { id } sources { id } } } indicators { code } }');
  const practice = body.data!.practices.nodes.find((p) => p.program)!;
  valid = {
    program: practice.program!.id,
    source: practice.sources[0]!.id,
    practice: practice.id,
    indicator: body.data!.indicators[0]!.code,
  };
});
afterAll(() => target?.dispose());

const encode = (text: string) => Buffer.from(text).toString('base64url');

/** `constructor:1`, `toString:1`, `__proto__:1`, …, an internal kind, an unknown one, and plain garbage. */
const BAD_IDS = [
  ...Object.getOwnPropertyNames(Object.prototype).map((name) => encode(`${name}:1`)),
  encode('Session:1'),
  encode('Nothing:1'),
  'not-an-id',
];

const practiceInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'A returnee savings group',
  summary: 'Returnees pool their savings.',
  body: 'A savings group of returned workers.',
  countryCode: 'PH',
  year: 2022,
  themes: ['ACCESS_TO_FINANCE'],
  dimensions: ['ECONOMIC'],
  evidenceLevel: 'DOCUMENTED',
  sources: [{ sourceId: valid.source }],
  ...overrides,
});
const outcomeInput = (overrides: Record<string, unknown>) => ({
  programId: valid.program,
  indicatorCode: valid.indicator,
  sourceId: valid.source,
  year: 2020,
  value: 1,
  ...overrides,
});

interface Case {
  query: string;
  variables: (bad: string) => Record<string, unknown>;
  /** The argument or input field the answer must name. */
  path: string;
  token?: () => string;
}

/** One case per argument (`Type.field(arg)`) or input field (`Input.field`) of type ID in the schema. */
const CASES: Record<string, Case> = {
  'Query.node(id)': { query: 'query($v: ID!) { node(id: $v) { id } }', variables: (v) => ({ v }), path: 'id' },
  'Query.nodes(ids)': {
    query: 'query($v: ID!) { nodes(ids: [$v]) { id } }',
    variables: (v) => ({ v }),
    path: 'ids[0]',
  },
  'Query.practice(id)': { query: 'query($v: ID!) { practice(id: $v) { id } }', variables: (v) => ({ v }), path: 'id' },
  'Query.program(id)': { query: 'query($v: ID!) { program(id: $v) { id } }', variables: (v) => ({ v }), path: 'id' },
  'Query.event(id)': { query: 'query($v: ID!) { event(id: $v) { id } }', variables: (v) => ({ v }), path: 'id' },
  'Query.indicator(id)': {
    query: 'query($v: ID!) { indicator(id: $v) { id } }',
    variables: (v) => ({ v }),
    path: 'id',
  },
  'Query.source(id)': { query: 'query($v: ID!) { source(id: $v) { id } }', variables: (v) => ({ v }), path: 'id' },
  'Query.revisions(entityId)': {
    query: 'query($v: ID!) { revisions(entityId: $v) { id } }',
    variables: (v) => ({ v }),
    path: 'entityId',
    token: () => editor,
  },
  ...Object.fromEntries(
    ['submitPractice', 'publishPractice', 'archivePractice', 'restoreRevision'].map((field) => [
      `Mutation.${field}(id)`,
      {
        query: `mutation($v: ID!) { ${field}(id: $v) { __typename } }`,
        variables: (v: string) => ({ v }),
        path: 'id',
        token: () => editor,
      },
    ]),
  ),
  ...Object.fromEntries(
    Object.entries({
      disableUser: 'disableUser(id: $v) { id }',
      enableUser: 'enableUser(id: $v) { id }',
      setUserRole: 'setUserRole(id: $v, role: EDITOR) { id }',
      setUserPassword: 'setUserPassword(id: $v, password: "a long enough new password") { id }',
      revokeSessions: 'revokeSessions(id: $v)',
    }).map(([field, selection]) => [
      `Mutation.${field}(id)`,
      {
        query: `mutation($v: ID!) { ${selection} }`,
        variables: (v: string) => ({ v }),
        path: 'id',
        token: () => admin,
      },
    ]),
  ),
  'Mutation.rejectPractice(id)': {
    query: 'mutation($v: ID!) { rejectPractice(id: $v, reason: "Cite the evaluation.") { id } }',
    variables: (v) => ({ v }),
    path: 'id',
    token: () => editor,
  },
  'Mutation.updateCountryStatistic(id)': {
    query: `mutation($v: ID!) {
      updateCountryStatistic(id: $v, expectedVersion: 1, input: {
        indicatorCode: "REMITTANCES_USD", year: 2020, value: 1, source: { title: "A report", url: "https://example.org/r" }
      }) { id }
    }`,
    variables: (v) => ({ v }),
    path: 'id',
    token: () => editor,
  },
  'Mutation.deleteCountryStatistic(id)': {
    query: 'mutation($v: ID!) { deleteCountryStatistic(id: $v, expectedVersion: 1) }',
    variables: (v) => ({ v }),
    path: 'id',
    token: () => editor,
  },
  'Mutation.deleteOutcome(id)': {
    query: 'mutation($v: ID!) { deleteOutcome(id: $v) }',
    variables: (v) => ({ v }),
    path: 'id',
    token: () => editor,
  },
  'Mutation.updatePractice(id)': {
    query:
      'mutation($v: ID!, $input: PracticeInput!) { updatePractice(id: $v, input: $input, expectedVersion: 1) { id } }',
    variables: (v) => ({ v, input: practiceInput() }),
    path: 'id',
    token: () => editor,
  },
  'Mutation.updateProgram(id)': {
    query:
      'mutation($v: ID!, $input: ProgramInput!) { updateProgram(id: $v, input: $input, expectedVersion: 1) { id } }',
    variables: (v) => ({ v, input: programInput([valid.source]) }),
    path: 'id',
    token: () => editor,
  },
  'Query.study(id)': { query: 'query($v: ID!) { study(id: $v) { id } }', variables: (v) => ({ v }), path: 'id' },
  'Mutation.updateStudy(id)': {
    query: 'mutation($v: ID!, $input: StudyInput!) { updateStudy(id: $v, input: $input, expectedVersion: 1) { id } }',
    variables: (v) => ({ v, input: studyInput() }),
    path: 'id',
    token: () => editor,
  },
  ...Object.fromEntries(
    (
      [
        ['sourceId', (v: string) => ({ sourceId: v }), 'input.sourceId'],
        ['practiceIds', (v: string) => ({ practiceIds: [v] }), 'input.practiceIds[0]'],
        ['programIds', (v: string) => ({ programIds: [v] }), 'input.programIds[0]'],
      ] as const
    ).map(([field, override, path]) => [
      `StudyInput.${field}`,
      {
        query: 'mutation($input: StudyInput!) { createStudy(input: $input) { id } }',
        variables: (v: string) => ({ input: studyInput(override(v)) }),
        path,
        token: () => editor,
      },
    ]),
  ),
  'PracticeFilter.programId': {
    query: 'query($v: ID) { practices(filter: { programId: $v }) { totalCount } }',
    variables: (v) => ({ v }),
    path: 'filter.programId',
  },
  'PracticeFilter.eventId': {
    query: 'query($v: ID) { practiceStats(groupBy: THEME, filter: { eventId: $v }) { count } }',
    variables: (v) => ({ v }),
    path: 'filter.eventId',
  },
  'OutcomeFilter.programId': {
    query: 'query($v: ID) { outcomes(filter: { programId: $v }) { totalCount } }',
    variables: (v) => ({ v }),
    path: 'filter.programId',
  },
  'PracticeInput.programId': {
    query: 'mutation($input: PracticeInput!) { createPractice(input: $input) { id } }',
    variables: (v) => ({ input: practiceInput({ programId: v }) }),
    path: 'input.programId',
    token: () => contributor,
  },
  'PracticeInput.eventId': {
    query: 'mutation($input: PracticeInput!) { createPractice(input: $input) { id } }',
    variables: (v) => ({ input: practiceInput({ eventId: v }) }),
    path: 'input.eventId',
    token: () => contributor,
  },
  'Mutation.removeTranslation(id)': {
    query: 'mutation($v: ID!) { removeTranslation(id: $v, expectedVersion: 1) }',
    variables: (v) => ({ v }),
    path: 'id',
    token: () => editor,
  },
  ...Object.fromEntries(
    ['recordId', 'sourceId'].map((field) => [
      `TranslationInput.${field}`,
      {
        query: 'mutation($input: TranslationInput!) { setTranslation(input: $input) { id } }',
        variables: (v: string) => ({
          input: { recordId: valid.practice, field: 'summary', language: 'id', text: 'Ringkasan.', [field]: v },
        }),
        path: `input.${field}`,
        token: () => editor,
      },
    ]),
  ),
  'SourceReferenceInput.sourceId': {
    query: 'mutation($input: PracticeInput!) { createPractice(input: $input) { id } }',
    variables: (v) => ({ input: practiceInput({ sources: [{ sourceId: v }] }) }),
    path: 'input.sources[0].sourceId',
    token: () => contributor,
  },
  ...Object.fromEntries(
    ['programId', 'practiceId', 'sourceId'].map((field) => [
      `OutcomeInput.${field}`,
      {
        query: 'mutation($inputs: [OutcomeInput!]!) { recordOutcomes(inputs: $inputs) { id } }',
        variables: (v: string) => ({ inputs: [outcomeInput({ [field]: v })] }),
        path: `inputs[0].${field}`,
        token: () => editor,
      },
    ]),
  ),
  'ProgramInput.sourceIds': {
    query: 'mutation($input: ProgramInput!) { createProgram(input: $input) { id } }',
    variables: (v) => ({ input: programInput([v]) }),
    path: 'input.sourceIds[0]',
    token: () => editor,
  },
  'LegalInstrumentInput.sourceIds': {
    query: 'mutation($input: CountryInput!) { upsertCountry(input: $input) { code } }',
    variables: (v) => ({
      input: {
        code: 'BN',
        iso3: 'BRN',
        name: 'Brunei Darussalam',
        memberSince: '1984',
        migrationProfile: 'DESTINATION',
        leadAgency: 'Department of Labour',
        summary: 'A country of destination.',
        legalInstruments: [{ title: 'Employment Order 2009', year: 2009, sourceIds: [v] }],
      },
    }),
    path: 'input.legalInstruments[0].sourceIds[0]',
    token: () => editor,
  },
};

function studyInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'A tracer survey of returnees',
    design: 'EVALUATION',
    measured: 'Employment a year after return.',
    findings: 'Most had work.',
    sourceId: valid.source,
    ...overrides,
  };
}

function programInput(sourceIds: string[]) {
  return {
    name: 'A returnee programme',
    countryCode: 'PH',
    leadAgency: 'Department of Migrant Workers',
    status: 'ACTIVE',
    summary: 'Helps returnees start over.',
    sourceIds,
  };
}

/** Every argument and input field of type ID (or a list of IDs) the schema has. */
async function idArguments(): Promise<string[]> {
  const { body } = await target.graphql<IntrospectionQuery>(getIntrospectionQuery());
  const schema = buildClientSchema(body.data!);
  const found: string[] = [];
  for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
    for (const field of Object.values(root.getFields())) {
      for (const arg of field.args) {
        if (getNamedType(arg.type).name === 'ID') found.push(`${root.name}.${field.name}(${arg.name})`);
      }
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name === 'ID') found.push(`${type.name}.${field.name}`);
    }
  }
  return found.sort();
}

it('has a case for every argument and input field that takes an ID', async () => {
  expect(Object.keys(CASES).sort()).toEqual(await idArguments());
});

it('answers BAD_USER_INPUT naming the argument, never INTERNAL_SERVER_ERROR, for IDs of no kind of this API', async () => {
  for (const [name, { query, variables, path, token }] of Object.entries(CASES)) {
    for (const bad of BAD_IDS) {
      const answer = await target.graphql(query, variables(bad), token?.());
      const what = `${name} with ${Buffer.from(bad, 'base64url').toString()}: ${JSON.stringify(answer.body.errors)}`;
      expect(answer.status, what).toBe(200);
      expect(
        answer.body.errors?.map((error) => error.extensions?.code),
        what,
      ).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors![0]!.extensions!.fields, what).toContainEqual(expect.objectContaining({ path }));
    }
  }
});

it('answers the same in the practices CSV, whose filter takes IDs as query parameters', async () => {
  for (const parameter of ['programId', 'eventId']) {
    for (const bad of BAD_IDS) {
      const response = await fetch(`${target.url}/export/practices.csv?${parameter}=${encodeURIComponent(bad)}`);
      const body = (await response.json()) as {
        errors: { extensions: { code: string; fields: { path: string }[] } }[];
      };
      expect(response.status).toBe(400);
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: parameter }] });
    }
  }
});
