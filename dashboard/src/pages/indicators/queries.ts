import { graphql, type ResultOf } from '../../graphql';
import { IndicatorName } from '../../figures/queries';

/** Every indicator the Atlas's figures are measured by, with what it measures and its translations. */
export const IndicatorsQuery = graphql(
  `
    query IndicatorsPage {
      indicators {
        id
        ...IndicatorName
        description
        higherIsBetter
      }
    }
  `,
  [IndicatorName],
);

export type IndicatorData = ResultOf<typeof IndicatorsQuery>['indicators'][number];
