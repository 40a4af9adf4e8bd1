import { graphql, type ResultOf } from '../../graphql';
import { ProgramEntry } from '../../components/program-entry';
import { SourceCitation } from '../../components/source-citation';

/** The programme to edit, with its version, and the member states to choose from. */
export const ProgramEditQuery = graphql(
  `
    query ProgramEdit($id: ID!) {
      program(id: $id) {
        ...ProgramEntry
        version
        country {
          code
        }
        sources {
          id
          ...SourceCitation
        }
      }
      countries {
        code
        name
      }
    }
  `,
  [ProgramEntry, SourceCitation],
);

export type EditedProgram = NonNullable<ResultOf<typeof ProgramEditQuery>['program']>;
export type CountryChoice = ResultOf<typeof ProgramEditQuery>['countries'][number];

/** The member states a new programme can run in. */
export const ProgramCountriesQuery = graphql(`
  query ProgramCountries {
    countries {
      code
      name
    }
  }
`);

export const CreateProgramMutation = graphql(`
  mutation CreateProgram($input: ProgramInput!) {
    createProgram(input: $input) {
      id
      version
    }
  }
`);

export const UpdateProgramMutation = graphql(`
  mutation UpdateProgram($id: ID!, $input: ProgramInput!, $expectedVersion: Int!) {
    updateProgram(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);
