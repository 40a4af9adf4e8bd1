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
  /** Orders `practice as p` by relevance, best first. */
  orderByRank(qb: Knex.QueryBuilder, terms: string[]): void;
}

const sqlite: FullText = {
  filter(qb, terms) {
    qb.whereRaw('p.id in (select rowid from practice_fts where practice_fts match ?)', [fts5Query(terms)]);
  },
  orderByRank(qb, terms) {
    qb.joinRaw(
      'join (select rowid as fts_id, bm25(practice_fts, 10.0, 4.0, 1.0) as fts_rank from practice_fts where practice_fts match ?) fts on fts.fts_id = p.id',
      [fts5Query(terms)],
    );
    qb.orderByRaw('fts.fts_rank asc');
  },
};

const postgresql: FullText = {
  filter(qb, terms) {
    qb.whereRaw(`p.search @@ to_tsquery('english', ?)`, [tsQuery(terms)]);
  },
  orderByRank(qb, terms) {
    qb.orderByRaw(`ts_rank(p.search, to_tsquery('english', ?)) desc`, [tsQuery(terms)]);
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
