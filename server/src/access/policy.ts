import { PracticeStatus } from '@atlas/shared';
import { atlasError } from '../graphql/errors';
import { Role } from './role';
import { isEditor, type Viewer } from './viewer';

/** What a mutation does, for the one authorisation check every mutation makes. */
export type Action =
  | 'practice.create'
  | 'practice.edit'
  | 'practice.submit'
  | 'practice.review'
  | 'practice.archive'
  | 'content.edit'
  | 'source.create'
  | 'revision.restore'
  | 'users.manage';

const EDITABLE_BY_AUTHOR = [PracticeStatus.DRAFT, PracticeStatus.REJECTED];

/**
 * The rules, in one place. Anonymous readers change nothing. Contributors create practices, cite new
 * sources, and edit and submit their own drafts (or rejected ones). Editors do everything on content,
 * and publish or reject. Admins also manage accounts. Throws UNAUTHENTICATED or FORBIDDEN.
 */
export function authorize(
  viewer: Viewer,
  action: Action,
  practice?: { status: PracticeStatus; createdBy: { id: number } | null },
): void {
  if (viewer.role === null || viewer.userId === null) {
    throw atlasError('UNAUTHENTICATED', 'Sign in first: this needs an account.');
  }
  if (allowed(viewer, action, practice)) return;
  throw atlasError('FORBIDDEN', `A ${viewer.role.toLowerCase()} may not do this (${action}).`);
}

function allowed(
  viewer: Viewer,
  action: Action,
  practice?: { status: PracticeStatus; createdBy: { id: number } | null },
): boolean {
  if (action === 'users.manage') return viewer.role === Role.ADMIN;
  if (isEditor(viewer)) return true;
  const own = practice?.createdBy?.id === viewer.userId;
  switch (action) {
    case 'practice.create':
    case 'source.create':
      return true;
    case 'practice.edit':
    case 'practice.submit':
      return own && EDITABLE_BY_AUTHOR.includes(practice!.status);
    default:
      return false;
  }
}
