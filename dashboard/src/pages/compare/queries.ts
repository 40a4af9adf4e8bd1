import { graphql, type ResultOf } from '../../graphql';
import { ComparedFigure, IndicatorName } from '../../figures/queries';
import { ProgramName } from '../../components/names';

/** The member states to choose from (codes and names, by name). */
export const CompareCountriesQuery = graphql(`
  query CompareCountries {
    countries {
      code
      name
    }
  }
`);

/**
 * The selected member states side by side: their programmes, every figure on every indicator with a
 * figure for any of them (statistics and programme outcomes, each with its source), and the
 * dimensions × themes practice coverage.
 */
export const ComparisonQuery = graphql(
  `
    query Comparison($codes: [String!]!) {
      compareCountries(codes: $codes) {
        countries {
          id
          code
          name
          practiceCount
          programs {
            id
            name
            acronym
            status
            kind
            reach
            startYear
            endYear
          }
        }
        indicators {
          indicator {
            ...IndicatorName
            description
          }
          values {
            ...ComparedFigure
            kind
            program {
              ...ProgramName
            }
          }
        }
        coverage {
          country {
            code
          }
          dimension
          theme
          practiceCount
        }
      }
    }
  `,
  [IndicatorName, ComparedFigure, ProgramName],
);

export type CountriesData = ResultOf<typeof CompareCountriesQuery>;
export type ComparisonData = ResultOf<typeof ComparisonQuery>;
export type Comparison = ComparisonData['compareCountries'];
export type ComparedCountry = Comparison['countries'][number];
export type IndicatorComparison = Comparison['indicators'][number];
export type ComparedValue = IndicatorComparison['values'][number];
export type CoverageCell = Comparison['coverage'][number];
