import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { Source } from '../sources/source.entity';
import { errorCode, expectBadInput, fieldPaths } from '../../test-support/graphql-errors';
import { useTestAtlas, type SignedIn } from '../../test-support/test-atlas';
import {
  ARCHIVE,
  CREATE,
  createDraft,
  ok,
  practiceInput,
  PUBLISH,
  REJECT,
  SUBMIT,
  UPDATE,
  type PracticeResult,
} from '../../test-support/practice-test-kit';
import { Practice } from './practice.entity';

const atlas = useTestAtlas();
let contributor: SignedIn, editor: SignedIn, otherEditor: SignedIn;
beforeAll(async () => {
  contributor = await atlas.signIn(Role.CONTRIBUTOR);
  editor = await atlas.signIn(Role.EDITOR);
  otherEditor = await atlas.signIn(Role.EDITOR);
});

const counts = () => atlas.count({ practices: Practice, sources: Source });

interface RevisionResult {
  id: string;
  action: string;
  version: number | null;
  note: string | null;
  createdAt: string;
  user: { id: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const REVISIONS =
  'query($id: ID!) { revisions(entityId: $id) { id action version note createdAt user { id } before after } }';
const revisionsOf = async (id: string) =>
  (await ok<RevisionResult[]>(atlas, REVISIONS, { id }, editor.token)).slice().reverse();

describe('createPractice', () => {
  it('creates a DRAFT with a key from its title, citing existing and new sources, a known URL reusing its source', async () => {
    const seeded = await atlas.graphql<{ practices: { nodes: { sources: { id: string; url: string }[] }[] } }>(
      '{ practices(first: 20) { nodes { sources { id url } } } }',
    );
    const distinct = new Map(seeded.data!.practices.nodes.flatMap((node) => node.sources).map((s) => [s.id, s]));
    const [first, second] = [...distinct.values()];
    const before = await counts();
    const created = await createDraft(atlas, contributor.token, {
      title: 'Désa Migran: Productive Villages!',
      sources: [
        { sourceId: first!.id },
        { title: 'A new evaluation', url: 'https://example.org/evaluation', publisher: 'ILO', publishedOn: '2020-05' },
        { title: 'The same document, cited again', url: second!.url },
        { title: 'A new evaluation', url: 'https://example.org/evaluation' },
      ],
    });
    expect(created).toMatchObject({ key: 'desa-migran-productive-villages', status: 'DRAFT', version: 1 });
    expect(created.sources.map((source) => source.id)).toEqual(expect.arrayContaining([first!.id, second!.id]));
    expect(created.sources).toHaveLength(3);
    expect(await counts()).toEqual({ practices: before.practices + 1, sources: before.sources + 1 });
    const newSource = created.sources.find((source) => source.url === 'https://example.org/evaluation')!;
    expect(await revisionsOf(newSource.id)).toMatchObject([
      { action: 'CREATE', user: { id: contributor.userId }, after: { title: 'A new evaluation', publisher: 'ILO' } },
    ]);

    const again = await createDraft(atlas, contributor.token, { title: 'Desa migran — productive villages' });
    expect(again.key).toMatch(/^desa-migran-productive-villages-.+/);
  });

  it('refuses bad input naming every bad field, and writes nothing', async () => {
    const before = await counts();
    const country = await atlas.graphql<{ country: { id: string } }>('{ country(code: "PH") { id } }');
    const response = await atlas.graphql(
      CREATE,
      {
        input: practiceInput({
          title: '   ',
          countryCode: 'XX',
          programId: country.data!.country.id,
          sources: [
            { title: 'A report', url: 'javascript:alert(1)' },
            { title: 'Another', url: 'https://example.org/x' },
          ],
        }),
      },
      contributor.token,
    );
    expectBadInput(response, ['input.countryCode', 'input.programId', 'input.sources[0].url', 'input.title']);
    expect(await counts()).toEqual(before);
  });

  it('says what is wrong in words a secretariat officer uses, every problem at once', async () => {
    const before = await counts();
    const response = await atlas.graphql(
      CREATE,
      { input: practiceInput({ countryCode: '', year: 2099, themes: [] }) },
      contributor.token,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions!.fields).toEqual([
      { path: 'input.countryCode', message: 'choose a country' },
      { path: 'input.year', message: expect.stringMatching(/^must be a year from 1900 to 20\d\d$/) },
      { path: 'input.themes', message: 'choose at least one' },
    ]);
    // A NUL may also be refused by the request-wide argument gate (limits/): either way, naming the field.
    const hidden = await atlas.graphql(
      CREATE,
      { input: practiceInput({ title: 'Balik\u0000Pinay' }) },
      contributor.token,
    );
    expect(errorCode(hidden)).toBe('BAD_USER_INPUT');
    expect(hidden.errors![0]!.extensions!.fields).toMatchObject([{ path: 'input.title' }]);
    expect(await counts()).toEqual(before);
  });

  it('refuses an unknown theme given in variables, naming its path', async () => {
    const before = await counts();
    const response = await atlas.graphql(
      CREATE,
      { input: practiceInput({ themes: ['ENTREPRENEURSHIP', 'ASTROLOGY'] }) },
      contributor.token,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions!.fields).toEqual([
      { path: 'input.themes[1]', message: expect.stringContaining('ASTROLOGY') },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('needs at least one source, each either an existing one or a new one with title and url', async () => {
    const before = await counts();
    const none = await atlas.graphql(CREATE, { input: practiceInput({ sources: [] }) }, contributor.token);
    expect(none.errors![0]!.extensions!.fields).toEqual([
      { path: 'input.sources', message: 'cite at least one source' },
    ]);
    const unknownSource = Buffer.from('Source:999999').toString('base64url');
    const mixed = await atlas.graphql(
      CREATE,
      {
        input: practiceInput({
          sources: [
            { sourceId: unknownSource },
            { url: 'https://example.org/untitled' },
            { sourceId: unknownSource, title: 'x' },
          ],
        }),
      },
      contributor.token,
    );
    expect(fieldPaths(mixed)).toEqual([
      'input.sources[0].sourceId',
      'input.sources[1].title',
      'input.sources[2].sourceId',
      'input.sources[2].title',
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe('the review workflow', () => {
  it('takes a contributor’s draft through review, rejection, resubmission and publication', async () => {
    const draft = await createDraft(atlas, contributor.token);
    const submitted = await ok(atlas, SUBMIT, { id: draft.id }, contributor.token);
    expect(submitted).toMatchObject({ status: 'IN_REVIEW', version: 2 });

    const noReason = await atlas.graphql(REJECT, { id: draft.id, reason: '  ' }, editor.token);
    expect(noReason.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'reason' }] });

    const rejected = await ok(atlas, REJECT, { id: draft.id, reason: 'Add the 2022 evaluation.' }, editor.token);
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'Add the 2022 evaluation.', version: 3 });

    const edited = await ok(
      atlas,
      UPDATE,
      { id: draft.id, input: practiceInput({ summary: 'With the 2022 evaluation.' }), expectedVersion: 3 },
      contributor.token,
    );
    expect(edited).toMatchObject({ status: 'REJECTED', summary: 'With the 2022 evaluation.', version: 4 });
    expect(await ok(atlas, SUBMIT, { id: draft.id }, contributor.token)).toMatchObject({
      status: 'IN_REVIEW',
      rejectionReason: null,
    });
    const published = await ok(atlas, PUBLISH, { id: draft.id }, editor.token);
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 6 });
    expect(Date.parse(published.publishedAt!)).toBeGreaterThan(Date.now() - 60_000);

    const actions = (await revisionsOf(draft.id)).map((revision) => [revision.action, revision.note]);
    expect(actions).toEqual([
      ['CREATE', null],
      ['SUBMIT', null],
      ['REJECT', 'Add the 2022 evaluation.'],
      ['UPDATE', null],
      ['SUBMIT', null],
      ['PUBLISH', null],
    ]);
  });

  it('refuses a step its status does not allow, naming id, and changes nothing', async () => {
    const practice = await ok(atlas, PUBLISH, { id: (await createDraft(atlas, editor.token)).id }, editor.token);
    const submit = await atlas.graphql(SUBMIT, { id: practice.id }, editor.token);
    expect(submit.errors![0]).toMatchObject({
      message: expect.stringContaining('a PUBLISHED practice cannot be submitted'),
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'id' }] },
    });
    expect(errorCode(await atlas.graphql(REJECT, { id: practice.id, reason: 'No.' }, editor.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await atlas.graphql(PUBLISH, { id: practice.id }, editor.token))).toBe('BAD_USER_INPUT');
    await ok(atlas, ARCHIVE, { id: practice.id }, editor.token);
    const twice = await atlas.graphql(ARCHIVE, { id: practice.id }, editor.token);
    expect(twice.errors![0]!.message).toContain('an ARCHIVED practice cannot be archived');
    expect((await revisionsOf(practice.id)).map((revision) => revision.action)).toEqual([
      'CREATE',
      'PUBLISH',
      'ARCHIVE',
    ]);
  });
});

describe('concurrent edits', () => {
  it('let exactly one of two editors win from the same version; the other reloads and re-applies, nothing lost', async () => {
    const practice = await createDraft(atlas, contributor.token);
    const base = practiceInput({ title: practice.title, sources: [{ sourceId: practice.sources[0]!.id }] });
    const edits: { token: string; change: { summary?: string; body?: string } }[] = [
      { token: editor.token, change: { summary: 'Summary from the first editor.' } },
      { token: otherEditor.token, change: { body: 'Body from the second editor.' } },
    ];
    const responses = await Promise.all(
      edits.map(({ token, change }) =>
        atlas.graphql<{ updatePractice: PracticeResult }>(
          UPDATE,
          { id: practice.id, input: { ...base, ...change }, expectedVersion: 1 },
          token,
        ),
      ),
    );
    const winners = responses.filter((response) => !response.errors);
    const losers = responses.filter((response) => response.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]!.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      expectedVersion: 1,
      currentVersion: 2,
    });
    const winner = edits[responses.indexOf(winners[0]!)]!;
    const loser = edits[responses.indexOf(losers[0]!)]!;

    const stored = await ok<{ version: number; summary: string; body: string }>(
      atlas,
      'query($id: ID!) { practice(id: $id) { version summary body } }',
      { id: practice.id },
      editor.token,
    );
    expect(stored).toMatchObject({ version: 2, ...winner.change });

    // The loser reloads (version 2, the winner's content) and applies their own change on top.
    const merged = { ...base, summary: stored.summary, body: stored.body, ...loser.change };
    const reapplied = await ok(
      atlas,
      UPDATE,
      { id: practice.id, input: merged, expectedVersion: stored.version },
      loser.token,
    );
    expect(reapplied.version).toBe(3);
    expect(reapplied.summary).toBe('Summary from the first editor.');

    const updates = (await revisionsOf(practice.id)).filter((revision) => revision.action === 'UPDATE');
    expect(updates.map((revision) => revision.version)).toEqual([2, 3]);
    expect(updates.map((revision) => revision.user?.id)).toEqual([
      winner.token === editor.token ? editor.userId : otherEditor.userId,
      loser.token === editor.token ? editor.userId : otherEditor.userId,
    ]);
    const last = updates[1]!.after!;
    expect(last).toMatchObject({ summary: 'Summary from the first editor.', body: 'Body from the second editor.' });
  });

  it('refuses an update from a stale version with CONFLICT carrying the current one', async () => {
    const practice = await createDraft(atlas, contributor.token);
    await ok(atlas, SUBMIT, { id: practice.id }, contributor.token);
    const stale = await atlas.graphql(
      UPDATE,
      { id: practice.id, input: practiceInput(), expectedVersion: 1 },
      editor.token,
    );
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, currentVersion: 2 });
  });
});

describe('the history of a practice', () => {
  it('lists each step with who, when, action, before and after; restoreRevision brings an earlier state back', async () => {
    const draft = await createDraft(atlas, contributor.token, { title: 'Village savings groups' });
    await ok(
      atlas,
      UPDATE,
      {
        id: draft.id,
        input: practiceInput({
          title: 'Village savings groups',
          summary: 'Second summary.',
          sources: [{ sourceId: draft.sources[0]!.id }],
        }),
        expectedVersion: 1,
      },
      contributor.token,
    );
    await ok(atlas, SUBMIT, { id: draft.id }, contributor.token);
    await ok(atlas, PUBLISH, { id: draft.id }, editor.token);
    await ok(atlas, ARCHIVE, { id: draft.id }, editor.token);

    const history = await revisionsOf(draft.id);
    expect(history.map((revision) => [revision.action, revision.version])).toEqual([
      ['CREATE', 1],
      ['UPDATE', 2],
      ['SUBMIT', 3],
      ['PUBLISH', 4],
      ['ARCHIVE', 5],
    ]);
    expect(history.map((revision) => revision.user?.id)).toEqual([
      contributor.userId,
      contributor.userId,
      contributor.userId,
      editor.userId,
      editor.userId,
    ]);
    expect(history[0]!.before).toBeNull();
    history.slice(1).forEach((revision, index) => expect(revision.before).toEqual(history[index]!.after));
    expect(history[1]!.after).toMatchObject({ summary: 'Second summary.', status: 'DRAFT' });
    expect(history[4]!.after).toMatchObject({ status: 'ARCHIVED' });
    expect(history[0]!.after!.sources).toEqual([expect.any(Number)]);
    expect(JSON.stringify(history)).not.toContain('scrypt');
    expect(history.map((revision) => Date.parse(revision.createdAt))).toEqual(
      history.map((revision) => Date.parse(revision.createdAt)).sort(),
    );

    // An archived practice is gone for readers, until the published state is restored.
    expect((await atlas.graphql(`{ practice(id: "${draft.id}") { id } }`)).data).toEqual({ practice: null });
    const RESTORE = 'mutation($id: ID!) { restoreRevision(id: $id) { id ... on Practice { status version summary } } }';
    const restored = await ok(atlas, RESTORE, { id: history[3]!.id }, editor.token);
    expect(restored).toEqual({ id: draft.id, status: 'PUBLISHED', version: 6, summary: 'Second summary.' });
    expect((await atlas.graphql(`{ practice(id: "${draft.id}") { id } }`)).data).toEqual({
      practice: { id: draft.id },
    });

    // Back to the first draft: its summary and its sources, as a new revision.
    const first = await ok(atlas, RESTORE, { id: history[0]!.id }, editor.token);
    expect(first).toMatchObject({ status: 'DRAFT', version: 7, summary: draft.summary });
    const after = await revisionsOf(draft.id);
    expect(after.slice(-2).map((revision) => [revision.action, revision.version])).toEqual([
      ['RESTORE', 6],
      ['RESTORE', 7],
    ]);
    expect(after.at(-1)!.after).toMatchObject({ summary: draft.summary, sources: history[0]!.after!.sources });
    expect(errorCode(await atlas.graphql(RESTORE, { id: history[0]!.id }, contributor.token))).toBe('FORBIDDEN');
  });
});
