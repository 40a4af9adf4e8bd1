import type { EntityManager } from '@mikro-orm/knex';
import { atlasError } from '../graphql/errors';
import type { LoginThrottle } from './login-throttle';
import { DUMMY_HASH, verifyPassword } from './password';
import { Session } from './session.entity';
import { newToken, tokenHash } from './tokens';
import { User } from './user.entity';
import { ANONYMOUS, type Viewer } from '../access/viewer';

export const SESSION_HOURS = 12;

/**
 * Signs in: a new session token with its expiry, or UNAUTHENTICATED without saying which part was
 * wrong. The attempt is counted before the password is checked, and given back unless it was wrong.
 */
export async function login(
  em: EntityManager,
  throttle: LoginThrottle,
  email: string,
  password: string,
  address: string,
): Promise<{ token: string; expiresAt: Date; user: User }> {
  const normalised = email.trim().toLowerCase();
  const attempt = await throttle.reserve(normalised, address);
  let wrong = false;
  try {
    const user = await em.findOne(User, { email: normalised });
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid || user.disabledAt) {
      wrong = true;
      throw atlasError('UNAUTHENTICATED', 'Wrong email or password.');
    }
    const token = newToken();
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    em.create(Session, { tokenHash: tokenHash(token), user, expiresAt });
    await em.flush();
    return { token, expiresAt, user };
  } finally {
    if (!wrong) await attempt.refund();
  }
}

/** Revokes the session of a token; true if there was one. */
export async function logout(em: EntityManager, token: string): Promise<boolean> {
  const session = await em.findOne(Session, { tokenHash: tokenHash(token), revokedAt: null });
  if (!session) return false;
  session.revokedAt = new Date();
  await em.flush();
  return true;
}

/** The viewer of a bearer token: anonymous without one; UNAUTHENTICATED for an unknown, expired or revoked one. */
export async function viewerOf(em: EntityManager, token: string | null): Promise<Viewer> {
  if (!token) return ANONYMOUS;
  const session = await em.findOne(Session, { tokenHash: tokenHash(token) }, { populate: ['user'] });
  const user = session?.user.getEntity();
  if (!session || session.revokedAt || session.expiresAt <= new Date() || !user || user.disabledAt) {
    // Refused before the operation runs: HTTP 401, as for any bad credential (Apollo reads `http`).
    throw atlasError('UNAUTHENTICATED', 'The session has expired or was signed out: sign in again.', {
      http: { status: 401 },
    });
  }
  return { userId: user.id, role: user.role };
}
