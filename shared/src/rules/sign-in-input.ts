/**
 * What `login` takes, checked by the API and by the sign-in form before anything is sent: an address
 * that can be an account's, and a password. Whether they match an account is the API's answer alone
 * (and it never says which one was wrong).
 */
import * as z from 'zod/mini';

const EMAIL_MISSING = 'enter the email address of your account';
const PASSWORD_MISSING = 'enter your password';
/** Looser than the rule accounts are created with (`pnpm cli user create`): any address of an account passes. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export const signInSchema = z.object({
  email: z
    .string({ error: EMAIL_MISSING })
    .check(
      z.trim(),
      z.minLength(1, { error: EMAIL_MISSING, abort: true }),
      z.regex(EMAIL, 'must be an email address, such as name@example.org'),
    ),
  password: z.string({ error: PASSWORD_MISSING }).check(z.minLength(1, PASSWORD_MISSING)),
});
