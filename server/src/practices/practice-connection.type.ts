import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/pagination';
import { PracticeFacets } from './practice-facets';
import { Practice } from './practice.entity';

@ObjectType({ description: 'A page of practices, with the total and the facet counts of the whole filtered list.' })
export class PracticeConnection extends Connection(Practice, 'Practice', 'practices') {
  @Field(() => PracticeFacets, {
    description: 'Per filterable field, each value with its count under the current filter.',
  })
  facets!: PracticeFacets;
}
