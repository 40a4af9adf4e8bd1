import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { Revision } from '../history/revision.entity';
import { errorCode, expectBadInput } from '../../test-support/graphql-errors';
import { restoreRevision } from '../../test-support/revisions';
import { useTestAtlas } from '../../test-support/test-atlas';
import { Study } from './study.entity';

const atlas = useTestAtlas();
let editor: string;
let sourceId: string;
let programId: string;
let practiceId: string;

interface StudyFields {
  id: string;
  key: string;
  title: string;
  design: string;
  year: number | null;
  sampleSize: number | null;
  version: number;
  source: { id: string };
  programs: { id: string }[];
  practices: { id: string }[];
  countries: { code: string }[];
}

const FIELDS =
  'id key title design year sampleSize version source { id } programs { id } practices { id } countries { code }';
const CREATE = `mutation($input: StudyInput!) { createStudy(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: StudyInput!, $expectedVersion: Int!) {
  updateStudy(id: $id, input: $input, expectedVersion: $expectedVersion) { ${FIELDS} } }`;

beforeAll(async () => {
  editor = (await atlas.signIn(Role.EDITOR)).token;
  const { data } = await atlas.graphql<{
    programs: { nodes: { id: string; key: string; sources: { id: string }[] }[] };
    practices: { nodes: { id: string }[] };
  }>('{ programs(first: 100) { nodes { id key sources { id } } } practices(first: 1) { nodes { id } } }');
  const nrco = data!.programs.nodes.find((program) => program.key === 'nrco')!;
  programId = nrco.id;
  sourceId = nrco.sources[0]!.id;
  practiceId = data!.practices.nodes[0]!.id;
});

function studyInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'A tracer survey of returnees',
    design: 'TRACER_SURVEY',
    year: 2022,
    sampleSize: 400,
    sample: '400 returnees in three provinces',
    measured: 'Employment a year after return.',
    findings: 'Most had found work.',
    sourceId,
    programIds: [programId],
    practiceIds: [practiceId],
    countryCodes: ['PH'],
    ...overrides,
  };
}

const create = (input: unknown, token = editor) =>
  atlas.graphql<{ createStudy: StudyFields }>(CREATE, { input }, token);

describe('studies', () => {
  it('are seeded, each with its source, and stand behind practices’ evidence levels', async () => {
    const { data } = await atlas.graphql<{
      studies: { totalCount: number; nodes: { design: string; source: { url: string } | null }[] };
      rigorous: { totalCount: number };
    }>(
      `{ studies(first: 100) { totalCount nodes { design source { url } } }
         rigorous: studies(first: 1, designs: [RANDOMISED_TRIAL, FIELD_EXPERIMENT, AUDIT_STUDY]) { totalCount } }`,
    );
    expect(data!.studies.totalCount).toBeGreaterThanOrEqual(10);
    expect(data!.studies.nodes.every((study) => study.source?.url.startsWith('http'))).toBe(true);
    expect(data!.rigorous.totalCount).toBeGreaterThanOrEqual(2);

    const practices = await atlas.graphql<{
      practices: { nodes: { key: string; evidenceLevel: string; studies: { design: string }[] }[] };
    }>('{ practices(first: 100) { nodes { key evidenceLevel studies { design } } } }');
    const rigorous = practices.data!.practices.nodes.filter((p) => p.evidenceLevel === 'RIGOROUS');
    expect(rigorous.length).toBeGreaterThanOrEqual(2);
    for (const practice of rigorous) {
      expect(practice.studies.map((s) => s.design)).toEqual(
        expect.arrayContaining([expect.stringMatching(/RANDOMISED_TRIAL|FIELD_EXPERIMENT|AUDIT_STUDY/)]),
      );
    }
  });

  it('are listed on their programmes and reachable as nodes', async () => {
    const { data } = await atlas.graphql<{ programs: { nodes: { key: string; studies: { id: string }[] }[] } }>(
      '{ programs(first: 100) { nodes { key studies { id } } } }',
    );
    const desmigratif = data!.programs.nodes.find((program) => program.key === 'desmigratif')!;
    expect(desmigratif.studies.length).toBeGreaterThanOrEqual(2);
    const node = await atlas.graphql<{ node: { __typename: string; title: string } }>(
      'query($id: ID!) { node(id: $id) { __typename ... on Study { title } } }',
      { id: desmigratif.studies[0]!.id },
    );
    expect(node.data!.node.__typename).toBe('Study');
  });

  it('refuse a study without a source, naming the field, and write nothing', async () => {
    const before = await atlas.count({ studies: Study, revisions: Revision });
    expectBadInput(await create(studyInput({ sourceId: undefined })), ['input.sourceId']);
    expectBadInput(await create(studyInput({ sourceId: null, sampleSize: 0 })), ['input.sampleSize', 'input.sourceId']);
    expect(await atlas.count({ studies: Study, revisions: Revision })).toEqual(before);
  });

  it('are created and updated by editors with versions and history, and restored', async () => {
    const contributor = (await atlas.signIn(Role.CONTRIBUTOR)).token;
    expect(errorCode(await create(studyInput(), contributor))).toBe('FORBIDDEN');

    const created = (await create(studyInput())).data!.createStudy;
    expect(created).toMatchObject({
      key: 'a-tracer-survey-of-returnees',
      design: 'TRACER_SURVEY',
      sampleSize: 400,
      source: { id: sourceId },
      programs: [{ id: programId }],
      practices: [{ id: practiceId }],
      countries: [{ code: 'PH' }],
    });

    const updated = await atlas.graphql<{ updateStudy: StudyFields }>(
      UPDATE,
      {
        id: created.id,
        input: studyInput({ design: 'EVALUATION', practiceIds: [], countryCodes: ['PH', 'KH'] }),
        expectedVersion: created.version,
      },
      editor,
    );
    expect(updated.data!.updateStudy).toMatchObject({
      design: 'EVALUATION',
      practices: [],
      countries: [{ code: 'KH' }, { code: 'PH' }],
      version: created.version + 1,
    });
    const stale = await atlas.graphql(
      UPDATE,
      { id: created.id, input: studyInput(), expectedVersion: created.version },
      editor,
    );
    expect(errorCode(stale)).toBe('CONFLICT');

    const { data } = await atlas.graphql<{ revisions: { id: string; action: string }[] }>(
      'query($id: ID!) { revisions(entityId: $id) { id action } }',
      { id: created.id },
      editor,
    );
    expect(data!.revisions.map((r) => r.action).sort()).toEqual(['CREATE', 'UPDATE']);
    const creation = data!.revisions.find((r) => r.action === 'CREATE')!;
    const restored = await restoreRevision<StudyFields>(atlas, creation.id, 'Study', FIELDS, editor);
    expect(restored.data!.restoreRevision).toMatchObject({
      design: 'TRACER_SURVEY',
      practices: [{ id: practiceId }],
      countries: [{ code: 'PH' }],
    });
  });

  it('refuse a member state that does not exist or a code of the wrong form, naming each, and write nothing', async () => {
    const before = await atlas.count({ studies: Study, revisions: Revision });
    expectBadInput(await create(studyInput({ countryCodes: ['PH', 'FR'] })), ['input.countryCodes[1]']);
    expectBadInput(await create(studyInput({ countryCodes: ['ph', 'KH'] })), ['input.countryCodes[0]']);
    expect(await atlas.count({ studies: Study, revisions: Revision })).toEqual(before);
  });

  it('are filed under the member states they name even when no programme or practice of theirs fits', async () => {
    const { data } = await atlas.graphql<{ country: { studies: { title: string; countries: { code: string }[] }[] } }>(
      '{ country(code: "KH") { studies { title countries { code } } } }',
    );
    const titles = data!.country.studies.map((study) => study.title);
    expect(titles).toContain('Cambodia: Returning Migrants Survey (Displacement Tracking Matrix, 2020)');
    expect(data!.country.studies.every((study) => study.countries.some((c) => c.code === 'KH'))).toBe(true);
  });
});
