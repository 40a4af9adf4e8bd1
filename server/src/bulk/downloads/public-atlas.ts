import type { Knex } from '@mikro-orm/knex';
import { ANONYMOUS, practiceVisibility, readableSourceIds } from '../../access/viewer';
import type { Dialect } from '../../config';
import type { AtlasOrm } from '../../db/orm';
import { InputProblems } from '../../graphql/errors';
import { practiceQuery } from '../../practices/practice-query';
import { practiceCriteria } from '../../practices/practice-search';
import { RECORD_KINDS } from '../transfer/record-kinds';
import { atlasChunks, type AtlasScope } from '../transfer/atlas-stream';

/**
 * The public dataset as `pnpm cli export` writes it (same format, kinds, record form and order),
 * each record starting with its `id`, the API's global ID (`node(id:)`), beside its key; cut down
 * to what an anonymous reader of the API may see:
 * - practices: published ones only (the visibility rule of access/viewer.ts, through `practiceQuery`),
 *   without `rejectionReason`;
 * - outcomes: all (programme figures are public, as in `outcomes`), but an outcome's `practice` is
 *   left out unless that practice is published, as `Outcome.practice` does in the API;
 * - sources: those an anonymous reader may read (`readableSourceIds`): cited by a public record, or
 *   curated ones (the seed's, imports') that nothing cites;
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
    sources: (knex) =>
      knex.from({ s: 'source' }).whereIn('s.id', readableSourceIds(knex, practiceVisibility(ANONYMOUS))),
    practiceRecord: (practice) => ({ ...RECORD_KINDS.practices.toRecord(practice), rejectionReason: undefined }),
    globalIds: true,
  };
}
