import {
  dimensions,
  evidenceLevels,
  geographicReaches,
  instrumentKinds,
  levels,
  measureKinds,
  migrationProfiles,
  practiceStatuses,
  programStatuses,
  sexes,
  stakeholders,
  targetGroups,
  themes,
  type Vocabulary,
} from '@atlas/shared';
import type { IntlShape } from 'react-intl';
import { vocabularyText } from '../components/Vocabulary';

/** The vocabularies of each recorded field that holds vocabulary values (one, or a list of them). */
const BY_FIELD: Record<string, readonly Vocabulary<string>[]> = {
  themes: [themes],
  dimensions: [dimensions],
  levels: [levels],
  stakeholders: [stakeholders],
  targetGroups: [targetGroups],
  evidenceLevel: [evidenceLevels],
  status: [practiceStatuses, programStatuses],
  migrationProfile: [migrationProfiles],
  sex: [sexes],
  kind: [instrumentKinds, measureKinds],
  reach: [geographicReaches],
};

function vocabularyOf(field: string, value: string): Vocabulary<string> | undefined {
  return BY_FIELD[field]?.find((vocabulary) => value in vocabulary);
}

/** A recorded value of `field` in `intl`'s words when it is a vocabulary value (`HEALTH` → "Health"); otherwise as is. */
export function valueName(intl: IntlShape, field: string, value: string): string {
  const vocabulary = vocabularyOf(field, value);
  return vocabulary ? vocabularyText(intl).labelOf(vocabulary, value) : value;
}

/** The status a recorded state holds, in `intl`'s words, or null when it holds none. */
export function recordedStatus(intl: IntlShape, state: Record<string, unknown>): string | null {
  return typeof state.status === 'string' ? valueName(intl, 'status', state.status) : null;
}
