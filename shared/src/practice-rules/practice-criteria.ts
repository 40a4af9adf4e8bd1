import type { VocabularyFacetName, VocabularyFacetValues } from '../practice-facets.js';
import {
  filterCountryCodeProblem,
  filterListProblem,
  filterTextProblem,
  filterYearProblem,
  normalCountryCode,
  yearRangeProblem,
} from '../rules/filter-rules.js';
import { problem, type Problem } from '../rules/problems.js';
import { EvidenceLevel, PracticeStatus } from '../vocabulary.js';
import { maskOf } from './enum-set.js';
import { VOCABULARY_FACET_FIELDS } from './facet-fields.js';
import { searchTerms } from './search-terms.js';

/** The viewer's reach beyond public records: everything (editors), or what their account created. */
export interface PracticeVisibility {
  all: boolean;
  ownerId: number | null;
}

/** A practice filter checked and turned into database terms (ids, masks, search terms). */
export interface PracticeCriteria {
  statuses: PracticeStatus[];
  visibility: PracticeVisibility;
  countryCodes?: string[];
  /** Per vocabulary facet that a practice holds a set of (facet-fields.ts), the chosen values' bit mask. */
  masks: Partial<Record<VocabularyFacetName, number>>;
  /** Per vocabulary facet that a practice holds one of, the chosen values. */
  choices: Partial<Record<VocabularyFacetName, string[]>>;
  programId?: number;
  eventId?: number;
  yearFrom?: number;
  yearTo?: number;
  terms: string[];
  /**
   * Alternatives, of which a practice must match at least one besides everything above: each holds
   * narrowing fields only (no statuses, no search terms, no alternatives of its own).
   */
  anyOf?: PracticeCriteria[];
}

/** The vocabulary fields of the API's `PracticeFilter`, one per vocabulary facet. */
export type VocabularyFilterValues = { [N in VocabularyFacetName]?: VocabularyFacetValues[N][] | null };

/** The fields of the API's `PracticeFilter`, as plain values. */
export type PracticeFilterValues = VocabularyFilterValues & {
  countryCodes?: string[] | null;
  /** A programme's global ID. */
  programId?: string | null;
  /** An event's global ID. */
  eventId?: string | null;
  text?: string | null;
  statuses?: PracticeStatus[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  /** At least this level on the evidence scale (EvidenceLevel's declared order, weakest first). */
  minEvidenceLevel?: EvidenceLevel | null;
  /** Alternatives: a practice matches when it matches the rest of the filter and any one of these. */
  anyOf?: PracticeFilterValues[] | null;
};

/** The most alternatives one filter's `anyOf` takes. */
export const MAX_ALTERNATIVES = 10;

/** The kinds of record a filter names by global ID. */
export type FilterIdType = 'ReintegrationProgram' | 'Event';

/** What turning a filter into criteria needs from the side that does it (the API, the static Atlas). */
export interface CriteriaContext {
  /** Who may read what: the viewer's reach. */
  visibility: PracticeVisibility;
  /** The database id inside `value`, a global ID of a `typeName`; undefined when it is not one (report it at `path`). */
  decodeId(value: string, typeName: FilterIdType, path: string): number | undefined;
  /** Takes a problem the filter rules found, at its path (`filter.yearTo`, `filter.countryCodes[1]`). */
  report(path: string, problem: Problem): void;
}

/**
 * Checks a filter and turns it into criteria: the API's `practiceCriteria`, and the static Atlas's
 * practice browser, read the filter by this one rule. Every problem is reported with its path, the
 * argument named `filter`; an absent `statuses` means published practices.
 */
export function practiceCriteriaOf(
  filter: PracticeFilterValues,
  context: CriteriaContext,
  at = 'filter',
): PracticeCriteria {
  const { visibility, decodeId, report } = context;
  const check = (path: string, problem: Problem | null) => problem && report(path, problem);
  const list = <T>(name: keyof PracticeFilterValues, values: T[] | null | undefined): T[] | undefined => {
    if (values == null) return undefined;
    check(`${at}.${name}`, filterListProblem(values));
    return values.length ? values : undefined;
  };
  const year = (name: 'yearFrom' | 'yearTo'): number | undefined => {
    const value = filter[name];
    if (value == null) return undefined;
    check(`${at}.${name}`, filterYearProblem(value));
    return value;
  };
  const id = (name: 'programId' | 'eventId', typeName: FilterIdType): number | undefined => {
    const value = filter[name];
    return value == null ? undefined : decodeId(value, typeName, `${at}.${name}`);
  };

  const countryCodes = list('countryCodes', filter.countryCodes)?.map(normalCountryCode);
  countryCodes?.forEach((code, index) => check(`${at}.countryCodes[${index}]`, filterCountryCodeProblem(code)));
  const masks: PracticeCriteria['masks'] = {};
  const choices: PracticeCriteria['choices'] = {};
  for (const field of VOCABULARY_FACET_FIELDS) {
    const chosen = list<string>(field.name, filter[field.name]);
    if (chosen && field.kind === 'set') masks[field.name] = maskOf<string>(field.values, chosen);
    if (chosen && field.kind === 'one') choices[field.name] = chosen;
  }
  if (filter.minEvidenceLevel != null)
    choices.evidenceLevels = atLeast(filter.minEvidenceLevel, choices.evidenceLevels);
  const yearFrom = year('yearFrom');
  const yearTo = year('yearTo');
  check(`${at}.yearTo`, yearRangeProblem(yearFrom, yearTo));
  check(`${at}.text`, filterTextProblem(filter.text));
  return {
    statuses: list('statuses', filter.statuses) ?? [PracticeStatus.PUBLISHED],
    visibility,
    countryCodes,
    masks,
    choices,
    programId: id('programId', 'ReintegrationProgram'),
    eventId: id('eventId', 'Event'),
    yearFrom,
    yearTo,
    terms: searchTerms(filter.text),
    anyOf: alternatives(filter, context, at),
  };
}

/** The criteria of each of `filter.anyOf`, every problem reported at its path (`filter.anyOf[1].themes`). */
function alternatives(
  filter: PracticeFilterValues,
  context: CriteriaContext,
  at: string,
): PracticeCriteria[] | undefined {
  const { anyOf } = filter;
  if (anyOf == null) return undefined;
  if (at !== 'filter') {
    context.report(`${at}.anyOf`, problem('NESTED_ALTERNATIVES'));
    return undefined;
  }
  if (anyOf.length === 0 || anyOf.length > MAX_ALTERNATIVES) {
    context.report(`${at}.anyOf`, problem('ALTERNATIVES_COUNT', { max: MAX_ALTERNATIVES }));
    return undefined;
  }
  return anyOf.map((alternative, index) => {
    const path = `${at}.anyOf[${index}]`;
    for (const field of ['text', 'statuses'] as const) {
      if (alternative[field] != null) {
        context.report(`${path}.${field}`, problem('WHOLE_FILTER_FIELD', { field }));
      }
    }
    return practiceCriteriaOf(alternative, context, path);
  });
}

const EVIDENCE_SCALE = Object.values(EvidenceLevel);

/**
 * The evidence levels a filter allows: `minimum` and every stronger one, within the levels it also
 * names (both narrow the one facet, so facets count them as one filter).
 */
function atLeast(minimum: EvidenceLevel, named: string[] | undefined): string[] {
  const allowed = EVIDENCE_SCALE.slice(Math.max(0, EVIDENCE_SCALE.indexOf(minimum)));
  return named ? named.filter((level) => allowed.includes(level as EvidenceLevel)) : allowed;
}
