import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { Revision } from '../history/revision.entity';
import { errorCode, expectBadInput, fieldPaths } from '../../test-support/graphql-errors';
import { useTestAtlas } from '../../test-support/test-atlas';
import { restoreRevision } from '../../test-support/revisions';
import { Outcome } from './outcome.entity';

const atlas = useTestAtlas();
let editor: string;
let program: { id: string; practices: { nodes: { id: string }[] }; sources: { id: string }[] };
let otherPractice: string;
let indicator: string;
beforeAll(async () => {
  editor = (await atlas.signIn(Role.EDITOR)).token;
  const { data } = await atlas.graphql<{
    programs: { nodes: (typeof program & { key: string })[] };
    indicators: { code: string }[];
  }>(
    '{ programs(first: 100) { nodes { id key sources { id } practices(first: 1) { nodes { id } } } } indicators { code } }',
  );
  const programs = data!.programs.nodes;
  program = programs.find((p) => p.key === 'desmigratif')!;
  otherPractice = programs.find((p) => p.key !== 'desmigratif' && p.practices.nodes.length > 0)!.practices.nodes[0]!.id;
  // A unit that takes fractions (US$), as the figure of 0.5 below needs: not whichever indicator sorts first.
  indicator = data!.indicators.find((i) => i.code === 'REMITTANCES_USD')!.code;
});

interface RecordedOutcome {
  id: string;
  year: number;
  value: number;
  sex: string;
  note: string | null;
  program: { id: string };
  practice: { id: string } | null;
  indicator: { code: string };
  source: { id: string };
}

const FIELDS = 'id year value sex note program { id } practice { id } indicator { code } source { id }';
const RECORD = `mutation($inputs: [OutcomeInput!]!) { recordOutcomes(inputs: $inputs) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteOutcome(id: $id) }';
const REVISIONS = `query($id: ID!) { revisions(entityId: $id) { id action before after } }`;

function figure(overrides: Record<string, unknown> = {}) {
  return {
    programId: program.id,
    indicatorCode: indicator,
    year: 2022,
    value: 120,
    sourceId: program.sources[0]!.id,
    ...overrides,
  };
}

const record = (inputs: unknown[], token = editor) =>
  atlas.graphql<{ recordOutcomes: RecordedOutcome[] }>(RECORD, { inputs }, token);
const remove = (id: string, token = editor) => atlas.graphql<{ deleteOutcome: boolean }>(DELETE, { id }, token);

const counts = () => atlas.count({ outcomes: Outcome, revisions: Revision });

describe('recordOutcomes and deleteOutcome', () => {
  it('are for editors and admins only', async () => {
    const contributor = (await atlas.signIn(Role.CONTRIBUTOR)).token;
    const admin = (await atlas.signIn(Role.ADMIN)).token;
    const [target] = (await record([figure()])).data!.recordOutcomes;
    const before = await counts();
    expect(errorCode(await record([figure()], ''))).toBe('UNAUTHENTICATED');
    expect(errorCode(await record([figure()], contributor))).toBe('FORBIDDEN');
    expect(errorCode(await remove(target!.id, ''))).toBe('UNAUTHENTICATED');
    expect(errorCode(await remove(target!.id, contributor))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const byAdmin = await record([figure()], admin);
    expect(byAdmin.data!.recordOutcomes).toHaveLength(1);
    expect((await remove(target!.id, editor)).data).toEqual({ deleteOutcome: true });
    expect((await remove(byAdmin.data!.recordOutcomes[0]!.id, admin)).data).toEqual({ deleteOutcome: true });
  });

  it('records several figures at once, each with a CREATE revision', async () => {
    const before = await counts();
    const practiceId = program.practices.nodes[0]!.id;
    const { data, errors } = await record([
      figure({ sex: 'FEMALE', value: 40, note: 'Women only.' }),
      figure({ sex: 'MALE', value: 80, practiceId }),
      figure({ year: 2023, value: 0.5 }),
    ]);
    expect(errors).toBeUndefined();
    expect(data!.recordOutcomes).toMatchObject([
      { year: 2022, value: 40, sex: 'FEMALE', note: 'Women only.', practice: null, indicator: { code: indicator } },
      { value: 80, sex: 'MALE', practice: { id: practiceId } },
      { year: 2023, value: 0.5, sex: 'TOTAL', program: { id: program.id } },
    ]);
    expect(await counts()).toEqual({ outcomes: before.outcomes + 3, revisions: before.revisions + 3 });
    const history = await atlas.graphql<{ revisions: { action: string }[] }>(
      REVISIONS,
      { id: data!.recordOutcomes[1]!.id },
      editor,
    );
    expect(history.data!.revisions.map((r) => r.action)).toEqual(['CREATE']);
  });

  it('records none when one figure among good ones is bad, naming each bad field by its path', async () => {
    const before = await counts();
    const malformed = await record([figure(), figure(), figure({ value: -3, year: 1850 }), figure()]);
    expectBadInput(malformed, ['inputs[2].value', 'inputs[2].year']);
    const references = await record([
      figure(),
      figure({ indicatorCode: 'NO_SUCH_INDICATOR' }),
      figure(),
      figure({ sourceId: program.id, practiceId: otherPractice }),
      figure({ programId: 'bogus' }),
    ]);
    expectBadInput(references, [
      'inputs[1].indicatorCode',
      'inputs[3].practiceId',
      'inputs[3].sourceId',
      'inputs[4].programId',
    ]);
    expect(fieldPaths(await record([]))).toEqual(['inputs']);
    expect(await counts()).toEqual(before);
  });

  it('refuses values outside their indicator’s unit, with every other problem in the same round', async () => {
    const before = await counts();
    const figures = await record([
      figure({ indicatorCode: 'TRIPARTITE_PARTICIPANTS_SHARE_PCT', value: 150 }),
      figure({ indicatorCode: 'DESMIGRATIF_VILLAGES_NEW', value: -3 }),
      figure({ indicatorCode: 'DESMIGRATIF_VILLAGES_NEW', value: 2.5 }),
      figure({ indicatorCode: 'REMITTANCES_USD', value: -0.5, year: 2099 }),
      figure({ indicatorCode: 'NRCO_LIVELIHOOD_TARGET_ACCOMPLISHMENT_PCT', value: 112 }),
    ]);
    expect(errorCode(figures)).toBe('BAD_USER_INPUT');
    expect(figures.errors![0]!.extensions!.fields).toEqual([
      {
        path: 'inputs[3].year',
        message: expect.stringMatching(/^must be a year from 1900 to 20\d\d$/),
        code: 'YEAR_RANGE',
        values: { min: 1900, max: expect.any(Number) },
      },
      {
        path: 'inputs[0].value',
        message: 'must be a percentage from 0 to 100',
        code: 'PERCENT_RANGE',
        values: { min: 0, max: 100 },
      },
      {
        path: 'inputs[1].value',
        message: 'must be a whole number of villages from 0 to 10,000,000,000',
        code: 'COUNT_RANGE',
        values: { unit: 'villages', min: 0, max: 10_000_000_000 },
      },
      {
        path: 'inputs[2].value',
        message: 'must be a whole number of villages from 0 to 10,000,000,000',
        code: 'COUNT_RANGE',
        values: { unit: 'villages', min: 0, max: 10_000_000_000 },
      },
      {
        path: 'inputs[3].value',
        message: 'must be an amount in USD from 0 to 100,000,000,000,000,000',
        code: 'AMOUNT_RANGE',
        values: { currency: 'USD', min: 0, max: 1e17 },
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('deletes a figure into its DELETE revision, from which restoreRevision re-creates it', async () => {
    const [outcome] = (await record([figure({ year: 2021, value: 77, note: 'To be deleted.' })])).data!.recordOutcomes;
    const before = await counts();
    expect((await remove(outcome!.id)).data).toEqual({ deleteOutcome: true });
    expect(await counts()).toEqual({ outcomes: before.outcomes - 1, revisions: before.revisions + 1 });
    expect(errorCode(await remove(outcome!.id))).toBe('NOT_FOUND');
    expect(fieldPaths(await remove(program.id))).toEqual(['id']);

    const history = await atlas.graphql<{
      revisions: { id: string; action: string; before: unknown; after: unknown }[];
    }>(REVISIONS, { id: outcome!.id }, editor);
    const [deletion] = history.data!.revisions;
    expect(deletion).toMatchObject({ action: 'DELETE', after: null, before: { year: 2021, value: 77 } });
    const restored = await restoreRevision<RecordedOutcome>(atlas, deletion!.id, 'Outcome', FIELDS, editor);
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.restoreRevision).toEqual(outcome);
    const node = await atlas.graphql<{ node: { id: string } | null }>('query($id: ID!) { node(id: $id) { id } }', {
      id: outcome!.id,
    });
    expect(node.data!.node).toEqual({ id: outcome!.id });
    const after = await atlas.graphql<{ revisions: { action: string }[] }>(REVISIONS, { id: outcome!.id }, editor);
    expect(after.data!.revisions.map((r) => r.action)).toEqual(['RESTORE', 'DELETE', 'CREATE']);
  });
});
