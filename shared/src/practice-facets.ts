import {
  Dimension,
  dimensions,
  EvidenceLevel,
  evidenceLevels,
  Level,
  levels,
  Stakeholder,
  stakeholders,
  TargetGroup,
  targetGroups,
  Theme,
  themes,
  type Vocabulary,
} from './vocabulary.js';

/**
 * A practice field over a vocabulary that practices are filtered and counted by: the API's
 * `PracticeFilter` field and `PracticeFacets` field of that name, the practice browser's filter
 * group. Its column is in the facet fields (practice-rules/facet-fields.ts).
 */
export interface VocabularyFacet<N extends string = string, E extends string = string, K extends Holds = Holds> {
  name: N;
  /** A practice holds a set of these values (stored as a bit mask) or exactly one. */
  holds: K;
  /** The vocabulary's enum, its values (in bit order for a set) and their labels. */
  enumObject: Record<string, E>;
  values: readonly E[];
  vocabulary: Vocabulary<E>;
  /** The GraphQL enum of the values; `<typeName>FacetValue` is its facet's value type. */
  typeName: string;
  /** What a value is, in words (`evidence level`). */
  what: string;
  /** Descriptions in the API schema: of the `PracticeFacets` field and of the `PracticeFilter` field. */
  facetDescription: string;
  filterDescription: string;
  /** The practice browser's query-string parameter (`?theme=…`). */
  param: string;
}

type Holds = 'set' | 'one';

function facet<const N extends string, E extends string, const K extends Holds>(
  name: N,
  holds: K,
  [enumObject, vocabulary]: [Record<string, E>, Vocabulary<E>],
  words: Omit<VocabularyFacet, 'name' | 'holds' | 'enumObject' | 'values' | 'vocabulary'>,
): VocabularyFacet<N, E, K> {
  return { name, holds, enumObject, values: Object.values(enumObject), vocabulary, ...words };
}

/**
 * The vocabulary facets, in the order the practice browser shows them. A new vocabulary filter is
 * one row here, one in the facet fields (practice-rules/facet-fields.ts: its column), the column's migration, its
 * selection in the practice browser's facets query, and its legend and chip in the dashboard's
 * catalogs (`facets.<name>.legend`, `.chip`).
 */
export const VOCABULARY_FACETS = [
  facet('themes', 'set', [Theme, themes], {
    typeName: 'Theme',
    what: 'theme',
    facetDescription: 'Per theme.',
    filterDescription: 'Practices with any of these themes.',
    param: 'theme',
  }),
  facet('dimensions', 'set', [Dimension, dimensions], {
    typeName: 'Dimension',
    what: 'dimension',
    facetDescription: 'Per dimension.',
    filterDescription: 'Practices addressing any of these dimensions.',
    param: 'dimension',
  }),
  facet('levels', 'set', [Level, levels], {
    typeName: 'Level',
    what: 'level',
    facetDescription: 'Per level.',
    filterDescription: 'Practices working at any of these levels.',
    param: 'level',
  }),
  facet('stakeholders', 'set', [Stakeholder, stakeholders], {
    typeName: 'Stakeholder',
    what: 'stakeholder',
    facetDescription: 'Per stakeholder.',
    filterDescription: 'Practices involving any of these stakeholders.',
    param: 'stakeholder',
  }),
  facet('targetGroups', 'set', [TargetGroup, targetGroups], {
    typeName: 'TargetGroup',
    what: 'target group',
    facetDescription: 'Per target group.',
    filterDescription: 'Practices serving any of these groups.',
    param: 'target',
  }),
  facet('evidenceLevels', 'one', [EvidenceLevel, evidenceLevels], {
    typeName: 'EvidenceLevel',
    what: 'evidence level',
    facetDescription: 'Per evidence level.',
    filterDescription: 'Practices with any of these evidence levels.',
    param: 'evidence',
  }),
] as const;

export type VocabularyFacetRow = (typeof VOCABULARY_FACETS)[number];
export type VocabularyFacetName = VocabularyFacetRow['name'];

/** The value type of each vocabulary facet (`themes`: `Theme`). */
export type VocabularyFacetValues = { [R in VocabularyFacetRow as R['name']]: R['values'][number] };
