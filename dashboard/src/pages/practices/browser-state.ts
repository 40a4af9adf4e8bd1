import { VOCABULARY_FACETS, type VocabularyFacet } from '@atlas/shared';
import { API_BASE } from '../../api-client';
import { members } from '../../components/Vocabulary';
import { EMPTY_STATE, practiceFilter, type ListField, type PracticeBrowserState } from '../../practice-filter-params';
import type { PracticeOrder } from './queries';

/** The sort orders, in the order of the select (the API's PracticeOrder enum; labels `practices.sort.<order>`). */
const SORT_ORDERS: readonly PracticeOrder[] = ['RELEVANCE', 'NEWEST', 'OLDEST', 'TITLE', 'COUNTRY', 'RECENTLY_UPDATED'];

function searching(state: PracticeBrowserState): boolean {
  return state.text.trim() !== '';
}

/** The sort orders offered: relevance only for a search, where it means something. */
export function sortOptions(state: PracticeBrowserState): readonly PracticeOrder[] {
  return searching(state) ? SORT_ORDERS : SORT_ORDERS.filter((order) => order !== 'RELEVANCE');
}

/**
 * The order of the list: the one in the state if it is offered, otherwise the best match first for
 * a search and the newest first without one. Always given to the API, so the list never depends on
 * the API's own default.
 */
export function sortOrder(state: PracticeBrowserState): PracticeOrder {
  return sortOptions(state).find((order) => order === state.sort) ?? (searching(state) ? 'RELEVANCE' : 'NEWEST');
}

function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** The state with `value` added to or removed from a list filter; back to the first page. */
export function toggleValue(state: PracticeBrowserState, field: ListField, value: string): PracticeBrowserState {
  const next = { ...state, after: null };
  const values = toggled(state[field], value);
  const vocabulary = (VOCABULARY_FACETS as readonly VocabularyFacet[]).find((facet) => facet.name === field);
  return { ...next, [field]: vocabulary ? members(vocabulary.values, values) : values };
}

/** How many filter values are set. */
export function activeFilterCount(state: PracticeBrowserState): number {
  return (
    state.countryCodes.length +
    VOCABULARY_FACETS.reduce((sum, facet) => sum + state[facet.name].length, 0) +
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

/**
 * The server's CSV of every practice under this state's filter (all pages; the order and the page do
 * not change what it holds): `/export/practices.csv` with the fields of the API's PracticeFilter as
 * query parameters, lists comma-separated.
 */
export function practicesCsvHref(state: PracticeBrowserState): string {
  const params = new URLSearchParams();
  for (const [field, value] of Object.entries(practiceFilter(state))) {
    if (value === null) continue;
    params.set(field, Array.isArray(value) ? value.join(',') : String(value));
  }
  const query = params.toString().replace(/%2C/g, ',');
  return `${API_BASE}/export/practices.csv${query ? `?${query}` : ''}`;
}
