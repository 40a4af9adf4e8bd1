import type { Knex } from '@mikro-orm/knex';
import { ANONYMOUS } from '../accounts/viewer';
import type { Dialect } from '../config';
import type { AtlasOrm } from '../db/orm';
import { InputProblems } from '../graphql/errors';
import { practiceQuery } from '../practices/practice-query';
import { practiceCriteria } from '../practices/practice-search';
import { recordOf } from '../transfer/atlas-records';
import { atlasChunks, type AtlasScope } from '../transfer/atlas-stream';

/**
 * The public dataset as `pnpm cli export` writes it (same format, kinds, record form and order),
 * cut down to what an anonymous reader of the API may see:
 * - practices: published ones only (the visibility rule of accounts/viewer.ts, through `practiceQuery`),
 *   without `rejectionReason`;
 * - outcomes: all (programme figures are public, as in `outcomes`), but an outcome's `practice` is
 *   left out unless that practice is published, as `Outcome.practice` does in the API;
 * - sources: all but those cited only by unpublished practices;
 * - no accounts, sessions or revisions (the export format has none).
 *
 * `about` comes first (citation, licence), after `format` and `version`. Streamed page by page
 * (transfer/atlas-stream.ts); on PostgreSQL from one consistent snapshot, on SQLite not (its single
 * connection would be held against every other request meanwhile).
 */
export function publicAtlasChunks(
  orm: AtlasOrm,
  dialect: Dialect,
  about: Record<string, unknown>,
): AsyncGenerator<string> {
  return atlasChunks(orm, dialect, { scope: publicScope(dialect), header: about, snapshot: dialect === 'postgresql' });
}

function publicScope(dialect: Dialect): AtlasScope {
  const published = (knex: Knex) => practiceQuery(knex, dialect, practiceCriteria({}, ANONYMOUS, new InputProblems()));
  return {
    practices: published,
    sources: (knex) => publicSources(knex, published),
    practiceRecord: (practice) => ({ ...recordOf.practices(practice), rejectionReason: undefined }),
  };
}

/**
 * Sources but those cited only by unpublished practices: a source that a draft cites is left out
 * unless a public record (a published practice, or any record of another kind) cites it too.
 * Sources cited by no stored record (the seed's country sources, say) are public.
 */
function publicSources(knex: Knex, published: (knex: Knex) => Knex.QueryBuilder): Knex.QueryBuilder {
  const citing = (table: string) => knex.from(table).select('source_id');
  return knex.from({ s: 'source' }).where((visible) => {
    visible
      .whereNotIn('s.id', citing('practice_sources').whereNotIn('practice_id', published(knex).select('p.id')))
      .orWhereIn('s.id', citing('practice_sources').whereIn('practice_id', published(knex).select('p.id')))
      .orWhereIn('s.id', citing('program_sources'))
      .orWhereIn('s.id', citing('event_sources'))
      .orWhereIn('s.id', citing('legal_instrument_sources'))
      .orWhereIn('s.id', citing('regional_instrument_sources'))
      .orWhereIn('s.id', citing('outcome'))
      .orWhereIn('s.id', citing('country_statistic'));
  });
}
