import {
  VOCABULARY_FACETS,
  type VocabularyFacet,
  type VocabularyFacetName,
  type VocabularyFacetValues,
} from '@atlas/shared';
import { ID, Int } from 'type-graphql';

/** How a facet field is stored, filtered and counted. */
export type FacetKind =
  /** A set of vocabulary values stored as a bit mask (db/enum-set.type.ts); matches any chosen value. */
  | 'set'
  /** One vocabulary value, stored as its name; matches when it is one of the chosen. */
  | 'one'
  /** The member state, a reference filtered by ISO code and labelled by name. */
  | 'country'
  /** The programme, a reference filtered by global ID and labelled by name. */
  | 'program'
  /** The year the practice began, filtered by a range. */
  | 'year';

interface FacetFieldBase<N extends string> {
  /** The field of `PracticeFacets`; for vocabulary fields also the field of `PracticeFilter`. */
  name: N;
  kind: FacetKind;
  /** The practice column, as the database names it. */
  column: string;
  /** The GraphQL type of a value; its `<typeName>FacetValue` type; what a value is, in words. */
  graphql: { value: () => object; typeName: string; what: string };
  /** The description of the `PracticeFacets` field (null: a resolver of its own exposes it). */
  description: string | null;
}

/** A facet of a vocabulary (`VOCABULARY_FACETS` of `@atlas/shared`), held in a column of its own. */
export type VocabularyFacetField = FacetFieldBase<VocabularyFacetName> &
  Omit<VocabularyFacet, 'name'> & { kind: 'set' | 'one' };

/** A facet of a reference or of the year, with filter fields of its own. */
interface OtherFacetField extends FacetFieldBase<'countries' | 'years' | 'allPrograms'> {
  kind: Exclude<FacetKind, 'set' | 'one'>;
}

export type FacetField = VocabularyFacetField | OtherFacetField;

/**
 * The practice column of each vocabulary facet. With `VOCABULARY_FACETS` (`@atlas/shared`: values,
 * descriptions, the dashboard's words) this is all the server needs: the filter input
 * (`PracticeFilter`), the filter's translation into database terms, the in-memory columns and their
 * counting, and the GraphQL `PracticeFacets` type all read these rows.
 */
const VOCABULARY_COLUMNS: Record<VocabularyFacetName, string> = {
  themes: 'themes',
  dimensions: 'dimensions',
  levels: 'levels',
  stakeholders: 'stakeholders',
  targetGroups: 'target_groups',
  evidenceLevels: 'evidence_level',
};

export const VOCABULARY_FACET_FIELDS: readonly VocabularyFacetField[] = VOCABULARY_FACETS.map((facet) => ({
  ...facet,
  kind: facet.holds,
  column: VOCABULARY_COLUMNS[facet.name],
  graphql: { value: () => facet.enumObject, typeName: facet.typeName, what: facet.what },
  description: facet.facetDescription,
}));

/** Every facet field: the vocabularies, and the member state, year and programme. */
export const FACET_FIELDS: readonly FacetField[] = [
  {
    name: 'countries',
    column: 'country_id',
    kind: 'country',
    graphql: { value: () => String, typeName: 'Country', what: 'member state (ISO code)' },
    description: 'Per member state, by name.',
  },
  ...VOCABULARY_FACET_FIELDS,
  {
    name: 'years',
    column: 'year',
    kind: 'year',
    graphql: { value: () => Int, typeName: 'Year', what: 'year' },
    description: 'Per year the practices began, latest first.',
  },
  {
    // Every programme that occurs, most practices first; `programs` (practice-facets.resolver.ts) pages it.
    name: 'allPrograms',
    column: 'program_id',
    kind: 'program',
    graphql: { value: () => ID, typeName: 'Program', what: 'programme (global ID)' },
    description: null,
  },
];

/** One value of a facet and how many practices have it. */
export interface FacetCount<V> {
  value: V;
  label: string;
  count: number;
}

/** The facet counts, per facet field. */
export type FacetLists = { [N in VocabularyFacetName]: FacetCount<VocabularyFacetValues[N]>[] } & {
  countries: FacetCount<string>[];
  years: FacetCount<number>[];
  allPrograms: FacetCount<string>[];
};
