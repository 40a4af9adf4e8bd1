import type { Viewer } from '../graphql/context';
import type { Practice } from './practice.entity';

/** The one rule of who reads which practice: lists, `node`, nested fields and facets all use it. */
export function canReadPractice(viewer: Viewer, practice: Practice): boolean {
  return viewer.readableStatuses.includes(practice.status);
}
