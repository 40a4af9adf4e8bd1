import { ISO_ALPHA2 } from '@atlas/shared';
import type { EntityManager } from '@mikro-orm/knex';
import { z } from 'zod';
import { Country } from '../countries/country.entity';
import { badUserInput } from '../graphql/errors';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password';
import { Constituency, Role } from './role';
import { User } from './user.entity';

export const newUserInput = z.strictObject({
  email: z
    .email()
    .max(254)
    .transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1).max(200),
  role: z.enum(Role),
  organisation: z.string().trim().min(1).max(200).optional(),
  constituency: z.enum(Constituency).default(Constituency.SECRETARIAT),
  countryCode: z.string().regex(ISO_ALPHA2).optional(),
  password: z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(1000),
});

/** Creates an account (there is no default one, nor a default password). BAD_USER_INPUT naming each bad field. */
export async function createUser(
  em: EntityManager,
  input: { [K in keyof z.input<typeof newUserInput>]?: unknown },
): Promise<User> {
  const parsed = newUserInput.safeParse(input);
  if (!parsed.success) {
    throw badUserInput(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
  }
  const { password, countryCode, ...fields } = parsed.data;
  const problems = [];
  if (await em.count(User, { email: fields.email }))
    problems.push({ path: 'email', message: 'an account with this email exists' });
  const country = countryCode ? await em.findOne(Country, { code: countryCode }) : null;
  if (countryCode && !country) problems.push({ path: 'countryCode', message: `unknown member state ${countryCode}` });
  if (problems.length) throw badUserInput(problems);
  const user = em.create(User, {
    ...fields,
    organisation: fields.organisation ?? null,
    country,
    passwordHash: await hashPassword(password),
  });
  await em.flush();
  return user;
}
