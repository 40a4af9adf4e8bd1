import { graphql, type ResultOf } from '../../graphql';
import { PracticeEntry } from '../../components/practice-entry';
import { OutcomeFigure } from '../../figures/queries';
import { CountryName, ProgramName } from '../../components/names';

/** One practice with everything its page shows. */
export const PracticeQuery = graphql(
  `
    query Practice($id: ID!) {
      practice(id: $id) {
        ...PracticeEntry
        updatedAt
        lastEditedAt
        rejectionReason
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
      }
    }
  `,
  [PracticeEntry, OutcomeFigure, CountryName, ProgramName],
);

export type PracticeData = ResultOf<typeof PracticeQuery>;
export type PracticeDetail = NonNullable<PracticeData['practice']>;
