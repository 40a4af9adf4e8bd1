import { practiceFilter, type PracticeBrowserState } from '../../practice-filter-params';
import type { PracticeFacets, PracticeFacetsData, PracticeFacetsVariables } from './queries';

/** The facets query's variables: the filter, and the filter without each group that is in use. */
export function facetVariables(state: PracticeBrowserState): PracticeFacetsVariables {
  const without = (inUse: boolean, changed: Partial<PracticeBrowserState>) =>
    inUse ? practiceFilter({ ...state, ...changed }) : null;
  return {
    filter: practiceFilter(state),
    programId: state.programId ?? '',
    withProgram: state.programId !== null,
    countryCountsFilter: without(state.countryCodes.length > 0, { countryCodes: [] }),
    withCountryCounts: state.countryCodes.length > 0,
    themeCountsFilter: without(state.themes.length > 0, { themes: [] }),
    withThemeCounts: state.themes.length > 0,
    dimensionCountsFilter: without(state.dimensions.length > 0, { dimensions: [] }),
    withDimensionCounts: state.dimensions.length > 0,
    levelCountsFilter: without(state.levels.length > 0, { levels: [] }),
    withLevelCounts: state.levels.length > 0,
    stakeholderCountsFilter: without(state.stakeholders.length > 0, { stakeholders: [] }),
    withStakeholderCounts: state.stakeholders.length > 0,
    targetGroupCountsFilter: without(state.targetGroups.length > 0, { targetGroups: [] }),
    withTargetGroupCounts: state.targetGroups.length > 0,
    evidenceLevelCountsFilter: without(state.evidenceLevels.length > 0, { evidenceLevels: [] }),
    withEvidenceLevelCounts: state.evidenceLevels.length > 0,
    programCountsFilter: without(state.programId !== null, { programId: null }),
  };
}

function recount<T extends { value: string; count: number }>(
  options: readonly T[],
  counts: readonly { value: string; count: number }[] | undefined,
): T[] {
  if (!counts) return [...options];
  return options.map((option) => ({
    ...option,
    count: counts.find((count) => count.value === option.value)?.count ?? 0,
  }));
}

/**
 * The count of each filter value: the practices that have it and match the filters of the *other*
 * groups (for a group not in use, that is the count under the current filter).
 */
export function facetCounts(data: PracticeFacetsData): PracticeFacets {
  const facets = data.practices.facets;
  return {
    ...facets,
    countries: recount(facets.countries, data.countryCounts?.facets.countries),
    themes: recount(facets.themes, data.themeCounts?.facets.themes),
    dimensions: recount(facets.dimensions, data.dimensionCounts?.facets.dimensions),
    levels: recount(facets.levels, data.levelCounts?.facets.levels),
    stakeholders: recount(facets.stakeholders, data.stakeholderCounts?.facets.stakeholders),
    targetGroups: recount(facets.targetGroups, data.targetGroupCounts?.facets.targetGroups),
    evidenceLevels: recount(facets.evidenceLevels, data.evidenceLevelCounts?.facets.evidenceLevels),
    programs: data.programCounts?.facets.programs ?? facets.programs,
  };
}
