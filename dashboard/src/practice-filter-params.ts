import {
  filterCountryCodeProblem,
  filterYearProblem,
  normalCountryCode,
  VOCABULARY_FACETS,
  type VocabularyFacet,
  type VocabularyFacetName,
  type VocabularyFacetValues,
} from '@atlas/shared';

/** Per vocabulary filter (`VOCABULARY_FACETS` of `@atlas/shared`), the values chosen. */
type VocabularyFilters = { [N in VocabularyFacetName]: VocabularyFacetValues[N][] };

/**
 * The practice browser's state in the query string, so every view is a permalink:
 * `/practices?country=ID,PH&theme=ENTREPRENEURSHIP&q=cooperative&from=2015&to=2020&sort=NEWEST&after=…`.
 * Lists are comma-separated; unknown values are dropped rather than sent to the API.
 */
export interface PracticeBrowserState extends VocabularyFilters {
  countryCodes: string[];
  programId: string | null;
  text: string;
  yearFrom: number | null;
  yearTo: number | null;
  sort: string | null;
  /** The API's opaque cursor: the page starts after it (null: the first page). */
  after: string | null;
}

export type ListField = 'countryCodes' | VocabularyFacetName;

/** The query-string parameter of each list filter. */
const LIST_PARAMS: Record<ListField, string> = {
  countryCodes: 'country',
  ...(Object.fromEntries(VOCABULARY_FACETS.map((facet) => [facet.name, facet.param])) as Record<
    VocabularyFacetName,
    string
  >),
};

/** Each vocabulary filter with `values` per field. */
function vocabularyFilters(values: (facet: VocabularyFacet) => string[]): VocabularyFilters {
  return Object.fromEntries(
    VOCABULARY_FACETS.map((facet: VocabularyFacet) => [facet.name, values(facet)]),
  ) as VocabularyFilters;
}

export const EMPTY_STATE: PracticeBrowserState = {
  countryCodes: [],
  ...vocabularyFilters(() => []),
  programId: null,
  text: '',
  yearFrom: null,
  yearTo: null,
  sort: null,
  after: null,
};

function list(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
}

function year(params: URLSearchParams, name: string): number | null {
  const value = Number(params.get(name));
  return Number.isInteger(value) && filterYearProblem(value) === null ? value : null;
}

export function parsePracticeParams(search: string): PracticeBrowserState {
  const params = new URLSearchParams(search);
  const known = <E extends string>(values: readonly E[], name: string) =>
    list(params, name).filter((value): value is E => (values as readonly string[]).includes(value));
  return {
    countryCodes: list(params, LIST_PARAMS.countryCodes)
      .map(normalCountryCode)
      .filter((code) => filterCountryCodeProblem(code) === null),
    ...vocabularyFilters((facet) => known(facet.values, facet.param)),
    programId: params.get('program') || null,
    text: params.get('q') ?? '',
    yearFrom: year(params, 'from'),
    yearTo: year(params, 'to'),
    sort: params.get('sort') || null,
    after: params.get('after') || null,
  };
}

export function practiceParams(state: Partial<PracticeBrowserState>): string {
  const params = new URLSearchParams();
  for (const [field, name] of Object.entries(LIST_PARAMS) as [ListField, string][]) {
    const values = state[field];
    if (values && values.length > 0) params.set(name, values.join(','));
  }
  if (state.programId) params.set('program', state.programId);
  if (state.text) params.set('q', state.text);
  if (state.yearFrom) params.set('from', String(state.yearFrom));
  if (state.yearTo) params.set('to', String(state.yearTo));
  if (state.sort) params.set('sort', state.sort);
  if (state.after) params.set('after', state.after);
  return params.toString().replace(/%2C/g, ',');
}

/** A link into the practice browser with these filters. */
export function practicesHref(state: Partial<PracticeBrowserState>): string {
  const query = practiceParams(state);
  return query ? `/practices?${query}` : '/practices';
}

/** The API's PracticeFilter for a browser state. */
export function practiceFilter(state: PracticeBrowserState) {
  return {
    countryCodes: state.countryCodes.length ? state.countryCodes : null,
    ...(Object.fromEntries(VOCABULARY_FACETS.map(({ name }) => [name, state[name].length ? state[name] : null])) as {
      [N in VocabularyFacetName]: VocabularyFilters[N] | null;
    }),
    programId: state.programId,
    text: state.text.trim() || null,
    yearFrom: state.yearFrom,
    yearTo: state.yearTo,
  };
}
