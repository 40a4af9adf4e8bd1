import { graphql, type ResultOf, type VariablesOf } from '../../graphql';

/** One page of practices under the current filter, in the chosen order. */
export const PracticeListQuery = graphql(`
  query PracticeList($filter: PracticeFilter, $first: Int, $after: String, $orderBy: PracticeOrder) {
    practices(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      nodes {
        id
        title
        summary
        year
        themes
        evidenceLevel
        country {
          code
          name
        }
        program {
          id
          name
          acronym
        }
      }
    }
  }
`);

/**
 * The filter options with their counts under the current filter, the years present in the whole
 * Atlas (the year selects) and the selected programme's name. A query of its own, so that paging and
 * sorting do not ask for the facets again.
 *
 * Values within a filter group are alternatives, so once a group has a checked value, the counts of
 * its other values are taken under the filter *without* that group (`…Counts`, asked only for the
 * groups in use): under the full filter, checking Philippines would show every other country at 0.
 */
export const PracticeFacetsQuery = graphql(`
  query PracticeFacets(
    $filter: PracticeFilter
    $programId: ID!
    $withProgram: Boolean!
    $countryCountsFilter: PracticeFilter
    $withCountryCounts: Boolean!
    $themeCountsFilter: PracticeFilter
    $withThemeCounts: Boolean!
    $dimensionCountsFilter: PracticeFilter
    $withDimensionCounts: Boolean!
    $levelCountsFilter: PracticeFilter
    $withLevelCounts: Boolean!
    $stakeholderCountsFilter: PracticeFilter
    $withStakeholderCounts: Boolean!
    $targetGroupCountsFilter: PracticeFilter
    $withTargetGroupCounts: Boolean!
    $evidenceLevelCountsFilter: PracticeFilter
    $withEvidenceLevelCounts: Boolean!
    $programCountsFilter: PracticeFilter
  ) {
    practices(filter: $filter, first: 0) {
      totalCount
      facets {
        countries {
          value
          label
          count
        }
        themes {
          value
          label
          count
        }
        dimensions {
          value
          label
          count
        }
        levels {
          value
          label
          count
        }
        stakeholders {
          value
          label
          count
        }
        targetGroups {
          value
          label
          count
        }
        evidenceLevels {
          value
          label
          count
        }
        years {
          value
          count
        }
        programs {
          value
          label
          count
        }
      }
    }
    allYears: practices(first: 0) {
      facets {
        years {
          value
        }
      }
    }
    selectedProgram: program(id: $programId) @include(if: $withProgram) {
      id
      name
      acronym
    }
    countryCounts: practices(filter: $countryCountsFilter, first: 0) @include(if: $withCountryCounts) {
      facets {
        countries {
          value
          count
        }
      }
    }
    themeCounts: practices(filter: $themeCountsFilter, first: 0) @include(if: $withThemeCounts) {
      facets {
        themes {
          value
          count
        }
      }
    }
    dimensionCounts: practices(filter: $dimensionCountsFilter, first: 0) @include(if: $withDimensionCounts) {
      facets {
        dimensions {
          value
          count
        }
      }
    }
    levelCounts: practices(filter: $levelCountsFilter, first: 0) @include(if: $withLevelCounts) {
      facets {
        levels {
          value
          count
        }
      }
    }
    stakeholderCounts: practices(filter: $stakeholderCountsFilter, first: 0) @include(if: $withStakeholderCounts) {
      facets {
        stakeholders {
          value
          count
        }
      }
    }
    targetGroupCounts: practices(filter: $targetGroupCountsFilter, first: 0) @include(if: $withTargetGroupCounts) {
      facets {
        targetGroups {
          value
          count
        }
      }
    }
    evidenceLevelCounts: practices(filter: $evidenceLevelCountsFilter, first: 0)
      @include(if: $withEvidenceLevelCounts) {
      facets {
        evidenceLevels {
          value
          count
        }
      }
    }
    programCounts: practices(filter: $programCountsFilter, first: 0) @include(if: $withProgram) {
      facets {
        programs {
          value
          label
          count
        }
      }
    }
  }
`);

export type PracticeListData = ResultOf<typeof PracticeListQuery>;
export type PracticeListVariables = VariablesOf<typeof PracticeListQuery>;
export type PracticeFacetsData = ResultOf<typeof PracticeFacetsQuery>;
export type PracticeFacetsVariables = VariablesOf<typeof PracticeFacetsQuery>;
export type PracticeSummary = PracticeListData['practices']['nodes'][number];
export type PracticeFacets = PracticeFacetsData['practices']['facets'];
export type PracticeOrder = NonNullable<PracticeListVariables['orderBy']>;
