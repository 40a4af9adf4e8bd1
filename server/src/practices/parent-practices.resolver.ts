import { PracticeStatus } from '@atlas/shared';
import type { EntityManager } from '@mikro-orm/knex';
import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Country } from '../countries/country.entity';
import { Event } from '../events/event.entity';
import type { AtlasContext } from '../graphql/context';
import { countLoader } from '../graphql/count-loader';
import { PageArgs } from '../graphql/pagination';
import { ReintegrationProgram } from '../programs/program.entity';
import { PracticeConnection } from './practice-connection.type';
import type { PracticeFilter } from './practice-filter.input';
import { PracticeOrder } from './practice-order';
import { searchPractices, type PracticePage } from './practice-search';

/*
 * The practices of a country, a programme and an event, as fields of those types. They live here,
 * with practices, so that countries, programmes and events never depend on the practice search.
 */

/** Published practices per country or programme (the counts shown beside them, the same for everybody). */
function publishedPracticeCount(column: 'country_id' | 'program_id') {
  return (em: EntityManager) =>
    countLoader((ids) =>
      em.execute(
        em
          .getKnex()
          .from('practice')
          .where('status', PracticeStatus.PUBLISHED)
          .select({ id: column })
          .count({ n: '*' })
          .whereIn(column, ids)
          .groupBy(column),
      ),
    );
}

const practiceCountByCountry = publishedPracticeCount('country_id');
const practiceCountByProgram = publishedPracticeCount('program_id');

/** A page of one parent's practices, in the order that suits the parent. */
function practicesOf(
  { em, dialect, viewer }: AtlasContext,
  page: PageArgs,
  filter: PracticeFilter,
  orderBy: PracticeOrder,
): Promise<PracticePage> {
  return searchPractices(em, dialect, viewer, { ...page, filter, orderBy });
}

@Resolver(() => Country)
export class CountryPracticesResolver {
  @FieldResolver(() => Int, { description: 'Number of its published practices (the same for everybody).' })
  practiceCount(@Root() country: Country, @Ctx() { loaders }: AtlasContext): Promise<number> {
    return loaders.of(practiceCountByCountry).load(country.id);
  }

  @FieldResolver(() => PracticeConnection, { description: 'Its practices, newest first.' })
  practices(
    @Root() country: Country,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: AtlasContext,
  ): Promise<PracticePage> {
    return practicesOf(context, page, { countryCodes: [country.code] }, PracticeOrder.NEWEST);
  }
}

@Resolver(() => ReintegrationProgram)
export class ProgramPracticesResolver {
  @FieldResolver(() => Int, { description: 'Number of its published practices (the same for everybody).' })
  practiceCount(@Root() program: ReintegrationProgram, @Ctx() { loaders }: AtlasContext): Promise<number> {
    return loaders.of(practiceCountByProgram).load(program.id);
  }

  @FieldResolver(() => PracticeConnection, { description: 'Its practices, by title.' })
  practices(
    @Root() program: ReintegrationProgram,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: AtlasContext,
  ): Promise<PracticePage> {
    return practicesOf(context, page, { programId: program.globalId }, PracticeOrder.TITLE);
  }
}

@Resolver(() => Event)
export class EventPracticesResolver {
  @FieldResolver(() => PracticeConnection, { description: 'Practices presented there.' })
  practices(
    @Root() event: Event,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: AtlasContext,
  ): Promise<PracticePage> {
    return practicesOf(context, page, { eventId: event.globalId }, PracticeOrder.COUNTRY);
  }
}
