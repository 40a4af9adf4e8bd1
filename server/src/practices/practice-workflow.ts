import { PracticeStatus } from '@atlas/shared';
import type { Action } from '../access/policy';
import { badUserInput } from '../graphql/errors';
import { RevisionAction } from '../history/revision.entity';

/** A move of a practice through the editorial workflow. */
export type WorkflowStep = 'submit' | 'publish' | 'reject' | 'archive';

interface StepRule {
  /** Statuses the step starts from. */
  from: PracticeStatus[];
  to: PracticeStatus;
  /** What the policy is asked. */
  action: Action;
  revision: RevisionAction;
  participle: string;
}

const { DRAFT, IN_REVIEW, PUBLISHED, REJECTED, ARCHIVED } = PracticeStatus;

/**
 * The workflow: contributors submit their drafts (again, once rejected); editors publish what is in
 * review (or a draft of their own directly), reject what is in review, and archive anything.
 */
export const WORKFLOW: Record<WorkflowStep, StepRule> = {
  submit: {
    from: [DRAFT, REJECTED],
    to: IN_REVIEW,
    action: 'practice.submit',
    revision: RevisionAction.SUBMIT,
    participle: 'submitted',
  },
  publish: {
    from: [DRAFT, IN_REVIEW],
    to: PUBLISHED,
    action: 'practice.review',
    revision: RevisionAction.PUBLISH,
    participle: 'published',
  },
  reject: {
    from: [IN_REVIEW],
    to: REJECTED,
    action: 'practice.review',
    revision: RevisionAction.REJECT,
    participle: 'rejected',
  },
  archive: {
    from: [DRAFT, IN_REVIEW, PUBLISHED, REJECTED],
    to: ARCHIVED,
    action: 'practice.archive',
    revision: RevisionAction.ARCHIVE,
    participle: 'archived',
  },
};

/** BAD_USER_INPUT naming `id` when the practice's status does not allow the step. */
export function checkStep(step: WorkflowStep, status: PracticeStatus): void {
  const rule = WORKFLOW[step];
  if (rule.from.includes(status)) return;
  throw badUserInput([
    {
      path: 'id',
      message: `${article(status)} ${status} practice cannot be ${rule.participle} (only ${article(rule.from[0]!)} ${rule.from.join(' or ')} one can)`,
    },
  ]);
}

function article(status: PracticeStatus): string {
  return /^[AEIOU]/.test(status) ? 'an' : 'a';
}
