import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Country } from '../countries/country.entity';
import type { AtlasContext } from '../graphql/context';
import { Connection, ConnectionResult, PageArgs } from '../graphql/pagination';
import { Source } from '../sources/source.entity';
import { ProgramFilter, ProgramOrder } from './program-filter.input';
import { searchPrograms } from './program-search';
import { ReintegrationProgram } from './program.entity';
import { lookUp } from '../db/look-up';

@ObjectType({ description: 'A page of reintegration programmes.' })
export class ProgramConnection extends Connection(ReintegrationProgram, 'Program', 'programmes') {}

@Resolver(() => ReintegrationProgram)
export class ProgramResolver {
  @Query(() => ProgramConnection, { description: 'Reintegration programmes, filtered, ordered and paged.' })
  programs(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProgramFilter, { nullable: true, description: 'Which programmes to list.' })
    filter: ProgramFilter | null,
    @Arg('orderBy', () => ProgramOrder, { nullable: true, description: 'Sort order; NAME by default.' })
    orderBy: ProgramOrder | null,
    @Ctx() { em, dialect }: AtlasContext,
  ): Promise<ConnectionResult<ReintegrationProgram>> {
    return searchPrograms(em, dialect, { ...page, filter, orderBy });
  }

  @Query(() => ReintegrationProgram, {
    nullable: true,
    description:
      'One programme by global ID or by key (exactly one of them; BAD_USER_INPUT otherwise, naming the arguments); null when unknown; BAD_USER_INPUT when the ID is not a programme’s.',
  })
  program(
    @Arg('id', () => ID, { nullable: true, description: 'Global ID of the programme.' }) id: string | null,
    @Arg('key', () => String, {
      nullable: true,
      description: 'Stable key of the programme (`desmigratif`), as the downloads and the JSON dataset name it.',
    })
    key: string | null,
    @Ctx() { related }: AtlasContext,
  ): Promise<ReintegrationProgram | null> {
    return lookUp(related, ReintegrationProgram, { id, key });
  }

  @FieldResolver(() => Country, {
    description:
      'The member state where it runs; for a programme of several states or the region, its lead or filing state.',
  })
  async country(@Root() program: ReintegrationProgram, @Ctx() { related }: AtlasContext): Promise<Country> {
    return (await related.one(Country, program.country.id))!;
  }

  @FieldResolver(() => [Country], {
    description:
      'The other member states it runs in, besides country, by name: none for a NATIONAL programme. Each lists it among its programmes.',
  })
  async partnerCountries(@Root() program: ReintegrationProgram, @Ctx() { related }: AtlasContext): Promise<Country[]> {
    const countries = await related.collection(ReintegrationProgram, 'partnerCountries', program.id);
    return [...countries].sort((a, b) => a.name.localeCompare(b.name));
  }

  @FieldResolver(() => [Source], { description: 'Where the programme is documented; at least one.' })
  sources(@Root() program: ReintegrationProgram, @Ctx() { related }: AtlasContext): Promise<Source[]> {
    return related.collection(ReintegrationProgram, 'sources', program.id);
  }
}
