import { graphql, type ResultOf, type VariablesOf } from '../../graphql';
import { CountryName, ProgramName } from '../../components/names';
import { PracticeListItem } from '../../components/PracticeList';
import { LocalizedTextFields } from '../../components/localized-text';

/** One page of practices under the current filter, in the chosen order. */
export const PracticeListQuery = graphql(
  `
    query PracticeList(
      $filter: PracticeFilter
      $first: Int
      $after: String
      $orderBy: PracticeOrder
      $language: String!
    ) {
      practices(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          endCursor
        }
        nodes {
          ...PracticeListItem
          texts: inLanguage(language: $language) {
            ...LocalizedTextFields
          }
          themes
          evidenceLevel
          kind
          country {
            ...CountryName
          }
          program {
            ...ProgramName
          }
        }
      }
    }
  `,
  [PracticeListItem, CountryName, ProgramName, LocalizedTextFields],
);

/**
 * The filter options with their counts, the years present in the whole Atlas (the year selects) and
 * the selected programme's name. A query of its own, so that paging and sorting do not ask for the
 * facets again.
 *
 * Values within a filter group are alternatives, so each group is counted under the filter *without*
 * that group (`eachWithoutItsOwnFilter`): under the full filter, checking Philippines would show every
 * other country at 0.
 */
export const PracticeFacetsQuery = graphql(`
  query PracticeFacets($filter: PracticeFilter, $programId: ID!, $withProgram: Boolean!) {
    practices(filter: $filter, first: 0) {
      facets(eachWithoutItsOwnFilter: true) {
        countries {
          value
          label
          count
        }
        kinds {
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
  }
`);

export type PracticeListData = ResultOf<typeof PracticeListQuery>;
export type PracticeListVariables = VariablesOf<typeof PracticeListQuery>;
export type PracticeFacetsData = ResultOf<typeof PracticeFacetsQuery>;
export type PracticeFacetsVariables = VariablesOf<typeof PracticeFacetsQuery>;
export type PracticeSummary = PracticeListData['practices']['nodes'][number];
export type PracticeFacets = PracticeFacetsData['practices']['facets'];
export type PracticeOrder = NonNullable<PracticeListVariables['orderBy']>;
