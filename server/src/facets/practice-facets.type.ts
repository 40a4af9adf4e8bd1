import type { FacetCount } from '@atlas/shared';
import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import { GRAPHQL_FACET_FIELDS, type GraphqlFacetField } from './facet-graphql';

/** Declares `<typeName>FacetValue { value, label, count }` for a facet field. */
function FacetValue({ graphql: { value, typeName, what } }: GraphqlFacetField): ClassType<FacetCount<unknown>> {
  @ObjectType(`${typeName}FacetValue`, {
    description: `${/^[aeiou]/.test(what) ? 'An' : 'A'} ${what} and how many practices under the current filter have it.`,
  })
  class FacetValueType {
    @Field(value, { description: `The ${what}.` })
    value!: unknown;

    @Field(() => String, { description: 'Human-readable label.' })
    label!: string;

    @Field(() => Int, { description: 'Practices matching the current filter that have this value.' })
    count!: number;
  }
  return FacetValueType;
}

/** Per facet field (by name), its `<typeName>FacetValue` type. */
export const FACET_VALUE_TYPES = new Map(GRAPHQL_FACET_FIELDS.map((field) => [field.name, FacetValue(field)]));

/**
 * The GraphQL `PracticeFacets` type: one field per row of `GRAPHQL_FACET_FIELDS`. Its values are
 * `FacetLists` (`@atlas/shared`), as `facetCounts` assembles them.
 */
export class PracticeFacets {}

for (const field of GRAPHQL_FACET_FIELDS) {
  const valueType = FACET_VALUE_TYPES.get(field.name)!;
  if (field.description)
    Field(() => [valueType], { description: field.description })(PracticeFacets.prototype, field.name);
}
ObjectType({
  description:
    'Counts of the practices matching the current filter, per value of every filterable field. Vocabulary fields and countries list every value, zero counts included; years list the values that occur, programmes the ones with most practices.',
})(PracticeFacets);
