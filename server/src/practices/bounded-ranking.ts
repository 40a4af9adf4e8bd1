import type { EntityManager, Knex } from '@mikro-orm/knex';
import { HeldUntilChange, practiceChangeToken } from '../facets/change-token';
import { postgresqlCandidatesRanked } from './full-text';

/*
 * PostgreSQL ranks a search with `ts_rank`, reading the tsvector of every match: some 20,000 for a
 * common word among 100,000 practices. For a search of one word the page's matches can be found
 * among far fewer, with the same ranks and order, because of how `ts_rank` adds up a prefix's
 * lexemes (calc_rank_or in PostgreSQL's tsrank.c, default weights: title A 1.0, summary B 0.4,
 * body C 0.2). Each lexeme of the prefix that a practice holds adds
 *
 *   (w_max + Σ_{j ≠ jm} w_j / (j + 1)²) / 1.64493406685
 *
 * over its positions j in text order, w_max the first of its greatest weights (at jm). Summary
 * positions come before body positions, so a lexeme absent from the title has its greatest weight
 * first, and adds less than 0.4 · (π²/6) / 1.64493406685 < 0.4. A practice whose title lacks the
 * word, holding one lexeme of the prefix and no translation matching, therefore ranks below 0.4;
 * any other match is a candidate: its title holds the word, or it holds two lexemes of the prefix
 * (found in the index by their pairs), or a translation matches. Candidates ranking above the floor
 * are ranked exactly and placed exactly as among every match; a page made only of them (and one
 * more, for `hasNextPage`) is the page of every match. Anything else is read from every match.
 */

/** Below this rank lies every match that is not a candidate (0.4, with room for float rounding). */
export const CANDIDATE_FLOOR = 0.4004;

/** A prefix with more lexemes than this is ranked over every match: the pairs grow as their square. */
const MOST_LEXEMES = 8;

/** The candidates above the floor, as `ranked` of full-text.ts gives every match. */
export interface BoundedRanking {
  ranked: () => Knex.QueryBuilder;
  /** Whether the practices changed since the lexicon was read (the page is then read from every match). */
  changed: () => Promise<boolean>;
}

/**
 * The bounded ranking of a search (PostgreSQL), or null where it does not apply: several words, a
 * word that is several lexemes, a prefix of more than `MOST_LEXEMES` lexemes, or a lexicon not yet
 * read since the practices last changed (read then, at most every 30 s, for the searches after).
 */
export async function boundedRanking(em: EntityManager, terms: string[]): Promise<BoundedRanking | null> {
  if (terms.length !== 1) return null;
  const [held, prefix] = await Promise.all([lexicon.ifReady(em), prefixOf(em, terms[0]!)]);
  if (!held || prefix === null) return null;
  const lexemes = wordsStartingWith(held.value, prefix);
  if (lexemes.length > MOST_LEXEMES) return null;
  const knex = em.getKnex();
  return {
    ranked: () => knex.from(postgresqlCandidatesRanked(knex, terms[0]!, pairsOf(lexemes), CANDIDATE_FLOOR).as('r')),
    changed: async () => (await practiceChangeToken(em.fork() as EntityManager)) !== held.token,
  };
}

/**
 * Every distinct lexeme of the practices' texts, sorted, held until they change. Reading it takes a
 * pass over every tsvector (about 3 s at 100,000 practices), which a search does not wait for; and
 * while editors change practices every few seconds, a pass each time would keep PostgreSQL busy for
 * a lexicon stale when read, so reads start at least 30 s apart. Searches meanwhile rank every match.
 */
const lexicon = new HeldUntilChange(
  async (em) =>
    (await em.execute<{ word: string }[]>(`select word from ts_stat('select search from practice')`))
      .map((row) => row.word)
      .sort(),
  30_000,
);

/** The lexicon as of the current change token, read now if it is not (for tests). */
export function searchLexicon(em: EntityManager): Promise<string[]> {
  return lexicon.current(em);
}

/** The words of a sorted list that start with `prefix`. */
export function wordsStartingWith(sorted: readonly string[], prefix: string): string[] {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix); i++) found.push(sorted[i]!);
  return found;
}

/** A tsquery text matching what holds two of `lexemes`, or null for fewer than two. */
export function pairsOf(lexemes: readonly string[]): string | null {
  const quoted = lexemes.map((word) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`);
  const pairs = quoted.flatMap((a, i) => quoted.slice(i + 1).map((b) => `(${a} & ${b})`));
  return pairs.length > 0 ? pairs.join(' | ') : null;
}

/** The lexemes of a search term as English stemming makes them, per term: the same every time. */
const prefixes = new Map<string, string | null>();

/** The lexeme a term's prefix query searches for, or null when the term makes none or several. */
async function prefixOf(em: EntityManager, term: string): Promise<string | null> {
  if (prefixes.has(term)) return prefixes.get(term)!;
  const [row] = await em.execute<{ query: string }[]>(`select cast(to_tsquery('english', ?) as text) as query`, [
    `${term}:*`,
  ]);
  const prefix = /^'([^'\\]+)':\*$/.exec(row?.query ?? '')?.[1] ?? null;
  if (prefixes.size >= 10_000) prefixes.clear();
  prefixes.set(term, prefix);
  return prefix;
}
