import { graphql, type ResultOf, type VariablesOf } from '../../graphql';
import { PracticeEntry } from '../../components/practice-entry';

/** What the form's selects offer: the member states with their programmes, and the events. */
export const PracticeFormOptionsQuery = graphql(`
  query PracticeFormOptions {
    countries {
      code
      name
      programs {
        id
        name
        acronym
      }
    }
    events {
      id
      name
      startDate
    }
  }
`);

/** A practice as the form edits it, with the version the edit is based on. */
export const EditablePracticeQuery = graphql(
  `
    query EditablePractice($id: ID!) {
      practice(id: $id) {
        ...PracticeEntry
        country {
          code
        }
        program {
          id
        }
        event {
          id
        }
      }
    }
  `,
  [PracticeEntry],
);

export const CreatePracticeMutation = graphql(`
  mutation CreatePractice($input: PracticeInput!) {
    createPractice(input: $input) {
      id
      version
      status
    }
  }
`);

export const UpdatePracticeMutation = graphql(`
  mutation UpdatePractice($id: ID!, $input: PracticeInput!, $expectedVersion: Int!) {
    updatePractice(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
      status
    }
  }
`);

export type FormOptions = ResultOf<typeof PracticeFormOptionsQuery>;
export type EditablePractice = NonNullable<ResultOf<typeof EditablePracticeQuery>['practice']>;
export type ExistingSource = EditablePractice['sources'][number];
export type PracticeInput = VariablesOf<typeof CreatePracticeMutation>['input'];
