import { CountryName } from '../../components/names';
import { IndicatorName, StatisticFigure } from '../../figures/queries';
import { graphql, type ResultOf, type VariablesOf } from '../../graphql';
import { RevisionFields } from '../../history/queries';

/** A country's statistics as they are now (each with its version), and the indicators a figure can measure. */
export const StatisticsFormQuery = graphql(
  `
    query CountryStatisticsForm($code: String!) {
      country(code: $code) {
        id
        ...CountryName
        statistics {
          version
          ...StatisticFigure
          source {
            id
          }
        }
      }
      indicators {
        ...IndicatorName
      }
    }
  `,
  [CountryName, StatisticFigure, IndicatorName],
);

export type StatisticsCountry = NonNullable<ResultOf<typeof StatisticsFormQuery>['country']>;
export type RecordedStatistic = StatisticsCountry['statistics'][number];
export type IndicatorChoice = ResultOf<typeof StatisticsFormQuery>['indicators'][number];

/** The history of the country's statistics, deleted ones included. Editors only. */
export const StatisticRevisionsQuery = graphql(
  `
    query CountryStatisticRevisions($code: String!) {
      country(code: $code) {
        id
        statisticRevisions {
          ...RevisionFields
        }
      }
    }
  `,
  [RevisionFields],
);

/** All the figures or none: each problem at its path (`rows[2].value`). */
export const RecordStatisticsMutation = graphql(`
  mutation RecordCountryStatistics($code: String!, $rows: [CountryStatisticInput!]!) {
    recordCountryStatistics(countryCode: $code, rows: $rows) {
      id
    }
  }
`);

export type StatisticInput = VariablesOf<typeof RecordStatisticsMutation>['rows'][number];

export const UpdateStatisticMutation = graphql(`
  mutation UpdateCountryStatistic($id: ID!, $input: CountryStatisticInput!, $expectedVersion: Int!) {
    updateCountryStatistic(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

export const DeleteStatisticMutation = graphql(`
  mutation DeleteCountryStatistic($id: ID!, $expectedVersion: Int!) {
    deleteCountryStatistic(id: $id, expectedVersion: $expectedVersion)
  }
`);

/**
 * The types whose cached queries a change of statistics makes stale: the country's public page
 * (which shows them, and may have shown none yet) and every list of figures.
 */
export const STATISTICS_TYPENAMES = ['Country', 'CountryStatistic'];
