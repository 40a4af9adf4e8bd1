import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { errorCode, expectBadInput, fieldPaths } from '../../test-support/graphql-errors';
import { CREATE, ok, PUBLISH, practiceInput, type PracticeResult } from '../../test-support/practice-test-kit';
import { startTestAtlas, type TestAtlas } from '../../test-support/test-atlas';

interface TranslationResult {
  id: string;
  field: string;
  language: string;
  text: string;
  origin: string;
  version: number;
}

interface LocalizedResult {
  field: string;
  text: string;
  language: string;
  isTranslation: boolean;
  origin: string | null;
}

const SET = `mutation($input: TranslationInput!, $expectedVersion: Int) {
  setTranslation(input: $input, expectedVersion: $expectedVersion) { id field language text origin version } }`;
const REMOVE = 'mutation($id: ID!, $v: Int!) { removeTranslation(id: $id, expectedVersion: $v) }';
const IN_LANGUAGE = `query($id: ID!, $language: String!) { node(id: $id) { ... on Practice {
  inLanguage(language: $language) { field text language isTranslation origin } translations { id } } } }`;
const SEARCH = 'query($text: String!) { practices(filter: { text: $text }) { totalCount nodes { id } } }';

const SUMMARY_ID = 'Koperasi purna migran memberikan pemberdayaan ekonomi bagi anggotanya.';

let atlas: TestAtlas;
let editor: string;
let contributor: string;
let published: PracticeResult;
beforeAll(async () => {
  atlas = await startTestAtlas();
  editor = (await atlas.signIn(Role.EDITOR)).token;
  contributor = (await atlas.signIn(Role.CONTRIBUTOR)).token;
  const draft = await ok(atlas, CREATE, { input: practiceInput() }, editor);
  published = await ok(atlas, PUBLISH, { id: draft.id }, editor);
});
afterAll(() => atlas.close());

const summary = (recordId: string, text = SUMMARY_ID) => ({ recordId, field: 'summary', language: 'id', text });

async function inLanguage(id: string, language: string, token?: string) {
  const response = await atlas.graphql<{
    node: { inLanguage: LocalizedResult[]; translations: { id: string }[] } | null;
  }>(IN_LANGUAGE, { id, language }, token);
  return response.data?.node ?? null;
}

describe('setTranslation, read in a language', () => {
  it('an editor adds an Indonesian summary; an anonymous reader sees it, marked, with the English fallback', async () => {
    const translation = await ok<TranslationResult>(atlas, SET, { input: summary(published.id) }, editor);
    expect(translation).toMatchObject({ field: 'summary', language: 'id', origin: 'ATLAS', version: 1 });

    const read = await inLanguage(published.id, 'id');
    expect(read!.inLanguage).toEqual([
      { field: 'title', text: published.title, language: 'en', isTranslation: false, origin: null },
      { field: 'summary', text: SUMMARY_ID, language: 'id', isTranslation: true, origin: 'ATLAS' },
      { field: 'body', text: expect.any(String), language: 'en', isTranslation: false, origin: null },
    ]);
    const english = await inLanguage(published.id, 'en');
    expect(english!.inLanguage.every((text) => !text.isTranslation && text.language === 'en')).toBe(true);
  });

  it('finds the practice by words of its Indonesian text, all from one language, on either database', async () => {
    // `anggota` finds `anggotanya`: a prefix in SQLite, the Indonesian stemmer in PostgreSQL, which
    // also finds `pemberdayaan` by its stem `daya`.
    const words = ['pemberdayaan', 'koperasi purna', 'PEMBERDAYAAN ekonomi', 'anggota'];
    for (const text of atlas.dialect === 'postgresql' ? [...words, 'berdaya'] : words) {
      const { data } = await atlas.graphql<{ practices: { nodes: { id: string }[] } }>(SEARCH, { text });
      expect(
        data!.practices.nodes.map((node) => node.id),
        text,
      ).toContain(published.id);
    }
    // Its English title's words and an Indonesian word: no one language has both.
    const mixed = await atlas.graphql<{ practices: { nodes: { id: string }[] } }>(SEARCH, {
      text: 'pemberdayaan returnee',
    });
    expect(mixed.data!.practices.nodes.map((node) => node.id)).not.toContain(published.id);
    // The facets count it as the list does.
    const counted = await atlas.graphql<{ practices: { totalCount: number } }>(
      'query($text: String!) { practices(filter: { text: $text }) { totalCount facets { countries { value count } } } }',
      { text: 'pemberdayaan' },
    );
    expect(counted.data!.practices.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('finds seeded practices by the words of their Indonesian summaries', async () => {
    const { data } = await atlas.graphql<{ practices: { nodes: { key: string }[] } }>(
      '{ practices(filter: { text: "desa migran produktif" }, first: 50) { nodes { key } } }',
    );
    expect(data!.practices.nodes.map((node) => node.key)).toContain('desmigratif-productive-enterprise');
  });

  it('replaces a translation at its version, CONFLICT on a stale one or on a second "new" one', async () => {
    const again = await atlas.graphql(SET, { input: summary(published.id, 'Teks lain.') }, editor);
    expect(errorCode(again)).toBe('CONFLICT');
    const replaced = await ok<TranslationResult>(
      atlas,
      SET,
      { input: summary(published.id, 'Koperasi purna migran.'), expectedVersion: 1 },
      editor,
    );
    expect(replaced).toMatchObject({ text: 'Koperasi purna migran.', version: 2 });
    const stale = await atlas.graphql(SET, { input: summary(published.id, 'Basi.'), expectedVersion: 1 }, editor);
    expect(errorCode(stale)).toBe('CONFLICT');
    await ok(atlas, SET, { input: summary(published.id), expectedVersion: 2 }, editor);
  });

  it('refuses an unknown language, an empty text, a field not translatable for the type, naming each', async () => {
    const bad = await atlas.graphql(
      SET,
      { input: { recordId: published.id, field: 'year', language: 'xx', text: '  ' } },
      editor,
    );
    expectBadInput(bad, ['input.field', 'input.language', 'input.text']);
    const notTranslatable = await atlas.graphql(
      SET,
      { input: { recordId: 'Q291bnRyeTox', field: 'name', language: 'id', text: 'Negara' } },
      editor,
    );
    expect(fieldPaths(notTranslatable)).toEqual(['input.recordId']);
    const ownLanguage = await atlas.graphql(SET, { input: { ...summary(published.id), language: 'en' } }, editor);
    expect(fieldPaths(ownLanguage)).toEqual(['input.language']);
    const unknownLanguage = await atlas.graphql(IN_LANGUAGE, { id: published.id, language: 'klingon' });
    expectBadInput(unknownLanguage, ['language']);
  });
});

describe('who may translate what', () => {
  it('a contributor translates their own draft (hidden from anonymous readers), not a published practice', async () => {
    const draft = await ok(atlas, CREATE, { input: practiceInput() }, contributor);
    const own = await atlas.graphql(SET, { input: summary(draft.id) }, contributor);
    expect(own.errors).toBeUndefined();
    expect(await inLanguage(draft.id, 'id')).toBeNull();
    expect((await inLanguage(draft.id, 'id', contributor))!.inLanguage[1]).toMatchObject({ isTranslation: true });

    const others = await atlas.graphql(
      SET,
      { input: summary(published.id, 'Bukan miliknya.'), expectedVersion: 3 },
      contributor,
    );
    expect(errorCode(others)).toBe('FORBIDDEN');
    const anonymous = await atlas.graphql(SET, { input: summary(published.id) });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    const hidden = await atlas.graphql(SET, { input: summary(draft.id) }, (await atlas.signIn(Role.CONTRIBUTOR)).token);
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    // The draft's translation is not reachable by its own ID either.
    const translationId = (await inLanguage(draft.id, 'id', contributor))!.translations[0]!.id;
    const node = await atlas.graphql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', {
      id: translationId,
    });
    expect(node.data!.node).toBeNull();
  });

  it('only editors cite a source for a SOURCE translation', async () => {
    const { data } = await atlas.graphql<{ practice: { sources: { id: string }[] } }>(
      'query($id: ID!) { practice(id: $id) { sources { id } } }',
      { id: published.id },
    );
    const cited = {
      recordId: published.id,
      field: 'title',
      language: 'id',
      text: 'Koperasi purna migran',
      origin: 'SOURCE',
      sourceId: data!.practice.sources[0]!.id,
    };
    const missing = await atlas.graphql(SET, { input: { ...cited, sourceId: null } }, editor);
    expect(fieldPaths(missing)).toEqual(['input.sourceId']);
    const saved = await ok<TranslationResult>(atlas, SET, { input: cited }, editor);
    expect(saved.origin).toBe('SOURCE');
  });
});

describe('history', () => {
  it('removes a translation with its revision, and restoreRevision brings it back', async () => {
    const before = await inLanguage(published.id, 'id');
    const summaryTranslation = await ok<TranslationResult>(
      atlas,
      SET,
      { input: summary(published.id, 'Ringkasan untuk dipulihkan.'), expectedVersion: 3 },
      editor,
    );
    expect(before!.translations.length).toBeGreaterThan(0);
    const stale = await atlas.graphql(REMOVE, { id: summaryTranslation.id, v: 1 }, editor);
    expect(errorCode(stale)).toBe('CONFLICT');
    await ok(atlas, REMOVE, { id: summaryTranslation.id, v: summaryTranslation.version }, editor);
    expect((await inLanguage(published.id, 'id'))!.inLanguage[1]).toMatchObject({ isTranslation: false });

    const { data } = await atlas.graphql<{ revisions: { id: string; action: string }[] }>(
      'query($id: ID!) { revisions(entityId: $id) { id action } }',
      { id: summaryTranslation.id },
      editor,
    );
    expect(data!.revisions.map((revision) => revision.action)).toEqual([
      'DELETE',
      'UPDATE',
      'UPDATE',
      'UPDATE',
      'CREATE',
    ]);
    const restored = await ok<{ __typename: string }>(
      atlas,
      'mutation($id: ID!) { restoreRevision(id: $id, before: true) { __typename } }',
      { id: data!.revisions[0]!.id },
      editor,
    );
    expect(restored.__typename).toBe('Translation');
    expect((await inLanguage(published.id, 'id'))!.inLanguage[1]).toMatchObject({
      text: 'Ringkasan untuk dipulihkan.',
      isTranslation: true,
    });
  });
});

it('reads the translations of a page of practices and of their programmes and events in at most one statement per kind of record, whatever the page size', async () => {
  const page = (first: number) =>
    atlas.countedGraphql<{ practices: { nodes: { inLanguage: LocalizedResult[] }[] } }>(
      `query($first: Int) { practices(first: $first) { nodes { inLanguage(language: "id") { text }
        program { inLanguage(language: "id") { text } } event { inLanguage(language: "id") { text } } } } }`,
      { first },
    );
  const translationReads = (statements: string[]) =>
    statements.filter((statement) => /from [`"]translation[`"]/.test(statement)).length;
  const [five, fifty] = [await page(5), await page(50)];
  expect(fifty.body.data!.practices.nodes).toHaveLength(50);
  // Practices, programmes, events: fewer where the loads of two kinds fall in the same batch.
  expect(translationReads(five.statements)).toBeLessThanOrEqual(3);
  expect(translationReads(fifty.statements)).toBeLessThanOrEqual(3);
});
