import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { selectsField } from '../graphql/selects-field';
import { Country } from '../countries/country.entity';
import { Event } from '../events/event.entity';
import type { AtlasContext } from '../graphql/context';
import { fromGlobalId } from '../graphql/global-id';
import { PageArgs } from '../graphql/pagination';
import { Outcome } from '../outcomes/outcome.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { PracticeConnection } from './practice-connection.type';
import { PracticeFilter } from './practice-filter.input';
import { PracticeOrder } from './practice-order';
import { searchPractices, type PracticePage } from './practice-search';
import { canReadPractice } from '../accounts/viewer';
import { Practice } from './practice.entity';

@Resolver(() => Practice)
export class PracticeResolver {
  @Query(() => PracticeConnection, {
    description: 'Practices, filtered, searched, ordered and paged, with facet counts.',
  })
  practices(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PracticeFilter, { nullable: true, description: 'Which practices to list.' })
    filter: PracticeFilter | null,
    @Arg('orderBy', () => PracticeOrder, {
      nullable: true,
      description: 'Sort order; RELEVANCE by default (best match first when searching, else newest).',
    })
    orderBy: PracticeOrder | null,
    @Ctx() { em, dialect, viewer }: AtlasContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PracticePage> {
    return searchPractices(em, dialect, viewer, { ...page, filter, orderBy, withFacets: selectsField(info, 'facets') });
  }

  @Query(() => Practice, {
    nullable: true,
    description: 'One practice by global ID; null when unknown or not visible to you.',
  })
  async practice(
    @Arg('id', () => ID, { description: 'Global ID of the practice.' }) id: string,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<Practice | null> {
    const decoded = fromGlobalId(id);
    if (decoded?.typeName !== 'Practice') return null;
    const practice = await em.findOne(Practice, { id: decoded.id });
    return practice && canReadPractice(viewer, practice) ? practice : null;
  }

  @FieldResolver(() => Country, { description: 'The member state where returnees receive the practice.' })
  country(@Root() practice: Practice): Promise<Country> {
    return practice.country.loadOrFail();
  }

  @FieldResolver(() => ReintegrationProgram, { nullable: true, description: 'The programme it belongs to, if any.' })
  async program(@Root() practice: Practice): Promise<ReintegrationProgram | null> {
    return (await practice.program?.load()) ?? null;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The workshop or forum where it was presented, if any.' })
  async event(@Root() practice: Practice): Promise<Event | null> {
    return (await practice.event?.load()) ?? null;
  }

  @FieldResolver(() => [Source], { description: 'Where the description comes from; at least one.' })
  async sources(@Root() practice: Practice): Promise<Source[]> {
    return (await practice.sources.load()).getItems();
  }

  @FieldResolver(() => [Outcome], { description: 'Measured results attributed to this practice, by year.' })
  async outcomes(@Root() practice: Practice): Promise<Outcome[]> {
    return (await practice.outcomes.load()).getItems();
  }
}
