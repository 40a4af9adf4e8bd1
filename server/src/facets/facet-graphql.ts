import { FACET_FIELDS, type FacetField, type VocabularyFacetName } from '@atlas/shared';
import { ID, Int } from 'type-graphql';

/** How a facet field appears in the API schema. */
export interface FacetGraphql {
  /** The GraphQL type of a value; its `<typeName>FacetValue` type; what a value is, in words. */
  graphql: { value: () => object; typeName: string; what: string };
  /** The description of the `PracticeFacets` field (null: a resolver of its own exposes it). */
  description: string | null;
}

/** A facet field of `@atlas/shared` (name, kind, column, values) with its place in the API schema. */
export type GraphqlFacetField = FacetField & FacetGraphql;

/** The schema of the facets of a reference or of the year; a vocabulary's comes from its row. */
const OTHER_FIELDS: Record<Exclude<FacetField['name'], VocabularyFacetName>, FacetGraphql> = {
  countries: {
    graphql: { value: () => String, typeName: 'Country', what: 'member state (ISO code)' },
    description: 'Per member state, by name.',
  },
  years: {
    graphql: { value: () => Int, typeName: 'Year', what: 'year' },
    description: 'Per year the practices began, latest first.',
  },
  // `programs` (practice-facets.resolver.ts) pages it.
  allPrograms: {
    graphql: { value: () => ID, typeName: 'Program', what: 'programme (global ID)' },
    description: null,
  },
};

/**
 * Every facet field (`FACET_FIELDS` of `@atlas/shared`, in its order) with its GraphQL types and
 * descriptions: the filter input (`PracticeFilter`) and the `PracticeFacets` type read these rows.
 */
export const GRAPHQL_FACET_FIELDS: readonly GraphqlFacetField[] = FACET_FIELDS.map((field) =>
  'vocabulary' in field
    ? {
        ...field,
        graphql: { value: () => field.enumObject, typeName: field.typeName, what: field.what },
        description: field.facetDescription,
      }
    : { ...field, ...OTHER_FIELDS[field.name] },
);
