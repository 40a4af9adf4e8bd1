import { graphql, type ResultOf } from '../../graphql';
import { CountryName } from '../../components/names';

/** How many of them one page lists: the API's maximum. */
export const MY_PRACTICES_PAGE = 100;

/**
 * The practices not published yet, most recently changed first. The API lists a contributor's own
 * only, and every contributor's to editors.
 */
export const MyPracticesQuery = graphql(
  `
    query MyPractices($first: Int!) {
      practices(filter: { statuses: [DRAFT, IN_REVIEW, REJECTED] }, first: $first, orderBy: RECENTLY_UPDATED) {
        totalCount
        nodes {
          id
          title
          status
          rejectionReason
          updatedAt
          country {
            ...CountryName
          }
        }
      }
    }
  `,
  [CountryName],
);

export type UnpublishedPractice = ResultOf<typeof MyPracticesQuery>['practices']['nodes'][number];
