import type { MiddlewareFn } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { Role } from './role';
import { canReadAccount } from './viewer';

/**
 * Guards a personal field of User (email, dates) wherever the account is reached from: `me`,
 * `node`, a revision's author, `login`'s answer (to the person who just proved they own it), and
 * any path added later. Others get null; what a byline needs (name, organisation, constituency,
 * country, role) stays readable by whoever may see the account at all (editors, in the history).
 */
export const personalField: MiddlewareFn<AtlasContext> = ({ root, context, info }, next) =>
  canReadAccount(context.viewer, root as { id: number }) || info.path.prev?.typename === 'LoginResult'
    ? next()
    : Promise.resolve(null);

/**
 * Guards the recorded states and note of a revision: those of an account (its role, its disabling)
 * are account management, for admins only, wherever the revision is reached from (`node` too).
 */
export const accountHistoryField: MiddlewareFn<AtlasContext> = ({ root, context }, next) =>
  (root as { entityType: string }).entityType !== 'User' || context.viewer.role === Role.ADMIN
    ? next()
    : Promise.resolve(null);
