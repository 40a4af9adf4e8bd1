import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { Revision } from '../history/revision.entity';
import { errorCode, expectBadInput, fieldPaths } from '../../test-support/graphql-errors';
import { useTestAtlas } from '../../test-support/test-atlas';
import { restoreRevision } from '../../test-support/revisions';
import { ReintegrationProgram } from './program.entity';

const atlas = useTestAtlas();
let editor: string;
let sourceIds: string[];
let desmigratif: Program;
beforeAll(async () => {
  editor = (await atlas.signIn(Role.EDITOR)).token;
  const { data } = await atlas.graphql<{ programs: { nodes: Program[] } }>(
    `{ programs(first: 100) { nodes { ${FIELDS} } } }`,
  );
  desmigratif = data!.programs.nodes.find((program) => program.key === 'desmigratif')!;
  sourceIds = [...new Set(data!.programs.nodes.flatMap((program) => program.sources.map((source) => source.id)))];
});

interface Program {
  id: string;
  key: string;
  name: string;
  version: number;
  startYear: number | null;
  components: { name: string; description: string | null }[];
  dimensions: string[];
  country: { code: string };
  sources: { id: string }[];
}

const FIELDS =
  'id key name version startYear components { name description } dimensions country { code } sources { id }';
const CREATE = `mutation($input: ProgramInput!) { createProgram(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ProgramInput!, $expectedVersion: Int!) {
  updateProgram(id: $id, input: $input, expectedVersion: $expectedVersion) { ${FIELDS} } }`;
const REVISIONS = `query($id: ID!) { revisions(entityId: $id) { id action version before after } }`;

function programInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Returnee Enterprise Fund',
    localName: 'Dana Usaha Purna',
    countryCode: 'ID',
    leadAgency: 'Ministry of Manpower',
    partners: ['ILO'],
    startYear: 2020,
    endYear: null,
    status: 'ACTIVE',
    summary: 'Seed grants for returnees starting a business.',
    components: [{ name: 'Grants', description: 'Up to five million rupiah.' }, { name: 'Mentoring' }],
    dimensions: ['ECONOMIC'],
    levels: ['INDIVIDUAL'],
    targetGroups: ['ALL_RETURNEES'],
    stakeholders: ['GOVERNMENT'],
    sourceIds: [sourceIds[0]],
    ...overrides,
  };
}

const create = (input: unknown, token = editor) => atlas.graphql<{ createProgram: Program }>(CREATE, { input }, token);
const update = (id: string, input: unknown, expectedVersion: number, token = editor) =>
  atlas.graphql<{ updateProgram: Program }>(UPDATE, { id, input, expectedVersion }, token);

const counts = () => atlas.count({ programs: ReintegrationProgram, revisions: Revision });

describe('createProgram and updateProgram', () => {
  it('are for editors and admins only', async () => {
    const contributor = (await atlas.signIn(Role.CONTRIBUTOR)).token;
    const admin = (await atlas.signIn(Role.ADMIN)).token;
    const before = await counts();
    expect(errorCode(await create(programInput(), ''))).toBe('UNAUTHENTICATED');
    expect(errorCode(await create(programInput(), contributor))).toBe('FORBIDDEN');
    expect(errorCode(await update(desmigratif.id, programInput(), 1, ''))).toBe('UNAUTHENTICATED');
    expect(errorCode(await update(desmigratif.id, programInput(), 1, contributor))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const byEditor = (await create(programInput({ name: 'Matrix programme' }), editor)).data!.createProgram;
    const byAdmin = (await create(programInput({ name: 'Matrix programme' }), admin)).data!.createProgram;
    expect([byEditor.key, byAdmin.key]).toEqual(['matrix-programme', 'matrix-programme-2']);
    expect((await update(byEditor.id, programInput({ name: 'Edited' }), 1, editor)).data!.updateProgram.version).toBe(
      2,
    );
    expect(
      (await update(byEditor.id, programInput({ name: 'Edited again' }), 2, admin)).data!.updateProgram.version,
    ).toBe(3);
  });

  it('creates a programme with all its fields, a key from its name, and a CREATE revision', async () => {
    const { data, errors } = await create(programInput({ name: 'Desa Migran Produktif (Phase II)' }));
    expect(errors).toBeUndefined();
    expect(data!.createProgram).toMatchObject({
      key: 'desa-migran-produktif-phase-ii',
      version: 1,
      startYear: 2020,
      components: [
        { name: 'Grants', description: 'Up to five million rupiah.' },
        { name: 'Mentoring', description: null },
      ],
      dimensions: ['ECONOMIC'],
      country: { code: 'ID' },
      sources: [{ id: sourceIds[0] }],
    });
    const history = await atlas.graphql<{ revisions: { action: string; after: { name: string } }[] }>(
      REVISIONS,
      { id: data!.createProgram.id },
      editor,
    );
    expect(history.data!.revisions).toMatchObject([
      { action: 'CREATE', after: { name: 'Desa Migran Produktif (Phase II)' } },
    ]);
  });

  it('names every bad field, of format and of reference, in one round, and writes nothing', async () => {
    const before = await counts();
    const invalid = await create(
      programInput({ name: '', startYear: 2020, endYear: 2019, sourceIds: [], components: [{ name: ' ' }] }),
    );
    expectBadInput(invalid, ['input.components[0].name', 'input.endYear', 'input.name', 'input.sourceIds']);
    const references = await create(programInput({ countryCode: 'JP', sourceIds: [sourceIds[0], desmigratif.id] }));
    expect(fieldPaths(references)).toEqual(['input.countryCode', 'input.sourceIds[1]']);
    const both = await create(
      programInput({
        name: ' ',
        countryCode: 'JP',
        status: 'ACTIVE',
        startYear: 2020,
        endYear: 2019,
        sourceIds: [sourceIds[0], desmigratif.id],
      }),
    );
    expect(fieldPaths(both)).toEqual(['input.countryCode', 'input.endYear', 'input.name', 'input.sourceIds[1]']);
    const stillRefused = await update(
      desmigratif.id,
      programInput({ summary: '', sourceIds: ['not-an-id'] }),
      desmigratif.version,
    );
    expect(fieldPaths(stillRefused)).toEqual(['input.sourceIds[0]', 'input.summary']);
    const onUpdate = await update(desmigratif.id, programInput({ startYear: 1850 }), desmigratif.version);
    expect(fieldPaths(onUpdate)).toEqual(['input.startYear']);
    const farFuture = await create(programInput({ startYear: 2099, countryCode: '' }));
    expect(farFuture.errors![0]!.extensions!.fields).toEqual([
      { path: 'input.countryCode', message: 'choose a country' },
      { path: 'input.startYear', message: expect.stringMatching(/^must be a year from 1900 to 20\d\d$/) },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a stale expectedVersion with CONFLICT and the current version', async () => {
    const program = (await create(programInput({ name: 'Stale test' }))).data!.createProgram;
    await update(program.id, programInput({ name: 'Stale test', summary: 'First edit.' }), 1);
    const before = await counts();
    const stale = await update(program.id, programInput({ summary: 'Lost edit.' }), 1);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    expect(await counts()).toEqual(before);
  });

  it('increases the version when only the sources changed', async () => {
    const program = (await create(programInput({ name: 'Sources only' }))).data!.createProgram;
    const { data } = await update(
      program.id,
      programInput({ name: 'Sources only', sourceIds: sourceIds.slice(0, 2) }),
      1,
    );
    expect(data!.updateProgram).toMatchObject({ version: 2, sources: [{ id: sourceIds[0] }, { id: sourceIds[1] }] });
  });

  it('lets only one of two concurrent updates from the same version through', async () => {
    const program = (await create(programInput({ name: 'Race' }))).data!.createProgram;
    const results = await Promise.all([
      update(program.id, programInput({ name: 'Race', summary: 'Editor A' }), 1),
      update(program.id, programInput({ name: 'Race', summary: 'Editor B' }), 1),
    ]);
    expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
    const loser = results.find((result) => errorCode(result) === 'CONFLICT')!;
    expect(loser.errors![0]!.extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    const history = await atlas.graphql<{ revisions: { action: string }[] }>(REVISIONS, { id: program.id }, editor);
    expect(history.data!.revisions.map((r) => r.action)).toEqual(['UPDATE', 'CREATE']);
  });

  it('brings an earlier state of a programme back with restoreRevision', async () => {
    const input = programInput({
      name: 'Desmigratif',
      countryCode: 'ID',
      sourceIds: desmigratif.sources.map((s) => s.id),
    });
    await update(desmigratif.id, { ...input, name: 'Desmigratif 2.0' }, desmigratif.version);
    await update(
      desmigratif.id,
      { ...input, name: 'Desmigratif 3.0', sourceIds: [sourceIds.at(-1)] },
      desmigratif.version + 1,
    );
    const history = await atlas.graphql<{ revisions: { id: string; action: string }[] }>(
      REVISIONS,
      { id: desmigratif.id },
      editor,
    );
    const earlier = history.data!.revisions.at(-1)!; // the first change: newest come first
    const restored = await restoreRevision<Program>(atlas, earlier.id, 'ReintegrationProgram', FIELDS, editor);
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.restoreRevision).toMatchObject({
      key: 'desmigratif',
      name: 'Desmigratif 2.0',
      version: desmigratif.version + 3,
      sources: desmigratif.sources,
    });
    const after = await atlas.graphql<{ revisions: { action: string }[] }>(REVISIONS, { id: desmigratif.id }, editor);
    expect(after.data!.revisions.map((r) => r.action)).toEqual(['RESTORE', 'UPDATE', 'UPDATE']);
  });
});
