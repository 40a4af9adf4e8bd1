/**
 * What `login` takes, checked by the API and by the sign-in form before anything is sent: an address
 * that can be an account's, and a password. Whether they match an account is the API's answer alone
 * (and it never says which one was wrong).
 */
import * as z from 'zod/mini';
import { problemError } from './problems.js';

const emailMissing = problemError('NO_EMAIL');
const passwordMissing = problemError('NO_PASSWORD');
/** Looser than the rule accounts are created with (`pnpm cli user create`): any address of an account passes. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export const signInSchema = z.object({
  email: z
    .string(emailMissing)
    .check(z.trim(), z.minLength(1, { ...emailMissing, abort: true }), z.regex(EMAIL, problemError('NOT_AN_EMAIL'))),
  password: z.string(passwordMissing).check(z.minLength(1, passwordMissing)),
});
