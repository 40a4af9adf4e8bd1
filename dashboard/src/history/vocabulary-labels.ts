import {
  dimensions,
  evidenceLevels,
  instrumentKinds,
  levels,
  migrationProfiles,
  practiceStatuses,
  programStatuses,
  sexes,
  stakeholders,
  targetGroups,
  themes,
  type VocabularyEntry,
} from '@atlas/shared';

type Labels = Readonly<Record<string, VocabularyEntry | undefined>>;

/** The vocabulary of each recorded field that holds vocabulary values (one, or a list of them). */
const BY_FIELD: Record<string, Labels> = {
  themes,
  dimensions,
  levels,
  stakeholders,
  targetGroups,
  evidenceLevel: evidenceLevels,
  status: { ...practiceStatuses, ...programStatuses },
  migrationProfile: migrationProfiles,
  sex: sexes,
  kind: instrumentKinds,
};

/** A recorded value of `field` in words when it is a vocabulary value (`HEALTH` → "Health"); otherwise as is. */
export function valueLabel(field: string, value: string): string {
  return BY_FIELD[field]?.[value]?.label ?? value;
}

/** The status a recorded state holds, in words, or null when it holds none. */
export function recordedStatus(state: Record<string, unknown>): string | null {
  return typeof state.status === 'string' ? valueLabel('status', state.status) : null;
}
