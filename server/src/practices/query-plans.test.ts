import { PracticeStatus, type PracticeCriteria } from '@atlas/shared';
import type { Knex } from '@mikro-orm/knex';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test-support/test-database';
import { recentOutcomesQuery } from '../compare/compare-countries';
import { fullText, postgresqlCandidatesRanked } from './full-text';
import { practiceQuery } from './practice-query';

const db = useTestDatabase({ synthetic: { programs: 100, practices: 5000, outcomes: 20_000, seed: 7 }, analyze: true });

/**
 * The plan the database chooses for a statement. On PostgreSQL sequential scans are discouraged
 * for the plan: with a few thousand rows it rightly prefers them, and what is checked here is that
 * an index serves each query when the table is large (pnpm bench measures that at 100,000 rows).
 */
async function planOf(query: Knex.QueryBuilder): Promise<string> {
  const sql = query.toString();
  if (db.dialect === 'sqlite') {
    const rows = (await db.knex.raw(`explain query plan ${sql}`)) as { detail: string }[];
    return rows.map((row) => row.detail).join('\n');
  }
  return db.knex.transaction(async (trx) => {
    await trx.raw('set local enable_seqscan = off');
    const result = (await trx.raw(`explain ${sql}`)) as { rows: { 'QUERY PLAN': string }[] };
    return result.rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

const published = (criteria: Partial<PracticeCriteria>): PracticeCriteria => ({
  statuses: [PracticeStatus.PUBLISHED],
  visibility: { all: false, ownerId: null },
  masks: {},
  choices: {},
  terms: [],
  ...criteria,
});

/** The practices a filter selects, as the page, the total and the facets select them. */
const practices = (criteria: Partial<PracticeCriteria>) =>
  practiceQuery(db.knex, db.dialect, published(criteria)).select('p.id');

function usesIndex(plan: string, index: string): boolean {
  return db.dialect === 'sqlite' ? plan.includes(`INDEX ${index}`) : new RegExp(`(using|on) ${index}\\b`).test(plan);
}

describe('the main queries use their indexes', () => {
  it('practices of a country', async () => {
    const plan = await planOf(practices({ countryCodes: ['ID'] }));
    const either = ['practice_status_country_id_index', 'practice_facets_index'];
    expect(
      either.some((index) => usesIndex(plan, index)),
      plan,
    ).toBe(true);
  });

  it('facet counts, from the narrow facets index rather than the wide rows', async () => {
    const bits = practices({ masks: { themes: 1 } })
      .clearSelect()
      .select(db.knex.raw('sum(case when (p.dimensions & 1) <> 0 then 1 else 0 end) as d'));
    const plan = await planOf(bits);
    if (db.dialect === 'sqlite') expect(plan, plan).toContain('COVERING INDEX practice_facets_index');
    else expect(usesIndex(plan, 'practice_facets_index'), plan).toBe(true);
  });

  it('practices of a programme', async () => {
    const plan = await planOf(practices({ programId: 1 }));
    expect(usesIndex(plan, 'practice_status_program_id_index'), plan).toBe(true);
  });

  it('practices of a span of years', async () => {
    const plan = await planOf(practices({ yearFrom: 2015, yearTo: 2018 }));
    expect(usesIndex(plan, 'practice_status_year_index'), plan).toBe(true);
  });

  it('full-text search', async () => {
    // A word of the real seed's Desmigratif practices: selective, as most searches are.
    const plan = await planOf(practices({ terms: ['desmigratif'] }));
    if (db.dialect === 'sqlite') expect(plan, plan).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
    else expect(usesIndex(plan, 'practice_search_index'), plan).toBe(true);
    const ranked = await planOf(fullText(db.dialect).ranked(db.knex, ['desmigratif']));
    if (db.dialect === 'sqlite') expect(ranked, ranked).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
    else expect(usesIndex(ranked, 'practice_search_index'), ranked).toBe(true);
  });

  it('the ids of the matches of a common word, by the index as the planner chooses it unforced', async () => {
    // A fifth of the practices match: with the default page costs, PostgreSQL read every tsvector instead.
    const matched = fullText(db.dialect).matched(db.knex, ['entrepreneur']);
    const rows = await db.knex.raw(`explain ${db.dialect === 'sqlite' ? 'query plan ' : ''}${matched.toString()}`);
    const plan =
      db.dialect === 'sqlite'
        ? (rows as { detail: string }[]).map((row) => row.detail).join('\n')
        : (rows as { rows: { 'QUERY PLAN': string }[] }).rows.map((row) => row['QUERY PLAN']).join('\n');
    if (db.dialect === 'sqlite') expect(plan, plan).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
    else expect(usesIndex(plan, 'practice_search_index'), plan).toBe(true);
  });

  it('the candidates of a one-word search, by the title index (PostgreSQL; SQLite ranks every match)', async () => {
    if (db.dialect === 'sqlite') {
      expect(await db.knex.raw(`select name from pragma_table_info('practice') where name = 'title_search'`)).toEqual(
        [],
      );
      return;
    }
    const plan = await planOf(postgresqlCandidatesRanked(db.knex, 'entrepreneur', null, 0.4));
    expect(usesIndex(plan, 'practice_title_search_index'), plan).toBe(true);
  });

  it('outcomes of an indicator over years (outcomeSeries, compareCountries)', async () => {
    const plan = await planOf(db.knex.from('outcome').where('indicator_id', 1).where('year', '>=', 2010).select('id'));
    expect(usesIndex(plan, 'outcome_indicator_id_year_index'), plan).toBe(true);
  });

  it('the most recent outcomes of the countries compared, read in index order (compareCountries)', async () => {
    const ids = Array.from({ length: 11 }, (_, index) => index + 1);
    const plan = await planOf(recentOutcomesQuery(db.knex, ids, null));
    expect(usesIndex(plan, 'outcome_year_id_index'), plan).toBe(true);
    if (db.dialect === 'sqlite') expect(plan, plan).not.toContain('TEMP B-TREE');
  });

  it('outcomes of a programme', async () => {
    const plan = await planOf(db.knex.from('outcome').where('program_id', 1).select('id'));
    expect(usesIndex(plan, 'outcome_program_id_index'), plan).toBe(true);
  });

  it('a practice by its id (node, practice)', async () => {
    const plan = await planOf(db.knex.from('practice').where('id', 42).select('title'));
    expect(plan, plan).toMatch(
      db.dialect === 'sqlite' ? /USING INTEGER PRIMARY KEY/ : /Index Scan using practice_pkey/,
    );
  });
});
