import type { Knex } from '@mikro-orm/knex';
import { expect, it } from 'vitest';
import { useTestDatabase } from '../../test-support/test-database';
import { ANONYMOUS, practiceVisibility, readableSourceIds } from '../access/viewer';

/** Large citing tables, skewed as real ones are: the synthetic records all cite one source. */
const db = useTestDatabase({ synthetic: { programs: 100, practices: 5000, outcomes: 20_000, seed: 7 }, analyze: true });

/** The plan the database chooses, left free to scan (it did, per source, when the rule was `exists … or exists …`). */
async function planOf(query: Knex.QueryBuilder): Promise<string[]> {
  if (db.dialect === 'sqlite') {
    const rows = (await db.knex.raw(`explain query plan ${query.toString()}`)) as { detail: string }[];
    return rows.map((row) => row.detail);
  }
  const result = (await db.knex.raw(`explain ${query.toString()}`)) as { rows: { 'QUERY PLAN': string }[] };
  return result.rows.map((row) => row['QUERY PLAN']);
}

it('reads sources by ID probing indexes, never scanning the practices or the outcomes that cite them', async () => {
  const ids = (await db.knex('source').select('id').orderBy('id', 'desc').limit(25)).map(
    (row: { id: number }) => row.id,
  );
  const query = db.knex
    .from('source')
    .select('id')
    .whereIn('id', ids)
    .whereIn('id', readableSourceIds(db.knex, practiceVisibility({ userId: 1, role: null }), ids));
  const plan = await planOf(query);
  // SQLite: every table searched through an index. PostgreSQL: every clause a join, none a subplan
  // run per source (which scanned the outcomes once per source); at this size it rightly hashes
  // the 5,000 practices, and probes them by index at 100,000 (0.9 ms for 25 sources, measured).
  const bad = plan.filter((line) =>
    db.dialect === 'sqlite' ? /^SCAN /.test(line.trim()) : /SubPlan|Seq Scan on outcome\b/.test(line),
  );
  expect(bad, plan.join('\n')).toEqual([]);
});

it('answers the same with the rule applied to every source at once (the public download) as one by one', async () => {
  const visibility = practiceVisibility(ANONYMOUS);
  const all = await db.knex
    .from({ s: 'source' })
    .select('s.id')
    .whereIn('s.id', readableSourceIds(db.knex, visibility));
  const ids = (await db.knex('source').select('id')).map((row: { id: number }) => row.id);
  const oneByOne: number[] = [];
  for (let start = 0; start < ids.length; start += 25) {
    const among = ids.slice(start, start + 25);
    const rows = await db.knex
      .from('source')
      .select('id')
      .whereIn('id', readableSourceIds(db.knex, visibility, among));
    oneByOne.push(...rows.map((row: { id: number }) => Number(row.id)));
  }
  const sorted = (values: number[]) => [...new Set(values.map(Number))].sort((a, b) => a - b);
  expect(sorted(oneByOne)).toEqual(sorted(all.map((row: { id: number }) => row.id)));
  expect(oneByOne.length).toBeGreaterThan(100);
});
