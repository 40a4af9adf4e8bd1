import { graphql, type ResultOf } from '../../graphql';
import { SourceCitation } from '../../components/source-citation';
import { CountryName } from '../../components/names';
import { PracticeListItem } from '../../components/PracticeList';

/** How many practices one page of the queue shows. */
export const QUEUE_PAGE_SIZE = 20;

/**
 * Practices waiting for an editor, most recently changed first, a page at a time: who submitted each
 * (never their e-mail address), when, and what changed since it was last published.
 */
export const ReviewQueueQuery = graphql(
  `
    query ReviewQueue($after: String, $first: Int!) {
      practices(filter: { statuses: [IN_REVIEW] }, orderBy: RECENTLY_UPDATED, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...PracticeListItem
          themes
          updatedAt
          submittedAt
          submittedBy {
            name
            organisation
            constituency
            country {
              code
              name
            }
          }
          changesSincePublished {
            field
            before
            after
          }
          country {
            ...CountryName
          }
          sources {
            id
            ...SourceCitation
          }
        }
      }
    }
  `,
  [PracticeListItem, SourceCitation, CountryName],
);

export type QueuedPractice = ResultOf<typeof ReviewQueueQuery>['practices']['nodes'][number];

/** Practices sent back to their authors lately, with the reasons given. */
export const RecentlyRejectedQuery = graphql(
  `
    query RecentlyRejected($first: Int!) {
      practices(filter: { statuses: [REJECTED] }, orderBy: RECENTLY_UPDATED, first: $first) {
        totalCount
        nodes {
          id
          title
          updatedAt
          rejectionReason
          country {
            ...CountryName
          }
        }
      }
    }
  `,
  [CountryName],
);

export type RejectedPractice = ResultOf<typeof RecentlyRejectedQuery>['practices']['nodes'][number];
