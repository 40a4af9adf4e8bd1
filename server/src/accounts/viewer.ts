import { PracticeStatus } from '@atlas/shared';
import { Role } from './role';

/** Who is asking: an anonymous reader, or a signed-in account with its role. */
export interface Viewer {
  userId: number | null;
  role: Role | null;
}

export const ANONYMOUS: Viewer = { userId: null, role: null };

export function isEditor(viewer: Viewer): boolean {
  return viewer.role === Role.EDITOR || viewer.role === Role.ADMIN;
}

/**
 * Which practices a viewer may read, the one rule every path uses (lists, `node`, nested fields,
 * facet counts): published ones for everybody; also their own, whatever the status, for a
 * contributor; all of them for editors and admins.
 */
export interface PracticeVisibility {
  all: boolean;
  ownerId: number | null;
}

export function practiceVisibility(viewer: Viewer): PracticeVisibility {
  return { all: isEditor(viewer), ownerId: viewer.userId };
}

export function canReadPractice(
  viewer: Viewer,
  practice: { status: PracticeStatus; createdBy: { id: number } | null },
): boolean {
  return (
    practice.status === PracticeStatus.PUBLISHED ||
    isEditor(viewer) ||
    (viewer.userId !== null && practice.createdBy?.id === viewer.userId)
  );
}

/** Whether `node(id)` may return this record: practices by the rule above, accounts to admins and
 * their owner, the history to editors; everything else is public. */
export function canReadNode(viewer: Viewer, node: object): boolean {
  switch (node.constructor.name) {
    case 'Practice':
      return canReadPractice(viewer, node as Parameters<typeof canReadPractice>[1]);
    case 'User':
      return viewer.role === Role.ADMIN || (node as { id: number }).id === viewer.userId;
    case 'Revision':
      return isEditor(viewer);
    default:
      return true;
  }
}
