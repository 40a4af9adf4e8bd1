import type { EntityManager } from '@mikro-orm/knex';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Country } from '../countries/country.entity';
import type { AtlasContext } from '../graphql/context';
import { countLoader } from '../graphql/count-loader';
import { ReintegrationProgram } from './program.entity';

/** Programmes per country, batched per request. */
const programCountByCountry = (em: EntityManager) =>
  countLoader((ids) =>
    em.execute(
      em
        .getKnex()
        .from('program')
        .select({ id: 'country_id' })
        .count({ n: '*' })
        .whereIn('country_id', ids)
        .groupBy('country_id'),
    ),
  );

/** A country's programmes, as fields of Country: here, so that countries never depend on programmes. */
@Resolver(() => Country)
export class CountryProgramsResolver {
  @FieldResolver(() => [ReintegrationProgram], {
    description: 'Reintegration programmes run in this country, by name.',
  })
  programs(@Root() country: Country, @Ctx() { em }: AtlasContext): Promise<ReintegrationProgram[]> {
    return em.find(ReintegrationProgram, { country: country.id }, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => Int, { description: 'Number of its programmes.' })
  programCount(@Root() country: Country, @Ctx() { loaders }: AtlasContext): Promise<number> {
    return loaders.of(programCountByCountry).load(country.id);
  }
}
