import type { FacetCount, FacetLists } from '@atlas/shared';
import { Args, ArgsType, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Range } from '../graphql/argument-range';
import { FACET_VALUE_TYPES, PracticeFacets } from './practice-facets.type';

const PROGRAMS_LISTED = { byDefault: 50, atMost: 500 };

@ArgsType()
class ProgramFacetArgs {
  @Field(() => Int, {
    defaultValue: PROGRAMS_LISTED.byDefault,
    description: `How many programmes to list, at most ${PROGRAMS_LISTED.atMost}.`,
  })
  @Range(0, PROGRAMS_LISTED.atMost)
  first!: number;
}

/** The programme facet, bounded: a region-wide Atlas holds thousands of programmes. */
@Resolver(() => PracticeFacets)
export class PracticeFacetsResolver {
  @FieldResolver(() => [FACET_VALUE_TYPES.get('allPrograms')!], {
    description: `Per programme, most practices first (then by name): the first \`first\` of them.`,
  })
  programs(
    @Root() facets: FacetLists,
    @Args(() => ProgramFacetArgs) { first }: ProgramFacetArgs,
  ): FacetCount<string>[] {
    return facets.allPrograms.first(first);
  }
}
