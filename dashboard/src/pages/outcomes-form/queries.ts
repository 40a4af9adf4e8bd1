import { graphql, type ResultOf, type VariablesOf } from '../../graphql';
import { ProgramName } from '../../components/names';
import { SourceCitation } from '../../components/source-citation';
import { IndicatorName, OutcomeFigure } from '../../figures/queries';

/** A programme's outcomes and sources, and the indicators a new figure can measure. */
export const OutcomesFormQuery = graphql(
  `
    query OutcomesForm($id: ID!) {
      program(id: $id) {
        ...ProgramName
        sources {
          id
          ...SourceCitation
        }
        outcomes {
          ...OutcomeFigure
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
  [ProgramName, SourceCitation, OutcomeFigure, IndicatorName],
);

export type OutcomesProgram = NonNullable<ResultOf<typeof OutcomesFormQuery>['program']>;
export type RecordedOutcome = OutcomesProgram['outcomes'][number];
export type IndicatorChoice = ResultOf<typeof OutcomesFormQuery>['indicators'][number];

/** All the figures or none: each bad one is named at its path (`inputs[2].value`). */
export const RecordOutcomesMutation = graphql(`
  mutation RecordOutcomes($inputs: [OutcomeInput!]!) {
    recordOutcomes(inputs: $inputs) {
      id
    }
  }
`);

export type OutcomeInput = VariablesOf<typeof RecordOutcomesMutation>['inputs'][number];

export const DeleteOutcomeMutation = graphql(`
  mutation DeleteOutcome($id: ID!) {
    deleteOutcome(id: $id)
  }
`);
