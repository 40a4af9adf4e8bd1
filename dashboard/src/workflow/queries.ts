import { graphql, type ResultOf } from '../graphql';

/**
 * Where a practice stands in the editorial workflow: what every step returns, so that the page and the
 * review queue show the new status at once. Unmasked, so the fields read as if selected in place.
 */
export const WorkflowState = graphql(`
  fragment WorkflowState on Practice @_unmask {
    id
    status
    version
    rejectionReason
    publishedAt
  }
`);

export type PracticeStatusValue = ResultOf<typeof WorkflowState>['status'];

/** The steps of the editorial workflow. */
export const SubmitPracticeMutation = graphql(
  `
    mutation SubmitPractice($id: ID!) {
      submitPractice(id: $id) {
        ...WorkflowState
      }
    }
  `,
  [WorkflowState],
);

export const PublishPracticeMutation = graphql(
  `
    mutation PublishPractice($id: ID!) {
      publishPractice(id: $id) {
        ...WorkflowState
      }
    }
  `,
  [WorkflowState],
);

export const RejectPracticeMutation = graphql(
  `
    mutation RejectPractice($id: ID!, $reason: String!) {
      rejectPractice(id: $id, reason: $reason) {
        ...WorkflowState
      }
    }
  `,
  [WorkflowState],
);

export const ArchivePracticeMutation = graphql(
  `
    mutation ArchivePractice($id: ID!) {
      archivePractice(id: $id) {
        ...WorkflowState
      }
    }
  `,
  [WorkflowState],
);
