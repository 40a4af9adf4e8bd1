import type { Knex } from '@mikro-orm/knex';
import type { Dialect } from '../config';

const MAX_TERMS = 12;

/** The words of a search, letters and digits only: nothing a user types can break the query syntax. */
export function searchTerms(text: string | null | undefined): string[] {
  return (
    (text ?? '')
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, MAX_TERMS) ?? []
  );
}

/**
 * Ranked full-text search, one implementation per database: SQLite FTS5 (porter stemming, bm25
 * with title weighted over summary over body) and PostgreSQL tsvector (english stemming, ts_rank
 * over title A, summary B, body C). Every term must match; each is also a prefix.
 */
export interface FullText {
  /** Restricts `practice as p` to matching rows. */
  filter(qb: Knex.QueryBuilder, terms: string[]): void;
  /** The ids of every practice matching, best first (then newest id first), as `id`. */
  ranked(knex: Knex, terms: string[]): Knex.QueryBuilder;
}

const sqlite: FullText = {
  filter(qb, terms) {
    qb.whereRaw('p.id in (select rowid from practice_fts where practice_fts match ?)', [fts5Query(terms)]);
  },
  ranked(knex, terms) {
    return knex
      .from('practice_fts')
      .select({ id: 'rowid' })
      .whereRaw('practice_fts match ?', [fts5Query(terms)])
      .orderByRaw('bm25(practice_fts, 10.0, 4.0, 1.0) asc, rowid desc');
  },
};

const postgresql: FullText = {
  filter(qb, terms) {
    qb.whereRaw(`p.search @@ to_tsquery('english', ?)`, [tsQuery(terms)]);
  },
  ranked(knex, terms) {
    return knex
      .from({ p: 'practice' })
      .select('p.id')
      .whereRaw(`p.search @@ to_tsquery('english', ?)`, [tsQuery(terms)])
      .orderByRaw(`ts_rank(p.search, to_tsquery('english', ?)) desc, p.id desc`, [tsQuery(terms)]);
  },
};

export function fullText(dialect: Dialect): FullText {
  return dialect === 'postgresql' ? postgresql : sqlite;
}

function fts5Query(terms: string[]): string {
  return terms.map((term) => `"${term}"*`).join(' ');
}

function tsQuery(terms: string[]): string {
  return terms.map((term) => `${term}:*`).join(' & ');
}
