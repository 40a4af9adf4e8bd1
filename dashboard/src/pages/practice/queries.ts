import { graphql, type ResultOf } from '../../graphql';
import { PracticeEntry } from '../../components/practice-entry';
import { OutcomeFigure } from '../../figures/queries';
import { CountryName, ProgramName } from '../../components/names';
import { LocalizedTextFields } from '../../components/localized-text';
import { StudyEntry } from '../../components/study-entry';

/** One practice with everything its page shows. */
export const PracticeQuery = graphql(
  `
    query Practice($id: ID!, $language: String!) {
      practice(id: $id) {
        ...PracticeEntry
        texts: inLanguage(language: $language) {
          ...LocalizedTextFields
        }
        updatedAt
        lastEditedAt
        rejectionReason
        notFound
        country {
          ...CountryName
        }
        program {
          ...ProgramName
        }
        event {
          id
          name
          localName
          texts: inLanguage(language: $language) {
            ...LocalizedTextFields
          }
          city
          startDate
          endDate
          organiser
          country {
            ...CountryName
          }
        }
        outcomes {
          ...OutcomeFigure
        }
        studies {
          ...StudyEntry
        }
      }
    }
  `,
  [PracticeEntry, OutcomeFigure, CountryName, ProgramName, LocalizedTextFields, StudyEntry],
);

export type PracticeData = ResultOf<typeof PracticeQuery>;
export type PracticeDetail = NonNullable<PracticeData['practice']>;
