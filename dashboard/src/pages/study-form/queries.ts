import { graphql, type ResultOf, type VariablesOf } from '../../graphql';
import { CountryName, ProgramName } from '../../components/names';
import { SourceCitation } from '../../components/source-citation';
import { StudyEntry } from '../../components/study-entry';

/**
 * What a study can concern: the member states, and the programmes and practices of the Atlas offered
 * before any search.
 */
export const StudyChoices = graphql(
  `
    fragment StudyChoices on Query @_unmask {
      countries {
        ...CountryName
      }
      programs(first: 100, orderBy: NAME) {
        nodes {
          ...ProgramName
        }
      }
      practices(first: 100, orderBy: COUNTRY) {
        nodes {
          id
          title
          country {
            ...CountryName
          }
        }
      }
    }
  `,
  [CountryName, ProgramName],
);

/**
 * A new study and where it was added from (`?program=`, `?practice=`): that record and its member
 * state are chosen already, and its sources are the likeliest to cite.
 */
export const NewStudyQuery = graphql(
  `
    query NewStudy($programId: ID!, $practiceId: ID!, $fromProgram: Boolean!, $fromPractice: Boolean!) {
      program(id: $programId) @include(if: $fromProgram) {
        ...ProgramName
        country {
          code
        }
        sources {
          id
          ...SourceCitation
        }
      }
      practice(id: $practiceId) @include(if: $fromPractice) {
        id
        title
        country {
          ...CountryName
        }
        sources {
          id
          ...SourceCitation
        }
      }
      ...StudyChoices
    }
  `,
  [SourceCitation, CountryName, ProgramName, StudyChoices],
);

/** The study to edit, as it is now (with its version), and what it can concern. */
export const StudyEditQuery = graphql(
  `
    query StudyEdit($id: ID!) {
      study(id: $id) {
        ...StudyEntry
        version
        source {
          id
        }
        programs {
          ...ProgramName
          sources {
            id
            ...SourceCitation
          }
        }
        practices {
          id
          title
          country {
            ...CountryName
          }
        }
        countries {
          code
        }
      }
      ...StudyChoices
    }
  `,
  [SourceCitation, CountryName, ProgramName, StudyChoices, StudyEntry],
);

export type EditedStudy = NonNullable<ResultOf<typeof StudyEditQuery>['study']>;
export type StudyChoicesData = ResultOf<typeof StudyChoices>;

/** Programmes found by part of their name, beyond those offered. */
export const ProgramSearchQuery = graphql(
  `
    query StudyProgramSearch($text: String!) {
      programs(first: 20, filter: { text: $text }) {
        nodes {
          ...ProgramName
        }
      }
    }
  `,
  [ProgramName],
);

/** Practices found by words of their title, summary or text, beyond those offered. */
export const PracticeSearchQuery = graphql(
  `
    query StudyPracticeSearch($text: String!) {
      practices(first: 20, filter: { text: $text }) {
        nodes {
          id
          title
          country {
            ...CountryName
          }
        }
      }
    }
  `,
  [CountryName],
);

export const CreateStudyMutation = graphql(`
  mutation CreateStudy($input: StudyInput!) {
    createStudy(input: $input) {
      id
      version
    }
  }
`);

export const UpdateStudyMutation = graphql(`
  mutation UpdateStudy($id: ID!, $input: StudyInput!, $expectedVersion: Int!) {
    updateStudy(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

export type StudyInput = VariablesOf<typeof UpdateStudyMutation>['input'];

/**
 * The types whose cached queries a saved study makes stale: the programme, practice and country pages
 * show their studies (and may have shown none yet), and the coverage page counts them.
 */
export const STUDY_TYPENAMES = ['Study', 'ReintegrationProgram', 'Practice', 'Country'];
