import {
  VOCABULARY_FACETS,
  type VocabularyFacet,
  type VocabularyFacetName,
  type VocabularyFacetValues,
} from '../practice-facets.js';

/** How a facet field is stored, filtered and counted. */
export type FacetKind =
  /** A set of vocabulary values stored as a bit mask (enum-set.ts); matches any chosen value. */
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
}

/** A facet of a vocabulary (`VOCABULARY_FACETS`), held in a column of its own. */
export type VocabularyFacetField = FacetFieldBase<VocabularyFacetName> &
  Omit<VocabularyFacet, 'name'> & { kind: 'set' | 'one' };

/** A facet of a reference or of the year, with filter fields of its own. */
export interface OtherFacetField extends FacetFieldBase<'countries' | 'years' | 'allPrograms'> {
  kind: Exclude<FacetKind, 'set' | 'one'>;
}

export type FacetField = VocabularyFacetField | OtherFacetField;
export type FacetName = FacetField['name'];

/**
 * The practice column of each vocabulary facet. With `VOCABULARY_FACETS` (practice-facets.ts:
 * values, descriptions, the dashboard's words) this is all the facet rules need: the filter's
 * criteria (practice-criteria.ts), the in-memory columns and their counting (facet-columns.ts), the
 * server's filter input, SQL and `PracticeFacets` type all read these rows.
 */
const VOCABULARY_COLUMNS: Record<VocabularyFacetName, string> = {
  kinds: 'kind',
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
}));

/**
 * Every facet field: the member state, the vocabularies, the year and the programme, in this order
 * (the order of the facet columns and of `PracticeFacets`). The server adds how each appears in the
 * API schema (server/src/facets/facet-graphql.ts).
 */
export const FACET_FIELDS: readonly FacetField[] = [
  { name: 'countries', column: 'country_id', kind: 'country' },
  ...VOCABULARY_FACET_FIELDS,
  { name: 'years', column: 'year', kind: 'year' },
  // Every programme that occurs, most practices first; the API's `programs` pages it.
  { name: 'allPrograms', column: 'program_id', kind: 'program' },
];

/** One value of a facet and how many practices have it. */
export interface FacetCount<V> {
  value: V;
  label: string;
  count: number;
}

/** The facet counts, per facet field; the programmes listed as far as asked (`ProgramFacet.first`). */
export type FacetLists = { [N in VocabularyFacetName]: FacetCount<VocabularyFacetValues[N]>[] } & {
  countries: FacetCount<string>[];
  years: FacetCount<number>[];
  allPrograms: { first(n: number): FacetCount<string>[] };
};
