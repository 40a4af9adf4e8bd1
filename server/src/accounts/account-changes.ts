import type { EntityManager } from '@mikro-orm/knex';
import { z } from 'zod';
import { badUserInput, notFound } from '../graphql/errors';
import { idOf } from '../graphql/global-id';
import { parseInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { accountState } from './account-state';
import { passwordSchema } from './create-user';
import { hashPassword } from './password';
import { Role } from '../access/role';
import { Session } from './session.entity';
import { User } from './user.entity';
import type { Viewer } from '../access/viewer';
import { inTransaction } from '../db/in-transaction';

/** What an admin (or the operator at the command line) can do to an account. */
export type AccountChange =
  | { kind: 'disable' }
  | { kind: 'enable' }
  | { kind: 'role'; role: unknown }
  | { kind: 'password'; password: unknown }
  | { kind: 'revoke-sessions' };

/** Which account: by global ID (the API) or by email address (the command line). */
export type AccountRef = { id: string } | { email: string };

/**
 * Changes an account in one transaction with its revision (an UPDATE whose note says what was
 * done; the state never holds the password hash). Disabling it or setting its password also
 * revokes its sessions, so its tokens fail at once (HTTP 401), and re-enabling brings none back.
 * The last active admin can be neither disabled nor demoted. The caller has checked the policy
 * (`users.manage`); `actor` is recorded as the author (null at the command line).
 */
export async function changeAccount(
  em: EntityManager,
  actor: Viewer,
  ref: AccountRef,
  change: AccountChange,
): Promise<{ user: User; revokedSessions: number }> {
  const role = change.kind === 'role' ? parseInput(z.enum(Role), change.role, 'role') : null;
  // Hashed before the transaction: a quarter of a second that no lock should wait for.
  const passwordHash =
    change.kind === 'password' ? await hashPassword(parseInput(passwordSchema, change.password, 'password')) : null;
  return inTransaction(em, async (tx) => {
    const user = await findAccount(tx, ref);
    const before = accountState(user);
    let revokedSessions = 0;
    const revoke = async () => {
      revokedSessions = await tx.nativeUpdate(
        Session,
        { user: user.id, revokedAt: null, expiresAt: { $gt: new Date() } },
        { revokedAt: new Date() },
      );
    };
    let note: string;
    switch (change.kind) {
      case 'disable':
        await keepAnAdmin(tx, user, null);
        user.disabledAt ??= new Date();
        await revoke();
        note = `Disabled the account; ${sessions(revokedSessions)} revoked`;
        break;
      case 'enable':
        user.disabledAt = null;
        note = 'Enabled the account';
        break;
      case 'role':
        await keepAnAdmin(tx, user, role);
        user.role = role!;
        note = `Role ${before.role as string} → ${user.role}`;
        break;
      case 'password':
        user.passwordHash = passwordHash!;
        await revoke();
        note = `Set a new password; ${sessions(revokedSessions)} revoked`;
        break;
      case 'revoke-sessions':
        await revoke();
        note = `Revoked ${sessions(revokedSessions)}`;
        break;
    }
    recordRevision(tx, actor, {
      entityType: 'User',
      entityId: user.id,
      action: RevisionAction.UPDATE,
      before,
      after: accountState(user),
      note: actor.userId === null ? `${note} (command line)` : note,
    });
    await tx.flush();
    return { user, revokedSessions };
  });
}

async function findAccount(em: EntityManager, ref: AccountRef): Promise<User> {
  if ('email' in ref) {
    const user = await em.findOne(User, { email: ref.email.trim().toLowerCase() });
    if (!user) throw notFound('account', 'email');
    return user;
  }
  const user = await em.findOne(User, { id: idOf(ref.id, 'User', 'id') });
  if (!user) throw notFound('account');
  return user;
}

/** Refuses to disable (`role` null) or demote the last active admin: nobody could manage accounts then. */
async function keepAnAdmin(em: EntityManager, user: User, role: Role | null): Promise<void> {
  if (user.role !== Role.ADMIN || user.disabledAt || role === Role.ADMIN) return;
  const others = await em.count(User, { role: Role.ADMIN, disabledAt: null, id: { $ne: user.id } });
  if (others > 0) return;
  throw badUserInput([
    { path: role === null ? 'id' : 'role', message: 'the last active admin: make another account admin first' },
  ]);
}

/** "1 session", "2 sessions". */
export function sessions(count: number): string {
  return `${count} session${count === 1 ? '' : 's'}`;
}
