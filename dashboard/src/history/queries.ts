import { graphql, type ResultOf } from '../graphql';

/** The history of one record, newest first. Editors only. */
export const RevisionsQuery = graphql(`
  query Revisions($entityId: ID!) {
    revisions(entityId: $entityId) {
      id
      action
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
  }
`);

export type RevisionEntry = ResultOf<typeof RevisionsQuery>['revisions'][number];

/**
 * Brings the record back to the state after a revision. The typename and version of the result
 * let urql's document cache refetch every query showing that type.
 */
export const RestoreRevisionMutation = graphql(`
  mutation RestoreRevision($id: ID!) {
    restoreRevision(id: $id) {
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
    }
  }
`);
