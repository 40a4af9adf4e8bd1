import { ComparedIndicator, OutcomeFigure } from '../../figures/queries';
import { graphql, type ResultOf } from '../../graphql';
import { CountryName, ProgramName } from '../../components/names';

/** Programme outcomes shown as headline figures on the overview, when the Atlas has them. */
export const HIGHLIGHT_INDICATORS = [
  'DESMIGRATIF_VILLAGES_CUMULATIVE',
  'NRCO_LIVELIHOOD_BENEFICIARIES',
  'RETURNEE_JOB_FAIR_HIRES',
  'KUR_PMI_DEBTORS_CUMULATIVE',
];

/** The indicator compared across all member states on the overview. */
export const REMITTANCES_INDICATOR = 'REMITTANCES_USD';

/** The member states with their counts, the Atlas's totals, the theme counts and the highlights. */
export const OverviewQuery = graphql(
  `
    query Overview($highlightIndicators: [String!]) {
      countries {
        id
        code
        name
        migrationProfile
        programCount
        practiceCount
      }
      programs(first: 1) {
        totalCount
      }
      practices(first: 1) {
        totalCount
        facets {
          themes {
            value
            label
            count
          }
        }
      }
      outcomes(first: 1) {
        totalCount
      }
      highlights: outcomes(first: 100, filter: { indicatorCodes: $highlightIndicators }) {
        nodes {
          ...OutcomeFigure
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
  [OutcomeFigure, CountryName, ProgramName],
);

/** One indicator (remittances) for every member state. */
export const OverviewFiguresQuery = graphql(
  `
    query OverviewFigures($codes: [String!]!, $indicatorCodes: [String!]) {
      compareCountries(codes: $codes, indicatorCodes: $indicatorCodes) {
        indicators {
          ...ComparedIndicator
        }
      }
    }
  `,
  [ComparedIndicator],
);

export type OverviewData = ResultOf<typeof OverviewQuery>;
export type OverviewFiguresData = ResultOf<typeof OverviewFiguresQuery>;
export type Highlight = OverviewData['highlights']['nodes'][number];
export type IndicatorFigures = OverviewFiguresData['compareCountries']['indicators'][number];
