import { graphql, type ResultOf } from '../../graphql';

/** One practice with everything its page shows. */
export const PracticeQuery = graphql(`
  query Practice($id: ID!) {
    practice(id: $id) {
      id
      title
      summary
      body
      year
      updatedAt
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
        id
        year
        value
        sex
        note
        indicator {
          code
          name
          unit
        }
        source {
          title
          url
          publisher
          publishedOn
        }
      }
      sources {
        id
        title
        url
        publisher
        publishedOn
      }
    }
  }
`);

export type PracticeData = ResultOf<typeof PracticeQuery>;
export type PracticeDetail = NonNullable<PracticeData['practice']>;
