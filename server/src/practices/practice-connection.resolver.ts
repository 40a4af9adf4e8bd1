import { Arg, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FacetLists } from '@atlas/shared';
import { PracticeFacets } from '../facets/practice-facets.type';
import { PracticeConnection } from './practice-connection.type';
import type { PracticePage } from './practice-search';

@Resolver(() => PracticeConnection)
export class PracticeConnectionResolver {
  @FieldResolver(() => PracticeFacets, {
    description: 'Per filterable field, each value with its count under the current filter.',
  })
  facets(
    @Root() page: PracticePage,
    @Arg('eachWithoutItsOwnFilter', () => Boolean, {
      defaultValue: false,
      description:
        'Count each field under the current filter without that field’s own condition (disjunctive facets): the counts a filter panel shows beside values that are alternatives to those checked. Checking Philippines then leaves the other countries’ counts as they were; `totalCount` stays that of the whole filter.',
    })
    eachWithoutItsOwnFilter: boolean,
  ): Promise<FacetLists> {
    return page.facetsOf(eachWithoutItsOwnFilter);
  }
}
