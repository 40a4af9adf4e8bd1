import { filterTextProblem, maskOf, normalCountryCode } from '@atlas/shared';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { readInOrder } from '../db/read-model';
import { InputProblems } from '../graphql/errors';
import type { Dialect } from '../config';
import { ConnectionResult, pageRequest, readKeysetPage, type PageArgs, type SortKey } from '../graphql/pagination';
import { DIMENSIONS, TARGET_GROUPS } from '../vocabularies';
import { ProgramOrder, type ProgramFilter } from './program-filter.input';
import { ReintegrationProgram } from './program.entity';

/** Lists programmes: filter, order, page; `totalCount` counted only when asked for. */
export async function searchPrograms(
  em: EntityManager,
  dialect: Dialect,
  args: PageArgs & { filter?: ProgramFilter | null; orderBy?: ProgramOrder | null },
): Promise<ConnectionResult<ReintegrationProgram>> {
  const problems = new InputProblems();
  const filter = args.filter ?? {};
  problems.addIf('filter.text', filterTextProblem(filter.text));
  const order = args.orderBy ?? ProgramOrder.NAME;
  const request = pageRequest(args, { list: 'ReintegrationProgram', order, keys: PROGRAM_SORT[order] }, problems);
  const knex = em.getKnex();
  const filtered = () => programQuery(knex, filter);

  const slice = await readKeysetPage(
    em,
    dialect,
    () => (order === ProgramOrder.COUNTRY ? filtered().join({ c: 'country' }, 'c.id', 'pr.country_id') : filtered()),
    request,
  );
  const items = await readInOrder(em, ReintegrationProgram, slice.ids);
  return new ConnectionResult(items, slice, async () => {
    const [row] = await em.execute<{ n: number | string }[]>(filtered().count({ n: '*' }));
    return Number(row?.n ?? 0);
  });
}

/** The sort of each order, the ID last to break ties. */
const PROGRAM_SORT: Record<ProgramOrder, SortKey[]> = {
  NAME: [
    { column: 'pr.name', direction: 'asc' },
    { column: 'pr.id', direction: 'asc' },
  ],
  COUNTRY: [
    { column: 'c.name', direction: 'asc' },
    { column: 'pr.name', direction: 'asc' },
    { column: 'pr.id', direction: 'asc' },
  ],
  // Unknown start years last.
  NEWEST: [
    { column: 'pr.start_year', direction: 'desc', nullable: true },
    { column: 'pr.id', direction: 'asc' },
  ],
};

export function programQuery(knex: Knex, filter: ProgramFilter): Knex.QueryBuilder {
  const qb = knex.from({ pr: 'program' });
  if (filter.countryCodes?.length) {
    const codes = filter.countryCodes.map(normalCountryCode);
    const countryIds = knex.from('country').select('id').whereIn('code', codes);
    qb.where((inner) =>
      inner
        .whereIn('pr.country_id', countryIds)
        .orWhereIn(
          'pr.id',
          knex.from('program_partner_countries').select('program_id').whereIn('country_id', countryIds),
        ),
    );
  }
  if (filter.kinds?.length) qb.whereIn('pr.kind', filter.kinds);
  if (filter.reaches?.length) qb.whereIn('pr.reach', filter.reaches);
  if (filter.statuses?.length) qb.whereIn('pr.status', filter.statuses);
  if (filter.dimensions?.length) qb.whereRaw('(pr.dimensions & ?) <> 0', [maskOf(DIMENSIONS, filter.dimensions)]);
  if (filter.targetGroups?.length) {
    qb.whereRaw('(pr.target_groups & ?) <> 0', [maskOf(TARGET_GROUPS, filter.targetGroups)]);
  }
  for (const word of filter.text
    ?.toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
    ?.slice(0, 12) ?? []) {
    const pattern = `%${word}%`;
    qb.where((inner) =>
      inner
        .whereRaw('lower(pr.name) like ?', [pattern])
        .orWhereRaw('lower(pr.local_name) like ?', [pattern])
        .orWhereRaw('lower(pr.acronym) like ?', [pattern]),
    );
  }
  return qb;
}
