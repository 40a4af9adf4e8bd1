import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { selectsField } from '../graphql/selects-field';
import { Country } from '../countries/country.entity';
import { Event } from '../events/event.entity';
import type { AtlasContext } from '../graphql/context';
import { PageArgs } from '../graphql/pagination';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { PracticeConnection } from './practice-connection.type';
import { PracticeFilter } from './practice-filter.input';
import { PracticeOrder } from './practice-order';
import { searchPractices, type PracticePage } from './practice-search';
import { Practice } from './practice.entity';
import { lookUp } from '../db/look-up';

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
    description:
      'One practice by global ID or by key (exactly one of them; BAD_USER_INPUT otherwise, naming the arguments); null when unknown or not visible to you; BAD_USER_INPUT when the ID is not a practice’s.',
  })
  practice(
    @Arg('id', () => ID, { nullable: true, description: 'Global ID of the practice.' }) id: string | null,
    @Arg('key', () => String, {
      nullable: true,
      description: 'Stable key of the practice, as the downloads and the JSON dataset name it.',
    })
    key: string | null,
    @Ctx() { related }: AtlasContext,
  ): Promise<Practice | null> {
    return lookUp(related, Practice, { id, key });
  }

  @FieldResolver(() => Country, { description: 'The member state where returnees receive the practice.' })
  async country(@Root() practice: Practice, @Ctx() { related }: AtlasContext): Promise<Country> {
    return (await related.one(Country, practice.country.id))!;
  }

  @FieldResolver(() => ReintegrationProgram, { nullable: true, description: 'The programme it belongs to, if any.' })
  program(@Root() practice: Practice, @Ctx() { related }: AtlasContext): Promise<ReintegrationProgram | null> {
    return related.one(ReintegrationProgram, practice.program?.id);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The workshop or forum where it was presented, if any.' })
  event(@Root() practice: Practice, @Ctx() { related }: AtlasContext): Promise<Event | null> {
    return related.one(Event, practice.event?.id);
  }

  @FieldResolver(() => [Source], { description: 'Where the description comes from; at least one.' })
  sources(@Root() practice: Practice, @Ctx() { related }: AtlasContext): Promise<Source[]> {
    return related.collection(Practice, 'sources', practice.id);
  }
}
