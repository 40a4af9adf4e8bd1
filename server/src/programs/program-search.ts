import { filterTextProblem, maskOf, normalCountryCode } from '@atlas/shared';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { readInOrder } from '../db/read-model';
import { InputProblems } from '../graphql/errors';
import { ConnectionResult, pageWindow, type PageArgs } from '../graphql/pagination';
import { DIMENSIONS, TARGET_GROUPS } from '../vocabularies';
import { ProgramOrder, type ProgramFilter } from './program-filter.input';
import { ReintegrationProgram } from './program.entity';

/** Lists programmes: filter, order, page; `totalCount` counted only when asked for. */
export async function searchPrograms(
  em: EntityManager,
  args: PageArgs & { filter?: ProgramFilter | null; orderBy?: ProgramOrder | null },
): Promise<ConnectionResult<ReintegrationProgram>> {
  const problems = new InputProblems();
  const filter = args.filter ?? {};
  problems.addIf('filter.text', filterTextProblem(filter.text));
  const window = pageWindow(args, problems);
  const knex = em.getKnex();
  const filtered = () => programQuery(knex, filter);

  const idQuery = filtered()
    .select('pr.id')
    .limit(window.limit + 1)
    .offset(window.offset);
  switch (args.orderBy ?? ProgramOrder.NAME) {
    case ProgramOrder.NAME:
      idQuery.orderBy('pr.name', 'asc');
      break;
    case ProgramOrder.COUNTRY:
      idQuery.join({ c: 'country' }, 'c.id', 'pr.country_id').orderBy([{ column: 'c.name' }, { column: 'pr.name' }]);
      break;
    case ProgramOrder.NEWEST:
      idQuery.orderByRaw('case when pr.start_year is null then 1 else 0 end, pr.start_year desc');
      break;
  }
  idQuery.orderBy('pr.id', 'asc');
  const ids = (await em.execute<{ id: number }[]>(idQuery)).map((row) => Number(row.id));
  const items = await readInOrder(em, ReintegrationProgram, ids);
  return new ConnectionResult(items, window, async () => {
    const [row] = await em.execute<{ n: number | string }[]>(filtered().count({ n: '*' }));
    return Number(row?.n ?? 0);
  });
}

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
