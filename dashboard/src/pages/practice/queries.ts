import { graphql, type ResultOf } from '../../graphql';
import { SourceCitation } from '../../components/source-citation';
import { OutcomeFigure } from '../../figures/queries';
import { CountryName, ProgramName } from '../../components/names';

/** One practice with everything its page shows. */
export const PracticeQuery = graphql(
  `
    query Practice($id: ID!) {
      practice(id: $id) {
        id
        title
        summary
        body
        year
        updatedAt
        lastEditedAt
        status
        version
        rejectionReason
        country {
          ...CountryName
        }
        program {
          ...ProgramName
        }
        themes
        dimensions
        levels
        stakeholders
        targetGroups
        evidenceLevel
        partners
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
        sources {
          id
          ...SourceCitation
        }
      }
    }
  `,
  [SourceCitation, OutcomeFigure, CountryName, ProgramName],
);

export type PracticeData = ResultOf<typeof PracticeQuery>;
export type PracticeDetail = NonNullable<PracticeData['practice']>;
