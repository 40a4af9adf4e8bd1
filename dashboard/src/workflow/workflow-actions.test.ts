import { describe, expect, it } from 'vitest';
import { workflowActions } from './workflow-actions';

const actions = (...args: Parameters<typeof workflowActions>) => [...workflowActions(...args)].sort();

describe('workflowActions', () => {
  it('lets a contributor edit and submit only what is still theirs to work on', () => {
    expect(actions('CONTRIBUTOR', 'DRAFT')).toEqual(['edit', 'submit']);
    expect(actions('CONTRIBUTOR', 'REJECTED')).toEqual(['edit', 'submit']);
    expect(actions('CONTRIBUTOR', 'IN_REVIEW')).toEqual([]);
    expect(actions('CONTRIBUTOR', 'PUBLISHED')).toEqual([]);
  });

  it('lets editors and admins edit anything, review what is in review, and archive what is not archived', () => {
    expect(actions('EDITOR', 'IN_REVIEW')).toEqual(['archive', 'edit', 'publish', 'reject']);
    expect(actions('ADMIN', 'DRAFT')).toEqual(['archive', 'edit', 'submit']);
    expect(actions('EDITOR', 'PUBLISHED')).toEqual(['archive', 'edit']);
    expect(actions('EDITOR', 'ARCHIVED')).toEqual(['edit']);
  });
});
