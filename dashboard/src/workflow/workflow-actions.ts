import { EDITORS, type Role } from '../editing/RequireRole';
import type { PracticeStatusValue } from './queries';

export type WorkflowAction = 'edit' | 'submit' | 'publish' | 'reject' | 'archive';

/** Contributors change their practices only while these are theirs to work on. */
const AUTHOR_STATUSES: readonly PracticeStatusValue[] = ['DRAFT', 'REJECTED'];

/**
 * What an account of `role` may do with a practice in `status`, as the API allows it. The API does
 * not say who wrote a practice; a contributor sees only their own unpublished ones, so role and status
 * decide, and the API's FORBIDDEN is shown if it still refuses.
 */
export function workflowActions(role: Role, status: PracticeStatusValue): ReadonlySet<WorkflowAction> {
  const editor = EDITORS.includes(role);
  const authorStage = AUTHOR_STATUSES.includes(status);
  const actions = new Set<WorkflowAction>();
  if (editor || authorStage) actions.add('edit');
  if (authorStage) actions.add('submit');
  if (editor && status === 'IN_REVIEW') {
    actions.add('publish');
    actions.add('reject');
  }
  if (editor && status !== 'ARCHIVED') actions.add('archive');
  return actions;
}
