import type { EntityManager, Knex } from '@mikro-orm/knex';
import { GeographicReach } from '@atlas/shared';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Country } from '../countries/country.entity';
import type { AtlasContext } from '../graphql/context';
import { countLoader } from '../graphql/count-loader';
import { ReintegrationProgram } from './program.entity';

/**
 * The programmes a member state takes part in, as (program id, country id) rows: those it leads or
 * is filed under, and those of several states or the region it is a partner state of. A programme
 * counts once for each state it runs in, so a regional one is every participating state's, not its
 * lead state's alone.
 */
function participations(knex: Knex): Knex.QueryBuilder {
  return knex
    .from('program')
    .select({ program_id: 'id', country_id: 'country_id' })
    .unionAll((partner) =>
      partner.from('program_partner_countries').select({ program_id: 'program_id', country_id: 'country_id' }),
    );
}

/** Programmes per country and reach (`NATIONAL,REGIONAL`, or `*` for all), batched per request. */
const programCountByCountry = (reaches: readonly GeographicReach[] | null) => (em: EntityManager) =>
  countLoader((ids) => {
    const knex = em.getKnex();
    const query = knex
      .from(participations(knex).as('part'))
      .join({ pr: 'program' }, 'pr.id', 'part.program_id')
      .select({ id: 'part.country_id' })
      .count({ n: '*' })
      .whereIn('part.country_id', ids)
      .groupBy('part.country_id');
    if (reaches) query.whereIn('pr.reach', reaches);
    return em.execute(query);
  });

/** One loader factory per set of reaches asked for, so that `loaders.of` shares each per request. */
const countLoaders = new Map<string, ReturnType<typeof programCountByCountry>>();
function countLoaderFor(reaches: GeographicReach[] | null) {
  const key = reaches ? [...new Set(reaches)].sort().join(',') : '*';
  let found = countLoaders.get(key);
  if (!found) countLoaders.set(key, (found = programCountByCountry(reaches && [...new Set(reaches)].sort())));
  return found;
}

/** A country's programmes, as fields of Country: here, so that countries never depend on programmes. */
@Resolver(() => Country)
export class CountryProgramsResolver {
  @FieldResolver(() => [ReintegrationProgram], {
    description:
      'Programmes run in this country, by name: those filed under it and those of several member states or the region it is a partner state of (their reach says which).',
  })
  async programs(@Root() country: Country, @Ctx() { em }: AtlasContext): Promise<ReintegrationProgram[]> {
    return em.find(
      ReintegrationProgram,
      { $or: [{ country: country.id }, { partnerCountries: country.id }] },
      { orderBy: { name: 'asc', id: 'asc' } },
    );
  }

  @FieldResolver(() => Int, {
    description:
      'Number of the programmes it takes part in (as programs lists them): a programme of several states or the region counts once for each of them.',
  })
  programCount(
    @Root() country: Country,
    @Arg('reaches', () => [GeographicReach], {
      nullable: true,
      description: 'Count only programmes of these reaches (NATIONAL: its own); all when omitted.',
    })
    reaches: GeographicReach[] | null,
    @Ctx() { loaders }: AtlasContext,
  ): Promise<number> {
    return loaders.of(countLoaderFor(reaches?.length ? reaches : null)).load(country.id);
  }
}
