import type { Knex } from '@mikro-orm/knex';
import { PracticeStatus, type PracticeVisibility } from '@atlas/shared';
import { Role } from './role';

/** Who is asking: an anonymous reader, or a signed-in account with its role. */
export interface Viewer {
  userId: number | null;
  role: Role | null;
}

export const ANONYMOUS: Viewer = { userId: null, role: null };

export function isEditor(viewer: Viewer): boolean {
  return viewer.role === Role.EDITOR || viewer.role === Role.ADMIN;
}

/*
 * What a viewer may read: the rules, in one place, that every path applies (lists, `node`, nested
 * fields, counts, references in inputs, the public download).
 * - Practices: published ones for everybody; also their own, whatever the status, for a
 *   contributor; all of them for editors and admins.
 * - Sources: those a record the viewer may read cites, those the viewer added, and curated ones
 *   (`readableSourceIds` below); all of them for editors and admins.
 * - Translations: where the translated record is readable (`readableTranslationIds` below).
 * - Accounts: admins, and the account's owner. The history: editors and admins.
 * - Everything else (countries, programmes, events, outcomes, statistics, indicators, instruments)
 *   is public: no unpublished state, and only editors create it.
 * Records are reached by ID through `RelatedRecords.readable` (db/related-records.ts), which applies
 * `canReadRecord` or, for sources, `readableSourceIds`; a field that follows a relation from a
 * readable record needs no check of its own (a readable record cites only readable sources).
 */

/** The viewer's reach beyond public records (`PracticeVisibility`, which the facet columns apply too). */
export function practiceVisibility(viewer: Viewer): PracticeVisibility {
  return { all: isEditor(viewer), ownerId: viewer.userId };
}

export function canReadPractice(
  viewer: Viewer,
  practice: { status: PracticeStatus; createdBy: { id: number } | null },
): boolean {
  return (
    practice.status === PracticeStatus.PUBLISHED ||
    isEditor(viewer) ||
    (viewer.userId !== null && practice.createdBy?.id === viewer.userId)
  );
}

/** The same rule in SQL, on the practice table aliased `alias`. */
export function whereReadablePractice(qb: Knex.QueryBuilder, visibility: PracticeVisibility, alias: string): void {
  if (visibility.all) return;
  qb.where((readable) => {
    readable.where(`${alias}.status`, PracticeStatus.PUBLISHED);
    if (visibility.ownerId !== null) readable.orWhere(`${alias}.created_by_id`, visibility.ownerId);
  });
}

/**
 * Where each kind of record stores the sources it cites. Practices are the only kind with
 * unpublished records; every other kind is public, so its citations make a source public. Listed
 * rather than derived from the ORM's metadata so that a new citing relation fails closed (its
 * sources stay private until it is added here); viewer.test.ts fails until it is.
 */
export const SOURCE_CITATIONS = {
  practices: { table: 'practice_sources', practice: 'practice_id' },
  public: [
    'program_sources',
    'event_sources',
    'legal_instrument_sources',
    'regional_instrument_sources',
    'outcome',
    'country_statistic',
    // Studies are public records, written by editors (studies/).
    'study',
    // A member state's official names, public with its country, written by the seed and imports only.
    'official_name',
    // Only editors cite a source in a translation (translations/translation-editor.ts).
    'translation',
  ],
} as const;

/**
 * Sources, in SQL (a source's readability depends on what cites it): the ids of those the viewer
 * may read, among `among` if given, as a subquery (`source.id in (…)`). A source is readable when
 * 1. the viewer is an editor or an admin (no subquery: callers skip the condition); or
 * 2. a record the viewer may read cites it: a practice by the rule above (published, or the
 *    viewer's own), or a record of any other kind (all public); or
 * 3. the viewer's account added it (`createSource`, or a new source in a practice's input); or
 * 4. nothing cites it and no account added it: curated sources of the seed and of imports (the
 *    citations of the country summaries, which no stored relation holds).
 * So a source that only drafts cite, or that a draft stopped citing, stays with its author and the
 * editors until a public record cites it; then it is public, as the public download has it.
 *
 * One `select` per clause, joined by `union all`, each an `exists` probing an indexed `source_id`
 * column: PostgreSQL plans a lone `exists` as an index semi-join, but `exists … or exists …` as
 * subplans that scan (25 sources among 100,000 outcomes: 310 ms, against 1 ms as a union). The
 * practice clause joins with `cross join`, which SQLite takes as the order to follow (citations by
 * source, then their practices by id; otherwise it starts from every published practice: 960 ms
 * against 3 ms for 25 sources among 100,000 practices) and PostgreSQL as a plain join.
 */
export function readableSourceIds(
  knex: Knex,
  visibility: PracticeVisibility,
  among?: readonly number[],
): Knex.QueryBuilder {
  const sources = () => {
    const query = knex.from({ s: 'source' }).select('s.id');
    return among ? query.whereIn('s.id', [...among]) : query;
  };
  const citing = (table: string) => (sub: Knex.QueryBuilder) =>
    sub.select('c.source_id').from({ c: table }).whereRaw('?? = ??', ['c.source_id', 's.id']);
  const { practices } = SOURCE_CITATIONS;
  const clauses = [
    sources().whereExists((sub) => {
      citing(practices.table)(sub)
        .joinRaw('cross join ?? as ??', ['practice', 'p'])
        .whereRaw('?? = ??', ['p.id', `c.${practices.practice}`]);
      whereReadablePractice(sub, visibility, 'p');
    }),
    ...SOURCE_CITATIONS.public.map((table) => sources().whereExists(citing(table))),
    // 4: a public record citing it is clause 2 already; what is left to check is "no practice".
    sources().whereNull('s.created_by_id').whereNotExists(citing(practices.table)),
  ];
  if (visibility.ownerId !== null) clauses.push(sources().where('s.created_by_id', visibility.ownerId));
  return clauses[0]!.unionAll(clauses.slice(1));
}

/**
 * For the kinds whose read rule needs the database (sources): the ids the viewer may read among
 * `among`, as a subquery, or null when the viewer reads them all. Undefined for the kinds a record
 * decides by itself (`canReadRecord`).
 */
export function readableIdsInSql(
  typeName: string,
): ((knex: Knex, viewer: Viewer, among: readonly number[]) => Knex.QueryBuilder | null) | undefined {
  if (typeName !== 'Source' && typeName !== 'Translation') return undefined;
  return (knex, viewer, among) => {
    const visibility = practiceVisibility(viewer);
    if (visibility.all) return null;
    return typeName === 'Source'
      ? readableSourceIds(knex, visibility, among)
      : readableTranslationIds(knex, visibility, among);
  };
}

/**
 * Translations, in SQL: readable where the translated record is (a draft practice's are its
 * author's and the editors'; a source's, where the source is; every other kind's are public).
 */
function readableTranslationIds(
  knex: Knex,
  visibility: PracticeVisibility,
  among: readonly number[],
): Knex.QueryBuilder {
  return knex
    .from({ t: 'translation' })
    .select('t.id')
    .whereIn('t.id', [...among])
    .where((readable) => {
      readable
        .whereNotIn('t.record_type', ['Practice', 'Source'])
        .orWhere((practice) => {
          practice.where('t.record_type', 'Practice').whereExists((sub) => {
            sub.select('p.id').from({ p: 'practice' }).whereRaw('?? = ??', ['p.id', 't.record_id']);
            whereReadablePractice(sub, visibility, 'p');
          });
        })
        .orWhere((source) => {
          source.where('t.record_type', 'Source').whereIn('t.record_id', readableSourceIds(knex, visibility));
        });
    });
}

/** The account policy: an account's personal details are for admins and for the account's owner. */
export function canReadAccount(viewer: Viewer, account: { id: number }): boolean {
  return viewer.role === Role.ADMIN || (viewer.userId !== null && viewer.userId === account.id);
}

/**
 * Whether the viewer may read this record, for the kinds the record alone decides (practices,
 * accounts, the history, the public kinds); sources are decided in SQL (`readableIdsInSql`), and
 * asking here about one is a mistake.
 */
export function canReadRecord(viewer: Viewer, record: object): boolean {
  switch (record.constructor.name) {
    case 'Practice':
      return canReadPractice(viewer, record as Parameters<typeof canReadPractice>[1]);
    case 'User':
      return canReadAccount(viewer, record as { id: number });
    case 'Revision':
      return isEditor(viewer);
    case 'Source':
    case 'Translation':
      throw new Error(
        `A ${record.constructor.name}’s visibility depends on other records: read it with RelatedRecords.readable.`,
      );
    default:
      return true;
  }
}
