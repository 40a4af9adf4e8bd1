import { Dimension, EvidenceLevel, Level, Stakeholder, TargetGroup, Theme } from '@atlas/shared';
import { EMPTY_STATE, type ListField, type PracticeBrowserState } from '../../practice-filter-params';
import type { PracticeOrder } from './queries';

/** The sort orders offered, in the order of the select (the API's PracticeOrder enum). */
export const SORT_OPTIONS: readonly { value: PracticeOrder; label: string }[] = [
  { value: 'RELEVANCE', label: 'Relevance' },
  { value: 'NEWEST', label: 'Newest first' },
  { value: 'OLDEST', label: 'Oldest first' },
  { value: 'TITLE', label: 'Title, A to Z' },
  { value: 'COUNTRY', label: 'Country, A to Z' },
  { value: 'RECENTLY_UPDATED', label: 'Recently updated' },
];

/** The sort order of a browser state, if it is one the API knows (otherwise the API's default). */
export function sortOrder(state: PracticeBrowserState): PracticeOrder | null {
  return SORT_OPTIONS.find((option) => option.value === state.sort)?.value ?? null;
}

/** The values that are members of an enum, as its members (API values are plain strings). */
export function members<E extends string>(all: readonly E[], values: readonly string[]): E[] {
  return values.flatMap((value) => all.filter((member) => member === value));
}

function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** The state with `value` added to or removed from a list filter; back to the first page. */
export function toggleValue(state: PracticeBrowserState, field: ListField, value: string): PracticeBrowserState {
  const next = { ...state, after: null };
  const values = toggled(state[field], value);
  switch (field) {
    case 'countryCodes':
      return { ...next, countryCodes: values };
    case 'themes':
      return { ...next, themes: members(Object.values(Theme), values) };
    case 'dimensions':
      return { ...next, dimensions: members(Object.values(Dimension), values) };
    case 'levels':
      return { ...next, levels: members(Object.values(Level), values) };
    case 'stakeholders':
      return { ...next, stakeholders: members(Object.values(Stakeholder), values) };
    case 'targetGroups':
      return { ...next, targetGroups: members(Object.values(TargetGroup), values) };
    case 'evidenceLevels':
      return { ...next, evidenceLevels: members(Object.values(EvidenceLevel), values) };
  }
}

/** How many filter values are set. */
export function activeFilterCount(state: PracticeBrowserState): number {
  return (
    state.countryCodes.length +
    state.themes.length +
    state.dimensions.length +
    state.levels.length +
    state.stakeholders.length +
    state.targetGroups.length +
    state.evidenceLevels.length +
    (state.programId ? 1 : 0) +
    (state.text.trim() ? 1 : 0) +
    (state.yearFrom ? 1 : 0) +
    (state.yearTo ? 1 : 0)
  );
}

/** No filter, no search, first page; the sort order stays. */
export function clearedState(state: PracticeBrowserState): PracticeBrowserState {
  return { ...EMPTY_STATE, sort: state.sort };
}
