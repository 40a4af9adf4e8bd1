import type { Knex } from '@mikro-orm/knex';
import type { Dialect } from '../config';

/**
 * Ranked full-text search, one implementation per database: SQLite FTS5 (porter stemming, bm25
 * with title weighted over summary over body) and PostgreSQL tsvector (english stemming, ts_rank
 * over title A, summary B, body C). Every term must match; each is also a prefix. The terms are
 * `searchTerms` of `@atlas/shared` (letters and digits only), as the criteria hold them.
 *
 * A practice also matches by its translations (translations/, the `translation` table of migration
 * 20261201): when every term matches its texts in one language, without English stemming (FTS5's
 * unicode61; PostgreSQL's `indonesian` for Bahasa Indonesia, `simple` for the rest). Its rank is
 * the better of its original texts' and of that language's (each text's rank weighted by field).
 */
export interface FullText {
  /** Restricts `practice as p` to matching rows. */
  filter(qb: Knex.QueryBuilder, terms: string[]): void;
  /**
   * The ids of every practice matching, as `id`, from the indexes alone; an id may come twice (by
   * its own texts and by a translation): removing the repeats cost the database a sort or a hash
   * of every match, which the caller's set does for less.
   */
  matched(knex: Knex, terms: string[]): Knex.QueryBuilder;
  /**
   * Every practice matching, as `id` with its `rank`, unordered: a page orders them (by rank, then
   * newest id first) and reads only its own, so the database keeps the best few of its ranks
   * instead of sending every match's.
   */
  ranked(knex: Knex, terms: string[]): Knex.QueryBuilder;
  /** Which way `rank` runs from the best match: bm25 is lower for better matches, ts_rank higher. */
  rankDirection: 'asc' | 'desc';
  /**
   * Whether a practice's rank depends on its own texts only. ts_rank does; bm25 also weighs each
   * word by how rare it is among all practices, so adding or changing any practice shifts every
   * rank a little: a cursor then finds its place by its practice (pagination.ts, `keysetPageOf`).
   */
  rankOwnTexts: boolean;
}

/** Terms matching a practice's translations (SQLite): every one among the texts of one language. */
function sqliteTranslated(terms: string[], ranked: boolean): { sql: string; bindings: string[] } {
  const all = terms
    .map(() => 'max(t.id in (select rowid from translation_fts where translation_fts match ?))')
    .join(' and ');
  // bm25 is refused inside an aggregate: each text's rank is read first, then summed per language. The
  // `limit -1` (no limit) keeps SQLite from flattening that subquery into the aggregate.
  return {
    sql: `select t.record_id as id${ranked ? `, sum(f.rank * ${FIELD_WEIGHT}) as rank` : ''}
      from (select rowid as id, bm25(translation_fts) as rank from translation_fts where translation_fts match ? limit -1) as f
      join translation t on t.id = f.id
      where t.record_type = 'Practice'
      group by t.record_id, t.language having ${all}`,
    bindings: [terms.map(fts5Term).join(' OR '), ...terms.map(fts5Term)],
  };
}

/** The weights of title, summary and body in the practice's own rank, for each translated text. */
const FIELD_WEIGHT = "(case t.field when 'title' then 10.0 when 'summary' then 4.0 else 1.0 end)";

/** The ids of the practices matching `terms` (SQLite), as `id`. */
function sqliteMatched(terms: string[]): { sql: string; bindings: string[] } {
  const translated = sqliteTranslated(terms, false);
  return {
    sql: `select rowid as id from practice_fts where practice_fts match ? union all select id from (${translated.sql})`,
    bindings: [fts5Query(terms), ...translated.bindings],
  };
}

const sqlite: FullText = {
  filter(qb, terms) {
    const { sql, bindings } = sqliteMatched(terms);
    qb.whereRaw(`p.id in (${sql})`, bindings);
  },
  matched(knex, terms) {
    const { sql, bindings } = sqliteMatched(terms);
    return knex.from(knex.raw(`(${sql}) as matched`, bindings)).select('id');
  },
  ranked(knex, terms) {
    const translated = sqliteTranslated(terms, true);
    return knex
      .from(
        knex.raw(
          `(select rowid as id, bm25(practice_fts, 10.0, 4.0, 1.0) as rank from practice_fts where practice_fts match ?
            union all ${translated.sql}) as matched`,
          [fts5Query(terms), ...translated.bindings],
        ),
      )
      .select('id', knex.raw('min(rank) as rank'))
      .groupBy('id');
  },
  rankDirection: 'asc',
  rankOwnTexts: false,
};

/** A translation's text matching `?` (a tsquery), with the configuration of its language, as the migration indexes it. */
const PG_TRANSLATION_MATCH = `(case when t.language = 'id' then t.search @@ to_tsquery('indonesian', ?) else t.search @@ to_tsquery('simple', ?) end)`;
const PG_TRANSLATION_RANK = `ts_rank(t.search, case when t.language = 'id' then to_tsquery('indonesian', ?) else to_tsquery('simple', ?) end)`;

/** Terms matching a practice's translations (PostgreSQL): every one among the texts of one language. */
function postgresqlTranslated(terms: string[], ranked: boolean): { sql: string; bindings: string[] } {
  const any = terms.map(tsTerm).join(' | ');
  const all = terms.map(() => `bool_or${PG_TRANSLATION_MATCH}`).join(' and ');
  return {
    sql: `select t.record_id as id${ranked ? `, sum(${PG_TRANSLATION_RANK}) as rank` : ''} from translation t
      -- Any term, spelled out per configuration so that the GIN index serves it; then all of them per language.
      where t.record_type = 'Practice' and ((t.language = 'id' and t.search @@ to_tsquery('indonesian', ?))
        or (t.language <> 'id' and t.search @@ to_tsquery('simple', ?)))
      group by t.record_id, t.language having ${all}`,
    bindings: [...(ranked ? [any, any] : []), any, any, ...terms.flatMap((term) => [tsTerm(term), tsTerm(term)])],
  };
}

/** The ids of the practices matching `terms` (PostgreSQL), as `id`. */
function postgresqlMatched(terms: string[]): { sql: string; bindings: string[] } {
  const translated = postgresqlTranslated(terms, false);
  return {
    sql: `select id from practice where search @@ to_tsquery('english', ?) union all select id from (${translated.sql}) as translated`,
    bindings: [tsQuery(terms), ...translated.bindings],
  };
}

const postgresql: FullText = {
  filter(qb, terms) {
    const { sql, bindings } = postgresqlMatched(terms);
    qb.whereRaw(`p.id in (${sql})`, bindings);
  },
  matched(knex, terms) {
    const { sql, bindings } = postgresqlMatched(terms);
    return knex.from(knex.raw(`(${sql}) as matched`, bindings)).select('id');
  },
  ranked(knex, terms) {
    const translated = postgresqlTranslated(terms, true);
    return knex
      .from(
        knex.raw(
          `(select p.id, ts_rank(p.search, to_tsquery('english', ?)) as rank from practice p where p.search @@ to_tsquery('english', ?)
            union all ${translated.sql}) as matched`,
          [tsQuery(terms), tsQuery(terms), ...translated.bindings],
        ),
      )
      .select('id', knex.raw('max(rank) as rank'))
      .groupBy('id');
  },
  rankDirection: 'desc',
  rankOwnTexts: true,
};

/**
 * The practices matching one prefix term (PostgreSQL) whose rank could exceed `floor`, as `id` with
 * their `rank` as `ranked` gives it, only those above `floor`: the practices whose title holds the
 * term, those holding two or more of `lexemes` (every lexeme of the prefix, as a tsquery text of
 * pairs), and those matching by a translation. Only these have their tsvector read and ranked
 * (practices/bounded-ranking.ts tells why no other practice ranks above `floor`).
 */
export function postgresqlCandidatesRanked(
  knex: Knex,
  term: string,
  pairs: string | null,
  floor: number,
): Knex.QueryBuilder {
  const translated = postgresqlTranslated([term], true);
  const byTranslation = postgresqlTranslated([term], false);
  const query = tsQuery([term]);
  const byPairs = pairs === null ? '' : `union select id from practice where search @@ cast(? as tsquery)`;
  return knex
    .from(
      knex.raw(
        `(select p.id, ts_rank(p.search, to_tsquery('english', ?)) as rank from practice p
            join (select id from practice where title_search @@ to_tsquery('english', ?) ${byPairs}
              union select id from (${byTranslation.sql}) as by_translation) as candidate on candidate.id = p.id
            where p.search @@ to_tsquery('english', ?)
          union all ${translated.sql}) as matched`,
        [query, query, ...(pairs === null ? [] : [pairs]), ...byTranslation.bindings, query, ...translated.bindings],
      ),
    )
    .select('id', knex.raw('max(rank) as rank'))
    .groupBy('id')
    .havingRaw('max(rank) > cast(? as real)', [floor]);
}

export function fullText(dialect: Dialect): FullText {
  return dialect === 'postgresql' ? postgresql : sqlite;
}

/** A search term as a prefix, quoted for FTS5 and for to_tsquery. */
const fts5Term = (term: string) => `"${term}"*`;
const tsTerm = (term: string) => `${term}:*`;

function fts5Query(terms: string[]): string {
  return terms.map(fts5Term).join(' ');
}

function tsQuery(terms: string[]): string {
  return terms.map(tsTerm).join(' & ');
}
