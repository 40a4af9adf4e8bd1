import { graphql, type ResultOf } from '../../graphql';
import { SourceCitation } from '../../components/source-citation';
import { OutcomeFigure } from '../../figures/queries';

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
          code
          name
        }
        program {
          id
          name
          acronym
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
            code
            name
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
  [SourceCitation, OutcomeFigure],
);

export type PracticeData = ResultOf<typeof PracticeQuery>;
export type PracticeDetail = NonNullable<PracticeData['practice']>;
