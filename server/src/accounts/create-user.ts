import { ISO_ALPHA2 } from '@atlas/shared';
import type { EntityManager } from '@mikro-orm/knex';
import { z } from 'zod';
import { INVALID } from '@atlas/shared/rules';
import { Country } from '../countries/country.entity';
import { badUserInput } from '../graphql/errors';
import { checkInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { accountState } from './account-state';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password';
import { Constituency, Role } from '../access/role';
import { User } from './user.entity';
import { ANONYMOUS, type Viewer } from '../access/viewer';
import { inTransaction } from '../db/in-transaction';

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1000, 'at most 1000 characters');

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
  password: passwordSchema,
});

/**
 * Creates an account (there is no default one, nor a default password), with a CREATE revision by
 * `actor` (an admin in the API; nobody at the command line). BAD_USER_INPUT naming each bad field
 * (`input.email`, `input.countryCode`, `input.password`, …).
 */
export async function createUser(
  em: EntityManager,
  input: { [K in keyof z.input<typeof newUserInput>]?: unknown },
  actor: Viewer = ANONYMOUS,
): Promise<User> {
  const { data, problems } = checkInput(newUserInput, input);
  if (!data) throw badUserInput(problems);
  const { password, countryCode, ...fields } = data;
  if (await em.count(User, { email: fields.email }))
    problems.push({ path: 'input.email', message: 'an account with this email exists', code: INVALID, values: {} });
  const country = countryCode ? await em.findOne(Country, { code: countryCode }) : null;
  if (countryCode && !country)
    problems.push({
      path: 'input.countryCode',
      message: `unknown member state ${countryCode}`,
      code: 'NOT_FOUND',
      values: { type: 'Country' },
    });
  if (problems.length) throw badUserInput(problems);
  const passwordHash = await hashPassword(password);
  return inTransaction(em, async (tx) => {
    const user = tx.create(User, { ...fields, organisation: fields.organisation ?? null, country, passwordHash });
    await tx.flush();
    recordRevision(tx, actor, {
      entityType: 'User',
      entityId: user.id,
      action: RevisionAction.CREATE,
      before: null,
      after: accountState(user),
    });
    return user;
  });
}
