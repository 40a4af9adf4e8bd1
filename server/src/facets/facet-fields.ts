import { dimensions, evidenceLevels, levels, stakeholders, targetGroups, themes, type Vocabulary } from '@atlas/shared';
import { Dimension, EvidenceLevel, Level, Stakeholder, TargetGroup, Theme } from '@atlas/shared';
import { ID, Int } from 'type-graphql';
import { DIMENSIONS, EVIDENCE_LEVELS, LEVELS, STAKEHOLDERS, TARGET_GROUPS, THEMES } from '../vocabularies';

/** How a facet field is stored, filtered and counted. */
export type FacetKind =
  /** A set of vocabulary values stored as a bit mask (db/enum-set.type.ts); matches any chosen value. */
  | 'mask'
  /** One vocabulary value, stored as its name; matches when it is one of the chosen. */
  | 'choice'
  /** The member state, a reference filtered by ISO code and labelled by name. */
  | 'country'
  /** The programme, a reference filtered by global ID and labelled by name. */
  | 'program'
  /** The year the practice began, filtered by a range. */
  | 'year';

interface FacetFieldBase<N extends string> {
  /** The field of `PracticeFacets`; for vocabulary fields also the field of `PracticeFilter`. */
  name: N;
  /** The practice column, as the database names it. */
  column: string;
  /** The GraphQL type of a value; its `<typeName>FacetValue` type; what a value is, in words. */
  graphql: { value: () => object; typeName: string; what: string };
  /** The description of the `PracticeFacets` field (null: a resolver of its own exposes it). */
  description: string | null;
}

/** A facet of a vocabulary: the filter field of the same name takes a list of its values. */
export interface VocabularyFacetField<
  N extends string = string,
  E extends string = string,
  K extends 'mask' | 'choice' = 'mask' | 'choice',
> extends FacetFieldBase<N> {
  kind: K;
  values: readonly E[];
  vocabulary: Vocabulary<E>;
  /** The description of the `PracticeFilter` field. */
  filterDescription: string;
}

/** A facet of a reference or of the year, with filter fields of its own. */
interface OtherFacetField extends FacetFieldBase<'countries' | 'years' | 'allPrograms'> {
  kind: Exclude<FacetKind, 'mask' | 'choice'>;
}

export type FacetField = VocabularyFacetField | OtherFacetField;

function vocabularyField<const K extends 'mask' | 'choice', const N extends string, E extends string>(
  kind: K,
  name: N,
  column: string,
  [values, vocabulary, enumObject, typeName, what]: [readonly E[], Vocabulary<E>, object, string, string],
  descriptions: { facet: string; filter: string },
): VocabularyFacetField<N, E, K> {
  return {
    kind,
    name,
    column,
    values,
    vocabulary,
    graphql: { value: () => enumObject, typeName, what },
    description: descriptions.facet,
    filterDescription: descriptions.filter,
  };
}

/**
 * The vocabulary facet fields. The filter input (`PracticeFilter`), the filter's translation into
 * database terms, the in-memory columns and their counting, and the GraphQL `PracticeFacets` type
 * all read these rows: a new vocabulary filter is one row here, plus its column (entity, migration)
 * and its vocabulary in `@atlas/shared`.
 */
export const VOCABULARY_FACET_FIELDS = [
  vocabularyField('mask', 'themes', 'themes', [THEMES, themes, Theme, 'Theme', 'theme'], {
    facet: 'Per theme.',
    filter: 'Practices with any of these themes.',
  }),
  vocabularyField('mask', 'dimensions', 'dimensions', [DIMENSIONS, dimensions, Dimension, 'Dimension', 'dimension'], {
    facet: 'Per dimension.',
    filter: 'Practices addressing any of these dimensions.',
  }),
  vocabularyField('mask', 'levels', 'levels', [LEVELS, levels, Level, 'Level', 'level'], {
    facet: 'Per level.',
    filter: 'Practices working at any of these levels.',
  }),
  vocabularyField(
    'mask',
    'stakeholders',
    'stakeholders',
    [STAKEHOLDERS, stakeholders, Stakeholder, 'Stakeholder', 'stakeholder'],
    { facet: 'Per stakeholder.', filter: 'Practices involving any of these stakeholders.' },
  ),
  vocabularyField(
    'mask',
    'targetGroups',
    'target_groups',
    [TARGET_GROUPS, targetGroups, TargetGroup, 'TargetGroup', 'target group'],
    { facet: 'Per target group.', filter: 'Practices serving any of these groups.' },
  ),
  vocabularyField(
    'choice',
    'evidenceLevels',
    'evidence_level',
    [EVIDENCE_LEVELS, evidenceLevels, EvidenceLevel, 'EvidenceLevel', 'evidence level'],
    { facet: 'Per evidence level.', filter: 'Practices with any of these evidence levels.' },
  ),
] as const;

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

type VocabularyRow = (typeof VOCABULARY_FACET_FIELDS)[number];
export type VocabularyFacetName = VocabularyRow['name'];
export type MaskFacetName = Extract<VocabularyRow, { kind: 'mask' }>['name'];
export type ChoiceFacetName = Extract<VocabularyRow, { kind: 'choice' }>['name'];

/** The value type of each vocabulary facet (`themes`: `Theme`). */
export type VocabularyValues = { [R in VocabularyRow as R['name']]: R['values'][number] };

/** One value of a facet and how many practices have it. */
export interface FacetCount<V> {
  value: V;
  label: string;
  count: number;
}

/** The facet counts, per facet field. */
export type FacetLists = { [N in VocabularyFacetName]: FacetCount<VocabularyValues[N]>[] } & {
  countries: FacetCount<string>[];
  years: FacetCount<number>[];
  allPrograms: FacetCount<string>[];
};
