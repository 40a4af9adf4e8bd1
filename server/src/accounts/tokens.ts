import { createHash, randomBytes } from 'node:crypto';

/** A bearer token: 32 random bytes, base64url. Only its SHA-256 is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * What an `Authorization` header holds: null without one, the token of `Bearer <token>`, or
 * 'malformed' for anything else (another scheme, no token, a token this API never issues).
 */
export function bearerToken(header: string | undefined): string | null | 'malformed' {
  if (header === undefined) return null;
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/i.exec(header.trim());
  return match?.[1] ?? 'malformed';
}
