import { PracticeStatus, Theme } from '@atlas/shared';
import type { EntityManager } from '@mikro-orm/knex';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test-support/test-database';
import { ANONYMOUS, type Viewer } from '../access/viewer';
import { Role } from '../access/role';
import { InputProblems } from '../graphql/errors';
import { fullText } from './full-text';
import type { PracticeFilter } from './practice-filter.input';
import { PracticeOrder } from './practice-order';
import { practiceQuery } from './practice-query';
import { pageRequest, readKeysetPage } from '../graphql/pagination';
import { practiceCriteria, rankedKeyset, searchPractices } from './practice-search';
import { CANDIDATE_FLOOR, pairsOf, searchLexicon, wordsStartingWith } from './bounded-ranking';

/*
 * A ranked search reads only the best matches its page needs (practice-search.ts): its pages must be
 * those of ranking every match and keeping those the filter selects, forwards and backwards by
 * cursor, with the same total. Run on SQLite by default and on PostgreSQL with a postgres://
 * DATABASE_URL, over the seed and enough synthetic practices that a narrow filter keeps few of the
 * first matches read.
 */

const db = useTestDatabase({ synthetic: { programs: 60, practices: 3000, outcomes: 300, seed: 7 } });

const em = () => db.orm.em.fork() as EntityManager;
const EDITOR: Viewer = { ...ANONYMOUS, userId: 1, role: Role.EDITOR };

/** Every practice matching the terms, best match first: each match ranked, then sorted. */
async function everyMatchRanked(terms: string[]): Promise<number[]> {
  const { ranked, rankDirection } = fullText(db.dialect);
  const matches = await em().execute<{ id: number | string; rank: number | string }[]>(ranked(db.knex, terms));
  const better = rankDirection === 'asc' ? 1 : -1;
  return matches
    .map((match) => ({ id: Number(match.id), rank: Number(match.rank) }))
    .sort((a, b) => (a.rank - b.rank) * better || b.id - a.id)
    .map((match) => match.id);
}

/** Every practice the filter selects, best match first: each match ranked, sorted, then filtered by SQL. */
async function rankedByEveryMatch(filter: PracticeFilter, viewer: Viewer): Promise<number[]> {
  const criteria = practiceCriteria(filter, viewer, new InputProblems());
  const selected = new Set(
    (await em().execute<{ id: number | string }[]>(practiceQuery(db.knex, db.dialect, criteria).select('p.id'))).map(
      (row) => Number(row.id),
    ),
  );
  return (await everyMatchRanked(criteria.terms)).filter((id) => selected.has(id));
}

interface Paged {
  ids: number[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

async function page(filter: PracticeFilter, viewer: Viewer, args: Record<string, unknown>): Promise<Paged> {
  const result = await searchPractices(em(), db.dialect, viewer, { filter, orderBy: PracticeOrder.RELEVANCE, ...args });
  return {
    ids: result.nodes.map((practice) => practice.id),
    totalCount: await result.totalCount,
    hasNextPage: await result.pageInfo.hasNextPage,
    hasPreviousPage: await result.pageInfo.hasPreviousPage,
    startCursor: result.pageInfo.startCursor,
    endCursor: result.pageInfo.endCursor,
  };
}

const SIZE = 40;

/** Single words, several words, prefixes, words of the translations, text the API reduces to words; with and without filters. */
const SEARCHES: { filter: PracticeFilter; viewer: Viewer }[] = [
  { filter: { text: 'entrepreneur' }, viewer: ANONYMOUS },
  { filter: { text: 'entrepreneur' }, viewer: EDITOR },
  { filter: { text: 'training' }, viewer: ANONYMOUS },
  { filter: { text: 'reintegration training' }, viewer: ANONYMOUS },
  { filter: { text: 'women return' }, viewer: EDITOR },
  { filter: { text: 'entre' }, viewer: ANONYMOUS },
  { filter: { text: 'desmigratif' }, viewer: ANONYMOUS },
  { filter: { text: 'pekerja migran' }, viewer: ANONYMOUS },
  { filter: { text: '"loan" OR (* NEAR -' }, viewer: ANONYMOUS },
  { filter: { text: 'training', countryCodes: ['PH'] }, viewer: ANONYMOUS },
  { filter: { text: 'entrepreneur', themes: [Theme.ENTREPRENEURSHIP], yearFrom: 2018 }, viewer: ANONYMOUS },
  { filter: { text: 'training', countryCodes: ['VN'], yearFrom: 2020 }, viewer: EDITOR },
  { filter: { text: 'training', statuses: [PracticeStatus.DRAFT, PracticeStatus.IN_REVIEW] }, viewer: EDITOR },
];

describe('ranked search reading only the best matches', () => {
  it('reads further batches when the first keeps too few, forwards and backwards', async () => {
    // A filter that keeps one match in seven, said to keep them all: each page takes several batches.
    const expected = (await everyMatchRanked(['training'])).filter((id) => id % 7 === 0);
    expect(expected.length).toBeGreaterThan(40);
    const { rankDirection, ranked } = fullText(db.dialect);
    const keyset = rankedKeyset(['training'], rankDirection);
    const kept = { ids: async (ids: number[]) => ids.filter((id) => id % 7 === 0), share: 1 };
    const read = (args: Record<string, unknown>) =>
      readKeysetPage(
        em(),
        db.dialect,
        () => db.knex.from(ranked(db.knex, ['training']).as('r')),
        pageRequest(args, keyset),
        {
          kept,
        },
      );
    const first = await read({ first: 20 });
    expect(first.ids).toEqual(expected.slice(0, 20));
    const second = await read({ first: 20, after: first.cursors.get(first.ids.at(-1)!) });
    expect(second.ids).toEqual(expected.slice(20, 40));
    expect(await second.hasPreviousPage()).toBe(true);
    const back = await read({ last: 15, before: second.cursors.get(second.ids[0]!) });
    expect(back.ids).toEqual(expected.slice(5, 20));
    expect(await back.hasPreviousPage()).toBe(true);
    expect(await back.hasNextPage()).toBe(true);
  });

  it.each(SEARCHES)(
    'pages $filter forwards as ranking every match does',
    async ({ filter, viewer }) => {
      const expected = await rankedByEveryMatch(filter, viewer);
      const seen: number[] = [];
      let after: string | null = null;
      for (;;) {
        const result = await page(filter, viewer, { first: SIZE, after });
        expect(result.ids).toEqual(expected.slice(seen.length, seen.length + SIZE));
        expect(result.totalCount).toBe(expected.length);
        expect(result.hasPreviousPage).toBe(seen.length > 0);
        seen.push(...result.ids);
        expect(result.hasNextPage).toBe(seen.length < expected.length);
        if (!result.hasNextPage) break;
        after = result.endCursor;
      }
      expect(seen).toEqual(expected);
    },
    60_000,
  );

  it.each(SEARCHES)(
    'pages $filter backwards as ranking every match does',
    async ({ filter, viewer }) => {
      const expected = await rankedByEveryMatch(filter, viewer);
      const seen: number[] = [];
      let before: string | null = null;
      for (;;) {
        const result = await page(filter, viewer, { last: SIZE, before });
        const end = expected.length - seen.length;
        expect(result.ids).toEqual(expected.slice(Math.max(0, end - SIZE), end));
        expect(result.hasNextPage).toBe(seen.length > 0);
        seen.unshift(...result.ids);
        expect(result.hasPreviousPage).toBe(seen.length < expected.length);
        if (!result.hasPreviousPage) break;
        before = result.startCursor;
      }
      expect(seen).toEqual(expected);
    },
    60_000,
  );
});

/** The single words of `SEARCHES`, and words whose prefix is several lexemes ("entre", "train"). */
const WORDS = ['entrepreneur', 'training', 'entre', 'train', 'desmigratif', 'women', 'loan', 'village'];

describe('a search of one word ranked from its bounded candidates (PostgreSQL)', () => {
  it('leaves out of the candidates no match ranking above the floor', async () => {
    // SQLite ranks by bm25, which no candidate set bounds: every match is ranked there.
    if (db.dialect !== 'postgresql') {
      const result = await searchPractices(em(), db.dialect, ANONYMOUS, { filter: { text: 'training' }, first: 5 });
      expect(result.rankedFrom).toBe('every match');
      return;
    }
    const lexicon = await searchLexicon(em());
    let outsideCount = 0;
    for (const word of WORDS) {
      const query = await db.knex.raw<{ rows: { query: string }[] }>(
        `select cast(to_tsquery('english', ?) as text) as query`,
        [`${word}:*`],
      );
      const prefix = /^'(.+)':\*$/.exec(query.rows[0]!.query)![1]!;
      const pairs = pairsOf(wordsStartingWith(lexicon, prefix));
      // Every practice whose own texts match, outside the candidates: one lexeme, none in the title.
      const outside = await db.knex.raw<{ rows: { id: number; rank: number }[] }>(
        `select id, ts_rank(search, to_tsquery('english', ?)) as rank from practice
          where search @@ to_tsquery('english', ?) and not title_search @@ to_tsquery('english', ?)
          ${pairs ? 'and not search @@ cast(? as tsquery)' : ''}`,
        [`${word}:*`, `${word}:*`, `${word}:*`, ...(pairs ? [pairs] : [])],
      );
      outsideCount += outside.rows.length;
      for (const row of outside.rows) {
        expect(Number(row.rank), `${word}: practice ${row.id}`).toBeLessThan(CANDIDATE_FLOOR);
      }
    }
    expect(outsideCount).toBeGreaterThan(1000);
  });

  it.each([
    { text: 'entrepreneur', first: 3 },
    { text: 'training', first: 10 },
    { text: 'entre', first: 5 },
    { text: 'desmigratif', first: 2 },
  ])('reads the page of $text as ranking every match does, from the candidates', async ({ text, first }) => {
    if (db.dialect === 'postgresql') await searchLexicon(em());
    const expected = await rankedByEveryMatch({ text }, ANONYMOUS);
    let after: string | null = null;
    const seen: number[] = [];
    const readFrom = new Set<string | null>();
    // From the candidates while they fill a page, then from every match: the same pages throughout.
    for (let pageNumber = 0; pageNumber < 4; pageNumber++) {
      const result = await searchPractices(em(), db.dialect, ANONYMOUS, { filter: { text }, first, after });
      readFrom.add(result.rankedFrom);
      expect(result.nodes.map((practice) => practice.id)).toEqual(expected.slice(seen.length, seen.length + first));
      expect(await result.pageInfo.hasNextPage).toBe(seen.length + first < expected.length);
      expect(await result.pageInfo.hasPreviousPage).toBe(seen.length > 0);
      seen.push(...result.nodes.map((practice) => practice.id));
      after = result.pageInfo.endCursor;
    }
    expect(readFrom.has(db.dialect === 'postgresql' ? 'candidates' : 'every match')).toBe(true);
  });
});

describe('the lexicon after a change', () => {
  it('ranks every match while the lexicon is older than the practices, then the candidates once it is read', async () => {
    const search = async () =>
      (await searchPractices(em(), db.dialect, ANONYMOUS, { filter: { text: 'entrepreneur' }, first: 3 })).rankedFrom;
    if (db.dialect === 'postgresql') await searchLexicon(em());
    // Any write to a practice moves its change token (migration 140000's triggers).
    const [{ id }] = await db.knex('practice').select('id').orderBy('id').limit(1);
    await db
      .knex('practice')
      .update({ title: db.knex.ref('title') })
      .where({ id });
    // A new lexicon is not read again within 30 s of the last: this search ranks every match.
    expect(await search()).toBe('every match');
    expect(await search()).toBe('every match');
    if (db.dialect === 'postgresql') {
      await searchLexicon(em());
      expect(await search()).toBe('candidates');
    }
  });
});

describe('the lexicon of a prefix', () => {
  it('finds the words of a sorted list that start with a prefix', () => {
    const sorted = ['entrepreneur', 'entrepreneuri', 'entrepreneurship', 'entri', 'train', 'trainer'];
    expect(wordsStartingWith(sorted, 'entrepreneur')).toEqual(['entrepreneur', 'entrepreneuri', 'entrepreneurship']);
    expect(wordsStartingWith(sorted, 'train')).toEqual(['train', 'trainer']);
    expect(wordsStartingWith(sorted, 'a')).toEqual([]);
    expect(wordsStartingWith(sorted, 'z')).toEqual([]);
    expect(wordsStartingWith([], 'a')).toEqual([]);
  });

  it('makes a tsquery of every pair of lexemes, quoting what needs it', () => {
    expect(pairsOf(['a'])).toBeNull();
    expect(pairsOf(['a', 'b', "c'd"])).toBe(`('a' & 'b') | ('a' & 'c''d') | ('b' & 'c''d')`);
    expect(pairsOf(['x\\y', 'z'])).toBe(`('x\\\\y' & 'z')`);
  });
});
