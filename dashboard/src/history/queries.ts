import { graphql, type ResultOf } from '../graphql';

/** What the history shows of a change: what, when, who, and the record before and after. */
export const RevisionFields = graphql(`
  fragment RevisionFields on Revision @_unmask {
    id
    action
    entityGlobalId
    createdAt
    version
    note
    before
    after
    user {
      id
      name
    }
  }
`);

/** The history of one record, newest first. Editors only. */
export const RevisionsQuery = graphql(
  `
    query Revisions($entityId: ID!) {
      revisions(entityId: $entityId) {
        ...RevisionFields
      }
    }
  `,
  [RevisionFields],
);

export type RevisionEntry = ResultOf<typeof RevisionsQuery>['revisions'][number];

/**
 * Brings the record back to the state after a revision (with `before`, the state before it). The
 * typename and version of the result let urql's document cache refetch every query showing that
 * type; an undone creation answers null.
 */
export const RestoreRevisionMutation = graphql(`
  mutation RestoreRevision($id: ID!, $before: Boolean) {
    restoreRevision(id: $id, before: $before) {
      __typename
      id
      ... on Practice {
        version
      }
      ... on Country {
        version
      }
      ... on ReintegrationProgram {
        version
      }
      ... on CountryStatistic {
        version
      }
    }
  }
`);
