import type { User } from './user.entity';

/**
 * An account as its revisions record it: what an admin manages, by name. Never the password hash
 * (nor anything added to User later, until it is named here).
 */
export function accountState(user: User): Record<string, unknown> {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    organisation: user.organisation,
    constituency: user.constituency,
    country: user.country?.id ?? null,
    disabledAt: user.disabledAt?.toISOString() ?? null,
  };
}
