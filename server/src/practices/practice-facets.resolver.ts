import { Arg, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { InputProblems } from '../graphql/errors';
import { ProgramFacetValue, PracticeFacets, type FacetCount } from './practice-facets';

const PROGRAMS_LISTED = { byDefault: 50, atMost: 500 };

/** The programme facet, bounded: a region-wide Atlas holds thousands of programmes. */
@Resolver(() => PracticeFacets)
export class PracticeFacetsResolver {
  @FieldResolver(() => [ProgramFacetValue], {
    description: `Per programme, most practices first (then by name): the first \`first\` of them.`,
  })
  programs(
    @Root() facets: PracticeFacets,
    @Arg('first', () => Int, {
      defaultValue: PROGRAMS_LISTED.byDefault,
      description: `How many programmes to list, at most ${PROGRAMS_LISTED.atMost}.`,
    })
    first: number,
  ): FacetCount<string>[] {
    if (first < 0 || first > PROGRAMS_LISTED.atMost) {
      new InputProblems()
        .add('programs.first', `must be between 0 and ${PROGRAMS_LISTED.atMost}, got ${first}`)
        .throwIfAny();
    }
    return facets.allPrograms.slice(0, first);
  }
}
