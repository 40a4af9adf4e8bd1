import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { Revision } from '../history/revision.entity';
import { Source } from '../sources/source.entity';
import { errorCode, fieldPaths } from '../../test-support/graphql-errors';
import { useTestAtlas } from '../../test-support/test-atlas';
import { CountryStatistic } from './country-statistic.entity';

const atlas = useTestAtlas();
let editor: string;
/** A source already in the Atlas (cited by Timor-Leste's seeded figures). */
let knownSource: { id: string; url: string };
beforeAll(async () => {
  editor = (await atlas.signIn(Role.EDITOR)).token;
  const { data } = await atlas.graphql<{ country: { statistics: { source: { id: string; url: string } }[] } }>(
    '{ country(code: "TL") { statistics { source { id url } } } }',
  );
  knownSource = data!.country.statistics[0]!.source;
});

interface Statistic {
  id: string;
  year: number;
  value: number;
  sex: string;
  note: string | null;
  version: number;
  country: { code: string };
  indicator: { code: string; unit: string };
  source: { id: string; title: string; url: string; publisher: string | null; publishedOn: string | null };
}

interface RevisionEntry {
  id: string;
  action: string;
  entityGlobalId: string;
  version: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const FIELDS =
  'id year value sex note version country { code } indicator { code unit } source { id title url publisher publishedOn }';
const RECORD = `mutation($code: String!, $rows: [CountryStatisticInput!]!) {
  recordCountryStatistics(countryCode: $code, rows: $rows) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: CountryStatisticInput!, $expectedVersion: Int!) {
  updateCountryStatistic(id: $id, input: $input, expectedVersion: $expectedVersion) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!, $expectedVersion: Int!) { deleteCountryStatistic(id: $id, expectedVersion: $expectedVersion) }`;
const RESTORE = `mutation($id: ID!, $before: Boolean) {
  restoreRevision(id: $id, before: $before) { __typename ... on CountryStatistic { ${FIELDS} } } }`;
const REVISIONS = 'query($id: ID!) { revisions(entityId: $id) { id action entityGlobalId version before after } }';
const HISTORY = `query($code: String!) { country(code: $code) {
  statisticRevisions { id action entityGlobalId version before after } } }`;

let urls = 0;
/** A new source, at an address no other test uses. */
const newSource = (title = 'Timor-Leste labour migration survey 2024') => ({
  title,
  url: `https://example.org/tl-survey-${++urls}`,
  publisher: 'SEFOPE',
  publishedOn: '2025-03',
});

function row(overrides: Record<string, unknown> = {}) {
  return {
    indicatorCode: 'MIGRANT_WORKERS_ABROAD',
    year: 2024,
    value: 21000,
    sex: 'TOTAL',
    note: null,
    source: { sourceId: knownSource.id },
    ...overrides,
  };
}

const record = (rows: unknown[], token = editor, code = 'TL') =>
  atlas.graphql<{ recordCountryStatistics: Statistic[] }>(RECORD, { code, rows }, token);
const update = (id: string, input: unknown, expectedVersion: number, token = editor) =>
  atlas.graphql<{ updateCountryStatistic: Statistic }>(UPDATE, { id, input, expectedVersion }, token);
const remove = (id: string, expectedVersion: number, token = editor) =>
  atlas.graphql<{ deleteCountryStatistic: boolean }>(DELETE, { id, expectedVersion }, token);
const restore = (id: string, before?: boolean, token = editor) =>
  atlas.graphql<{ restoreRevision: (Statistic & { __typename: string }) | null }>(RESTORE, { id, before }, token);
const revisionsOf = async (id: string) =>
  (await atlas.graphql<{ revisions: RevisionEntry[] }>(REVISIONS, { id }, editor)).data!.revisions;

/** A country's statistics as anybody reads them, and whether the answer came from the response cache. */
async function read(code = 'TL'): Promise<{ statistics: Statistic[]; cached: boolean }> {
  const response = await fetch(`${atlas.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($code: String!) { country(code: $code) { statistics { ${FIELDS} } } }`,
      variables: { code },
    }),
  });
  const { data } = (await response.json()) as { data: { country: { statistics: Statistic[] } } };
  return { statistics: data.country.statistics, cached: response.headers.get('x-atlas-cache') === 'hit' };
}

const published = async (code = 'TL') => (await read(code)).statistics;

const counts = () => atlas.count({ statistics: CountryStatistic, sources: Source, revisions: Revision });

const inputOf = (statistic: Statistic, overrides: Record<string, unknown> = {}) => ({
  indicatorCode: statistic.indicator.code,
  year: statistic.year,
  value: statistic.value,
  sex: statistic.sex,
  note: statistic.note,
  source: { sourceId: statistic.source.id },
  ...overrides,
});

describe('recordCountryStatistics', () => {
  it('adds a 2024 figure with a new source, shown to anonymous readers at once, with revisions of both', async () => {
    const before = await counts();
    const shownBefore = await published();
    expect((await read()).cached).toBe(true);
    const source = newSource();
    const { data, errors } = await record([row({ note: 'Workers abroad, SEFOPE register.', source })]);
    expect(errors).toBeUndefined();
    const [added] = data!.recordCountryStatistics;
    expect(added).toMatchObject({
      year: 2024,
      value: 21000,
      sex: 'TOTAL',
      note: 'Workers abroad, SEFOPE register.',
      version: 1,
      country: { code: 'TL' },
      indicator: { code: 'MIGRANT_WORKERS_ABROAD', unit: 'persons' },
      source: { ...source, title: source.title },
    });
    expect(await counts()).toEqual({
      statistics: before.statistics + 1,
      sources: before.sources + 1,
      revisions: before.revisions + 2,
    });
    // The anonymous answer read before was cached: the write emptied the cache.
    const { statistics: shown, cached } = await read();
    expect(cached).toBe(false);
    expect(shown).toHaveLength(shownBefore.length + 1);
    expect(shown).toContainEqual(added);

    const [creation] = await revisionsOf(added!.id);
    expect(creation).toMatchObject({
      action: 'CREATE',
      version: 1,
      before: null,
      after: {
        countryCode: 'TL',
        indicatorCode: 'MIGRANT_WORKERS_ABROAD',
        year: 2024,
        value: 21000,
        sex: 'TOTAL',
        sourceId: added!.source.id,
        sourceTitle: source.title,
      },
    });
    expect((await revisionsOf(added!.source.id)).map((r) => r.action)).toEqual(['CREATE']);
  });

  it('cites an existing source by ID, or by a new source’s address already in the Atlas, without copying it', async () => {
    const before = await counts();
    const { data, errors } = await record([
      row({ indicatorCode: 'REMITTANCES_USD', year: 2023, value: 52_500_000.5 }),
      row({
        indicatorCode: 'REMITTANCES_PCT_GDP',
        year: 2023,
        value: 2.5,
        source: { title: 'Another title', url: knownSource.url },
      }),
    ]);
    expect(errors).toBeUndefined();
    expect(data!.recordCountryStatistics.map((s) => s.source.id)).toEqual([knownSource.id, knownSource.id]);
    expect(await counts()).toEqual({ ...before, statistics: before.statistics + 2, revisions: before.revisions + 2 });
  });

  it('refuses bad rows all at once, each problem at its row and field, and writes nothing', async () => {
    const before = await counts();
    const refused = await record([
      row({ source: null }),
      row({ year: 2099 }),
      row({ indicatorCode: 'REMITTANCES_PCT_GDP', value: 150 }),
      row({ value: -40, year: 2020 }),
      row(),
      row({ indicatorCode: 'NO_SUCH_INDICATOR', source: { sourceId: 'bogus' } }),
      row({ value: 1.5, source: { title: '', url: 'javascript:alert(1)' } }),
    ]);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const fields = refused.errors![0]!.extensions!.fields!;
    expect(fieldPaths(refused)).toEqual([
      'rows[0].source',
      'rows[1].year',
      'rows[2].value',
      'rows[3].value',
      'rows[5].indicatorCode',
      'rows[5].source.sourceId',
      'rows[6].source.title',
      'rows[6].source.url',
      'rows[6].value',
    ]);
    const message = (path: string) => fields.find((field) => field.path === path)?.message;
    expect(message('rows[0].source')).toBe('choose a source, or give a new one’s title and address');
    expect(message('rows[1].year')).toMatch(/^must be a year from 1900 to 20\d\d$/);
    expect(message('rows[2].value')).toBe('must be a percentage from 0 to 100');
    expect(message('rows[3].value')).toBe('must be a whole number of persons from 0 to 10,000,000,000');
    expect(message('rows[5].indicatorCode')).toBe('no indicator has this code');
    expect(message('rows[6].source.url')).toBe('must be a web address starting with http:// or https://');
    expect(await counts()).toEqual(before);

    expect(fieldPaths(await record([]))).toEqual(['rows']);
    expect(errorCode(await record([row()], editor, 'XX'))).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('keeps a deliberate disagreement: the same figure from two sources is stored and shown twice', async () => {
    const figure = { indicatorCode: 'NATIONALS_ABROAD', year: 2022, sex: 'FEMALE' };
    const first = await record([row({ ...figure, value: 9000 })]);
    const second = await record([row({ ...figure, value: 9600, source: newSource('A second count of women abroad') })]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    const disagreeing = (await published()).filter(
      (s) => s.indicator.code === figure.indicatorCode && s.year === figure.year && s.sex === figure.sex,
    );
    expect(disagreeing.map((s) => [s.value, s.source.title])).toEqual([
      [9000, expect.any(String)],
      [9600, 'A second count of women abroad'],
    ]);
    expect(new Set(disagreeing.map((s) => s.source.id)).size).toBe(2);

    // The same source again is a correction of its figure, not a second figure: refused, naming it.
    const before = await counts();
    const repeated = await record([row({ ...figure, value: 9100 })]);
    expect(fieldPaths(repeated)).toEqual(['rows[0].source']);
    expect(repeated.errors![0]!.extensions!.fields![0]!.message).toBe(
      'this source already gives Timor-Leste’s nationals living abroad in 2022 (female): correct that figure instead of adding a second one',
    );
    const twice = await record([row({ ...figure, year: 2021 }), row({ ...figure, year: 2021, value: 1 })]);
    expect(twice.errors![0]!.extensions!.fields).toEqual([
      {
        path: 'rows[1].source',
        message: 'row 1 gives the same figure from the same source',
        code: 'INVALID',
        values: {},
      },
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe('updateCountryStatistic, deleteCountryStatistic and restoreRevision', () => {
  it('corrects a figure at its version; a stale version gets CONFLICT with the current one, and nothing changes', async () => {
    const [statistic] = (await record([row({ year: 2019, value: 15000 })])).data!.recordCountryStatistics;
    const corrected = await update(statistic!.id, inputOf(statistic!, { value: 15500, note: 'Revised.' }), 1);
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.updateCountryStatistic).toMatchObject({ value: 15500, note: 'Revised.', version: 2 });

    const before = await counts();
    const stale = await update(statistic!.id, inputOf(statistic!, { value: 99 }), 1);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    expect(errorCode(await remove(statistic!.id, 1))).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
    expect((await published()).find((s) => s.id === statistic!.id)).toMatchObject({ value: 15500, version: 2 });

    // Bad input is reported before the version is compared, at `input.…`.
    expect(fieldPaths(await update(statistic!.id, inputOf(statistic!, { value: -1, year: 1850 }), 1))).toEqual([
      'input.value',
      'input.year',
    ]);
    // A correction that changes nothing writes nothing.
    const unchanged = await update(statistic!.id, inputOf(corrected.data!.updateCountryStatistic), 2);
    expect(unchanged.data!.updateCountryStatistic.version).toBe(2);
    expect(await counts()).toEqual(before);
    expect(errorCode(await update(knownSource.id, inputOf(statistic!), 2))).toBe('BAD_USER_INPUT');
  });

  it('deletes a figure into its DELETE revision, which brings it back under its ID; an edit goes back too', async () => {
    const [statistic] = (await record([row({ year: 2018, value: 14000 })])).data!.recordCountryStatistics;
    await update(statistic!.id, inputOf(statistic!, { value: 14200 }), 1);
    const before = await counts();
    expect((await remove(statistic!.id, 2)).data).toEqual({ deleteCountryStatistic: true });
    expect(await counts()).toEqual({ ...before, statistics: before.statistics - 1, revisions: before.revisions + 1 });
    expect((await published()).some((s) => s.id === statistic!.id)).toBe(false);
    expect(errorCode(await remove(statistic!.id, 2))).toBe('NOT_FOUND');

    const [deletion, edit, creation] = await revisionsOf(statistic!.id);
    expect([deletion!.action, edit!.action, creation!.action]).toEqual(['DELETE', 'UPDATE', 'CREATE']);
    const back = await restore(deletion!.id);
    expect(back.errors).toBeUndefined();
    // Re-created, it starts again at version 1.
    expect(back.data!.restoreRevision).toMatchObject({ id: statistic!.id, value: 14200, version: 1 });
    expect((await published()).find((s) => s.id === statistic!.id)).toMatchObject({ value: 14200 });

    // The state after its creation: the edit is undone.
    const undone = await restore(creation!.id);
    expect(undone.data!.restoreRevision).toMatchObject({ id: statistic!.id, value: 14000, version: 2 });
  });

  it('undoes a creation: the state before it is no statistic, and the undone one can be brought back', async () => {
    const [statistic] = (await record([row({ year: 2017, value: 13000 })])).data!.recordCountryStatistics;
    const [creation] = await revisionsOf(statistic!.id);
    const before = await counts();
    const undone = await restore(creation!.id, true);
    expect(undone.errors).toBeUndefined();
    expect(undone.data).toEqual({ restoreRevision: null });
    expect(await counts()).toEqual({ ...before, statistics: before.statistics - 1, revisions: before.revisions + 1 });
    expect((await published()).some((s) => s.id === statistic!.id)).toBe(false);

    const [removal] = await revisionsOf(statistic!.id);
    expect(removal).toMatchObject({ action: 'RESTORE', after: null, before: { year: 2017, value: 13000 } });
    expect(fieldPaths(await restore(creation!.id, true))).toEqual(['id']);
    expect((await restore(removal!.id)).data!.restoreRevision).toMatchObject({ id: statistic!.id, value: 13000 });
  });

  it('undoes the first correction of a seeded figure, whose history begins with it', async () => {
    const seeded = (await published()).find((s) => s.indicator.code === 'NATIONALS_ABROAD' && s.year === 2015)!;
    const corrected = await update(seeded.id, inputOf(seeded, { value: 18200, note: 'Corrected.' }), seeded.version);
    expect(corrected.errors).toBeUndefined();
    const [correction] = await revisionsOf(seeded.id);
    expect(correction).toMatchObject({ action: 'UPDATE', before: { value: seeded.value, note: seeded.note } });
    const back = await restore(correction!.id, true);
    expect(back.data!.restoreRevision).toMatchObject({ value: seeded.value, note: seeded.note, source: seeded.source });

    // Kinds that are never removed say so.
    const practice = await atlas.graphql<{ createPractice: { id: string } }>(
      `mutation($input: PracticeInput!) { createPractice(input: $input) { id } }`,
      {
        input: {
          title: 'Statistics test practice',
          summary: 'A summary.',
          body: 'A body.',
          countryCode: 'TL',
          year: 2024,
          themes: ['DATA_AND_RESEARCH'],
          dimensions: ['ECONOMIC'],
          evidenceLevel: 'DOCUMENTED',
          sources: [{ sourceId: knownSource.id }],
        },
      },
      editor,
    );
    const [created] = await revisionsOf(practice.data!.createPractice.id);
    expect(fieldPaths(await restore(created!.id, true))).toEqual(['before']);
  });

  it('lists the history of a country’s statistics, deleted ones included, for editors', async () => {
    const [kept, deleted] = (await record([row({ year: 2016, value: 1 }), row({ year: 2016, value: 2, sex: 'MALE' })]))
      .data!.recordCountryStatistics;
    await remove(deleted!.id, 1);
    await record([row({ year: 2016, value: 3 })], editor, 'PH');
    const { data } = await atlas.graphql<{ country: { statisticRevisions: RevisionEntry[] } }>(
      HISTORY,
      { code: 'TL' },
      editor,
    );
    const history = data!.country.statisticRevisions;
    expect(history.slice(0, 3).map((r) => [r.action, r.entityGlobalId])).toEqual([
      ['DELETE', deleted!.id],
      ['CREATE', deleted!.id],
      ['CREATE', kept!.id],
    ]);
    expect(history.every((r) => (r.after ?? r.before)!.countryCode === 'TL')).toBe(true);
    expect(errorCode(await atlas.graphql(HISTORY, { code: 'TL' }))).toBe('UNAUTHENTICATED');
  });

  it('are for editors and admins only: anonymous readers and contributors change nothing', async () => {
    const contributor = (await atlas.signIn(Role.CONTRIBUTOR)).token;
    const admin = (await atlas.signIn(Role.ADMIN)).token;
    const [target] = (await record([row({ year: 2015, value: 5 })])).data!.recordCountryStatistics;
    const [creation] = await revisionsOf(target!.id);
    const before = await counts();
    for (const token of ['', contributor]) {
      const code = token ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      expect(errorCode(await record([row({ year: 2014 })], token))).toBe(code);
      expect(errorCode(await update(target!.id, inputOf(target!, { value: 6 }), 1, token))).toBe(code);
      expect(errorCode(await remove(target!.id, 1, token))).toBe(code);
      expect(errorCode(await restore(creation!.id, true, token))).toBe(code);
      expect(errorCode(await atlas.graphql(HISTORY, { code: 'TL' }, token))).toBe(code);
    }
    expect(await counts()).toEqual(before);

    expect((await record([row({ year: 2014 })], admin)).errors).toBeUndefined();
    expect((await remove(target!.id, 1, admin)).data).toEqual({ deleteCountryStatistic: true });
  });
});
