import { graphql, type ResultOf } from '../../graphql';
import { CountryName } from '../../components/names';
import { PracticeListItem } from '../../components/PracticeList';
import { ProgramEntry } from '../../components/program-entry';
import { LocalizedTextFields } from '../../components/localized-text';
import { SourceCitation } from '../../components/source-citation';
import { OutcomeFigure } from '../../figures/queries';
import { StudyEntry } from '../../components/study-entry';

/** How many of a programme's practices the page lists; the browser has the rest. */
export const PROGRAM_PRACTICES_SHOWN = 50;

export const ProgramQuery = graphql(
  `
    query ProgramPage($id: ID!, $practices: Int!, $language: String!) {
      program(id: $id) {
        ...ProgramEntry
        texts: inLanguage(language: $language) {
          ...LocalizedTextFields
        }
        country {
          ...CountryName
        }
        sources {
          ...SourceCitation
        }
        notFound
        outcomes {
          ...OutcomeFigure
        }
        studies {
          ...StudyEntry
        }
        practiceCount
        practices(first: $practices) {
          totalCount
          nodes {
            ...PracticeListItem
          }
        }
      }
    }
  `,
  [ProgramEntry, SourceCitation, OutcomeFigure, CountryName, PracticeListItem, LocalizedTextFields, StudyEntry],
);

export type ProgramData = NonNullable<ResultOf<typeof ProgramQuery>['program']>;
