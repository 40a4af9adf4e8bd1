/** The fields of a practice that hold values of a vocabulary, in the order the editor and the CSV export take them. */
export const PRACTICE_VOCABULARY_FIELDS = [
  'kind',
  'themes',
  'dimensions',
  'levels',
  'stakeholders',
  'targetGroups',
  'evidenceLevel',
] as const;
