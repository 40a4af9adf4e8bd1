import { graphql, type ResultOf, type VariablesOf } from '../../graphql';
import { SourceCitation } from '../../components/source-citation';

/** A programme's outcomes and sources, and the indicators a new figure can measure. */
export const OutcomesFormQuery = graphql(
  `
    query OutcomesForm($id: ID!) {
      program(id: $id) {
        id
        name
        acronym
        sources {
          id
          ...SourceCitation
        }
        outcomes {
          id
          indicator {
            code
            name
            unit
          }
          year
          value
          sex
          note
          source {
            id
            ...SourceCitation
          }
        }
      }
      indicators {
        code
        name
        unit
      }
    }
  `,
  [SourceCitation],
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
