import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/knex';
import { GraphQLError } from 'graphql';
import { loadConfig } from '../config';
import { openDatabase } from '../db/orm';
import type { FieldProblem } from '../graphql/errors';
import { changeAccount, sessions, type AccountChange } from '../accounts/account-changes';
import { createUser } from '../accounts/create-user';
import { PromptCancelled, readPassword, type PasswordInput } from './read-password';
import { ANONYMOUS } from '../access/viewer';

export const USER_USAGE = `user create --email … --name … --role CONTRIBUTOR|EDITOR|ADMIN [--organisation … --constituency … --country XX]
               user disable|enable|revoke-sessions --email …
               user role --email … --role CONTRIBUTOR|EDITOR|ADMIN
               user password --email …
               (a password is typed at a hidden prompt, or piped on standard input; never a flag)`;

/** The flags each subcommand needs and may take, besides --email (which all need). */
const SUBCOMMANDS = {
  create: { needs: ['name', 'role'], may: ['organisation', 'constituency', 'country'] },
  disable: { needs: [], may: [] },
  enable: { needs: [], may: [] },
  role: { needs: ['role'], may: [] },
  password: { needs: [], may: [] },
  'revoke-sessions': { needs: [], may: [] },
} as const;
type Subcommand = keyof typeof SUBCOMMANDS;

const OPTIONS = {
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  organisation: { type: 'string' },
  constituency: { type: 'string' },
  country: { type: 'string' },
} as const;

/** `pnpm cli user …`: create and manage accounts, each change recorded in the account's history. */
export async function runUserCommand(args: string[], input: PasswordInput = process.stdin): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    // Node's own message goes on about positional arguments; the flag is what matters.
    const unknown = /^Unknown option '([^']+)'/.exec((error as Error).message);
    return usage(unknown ? `There is no ${unknown[1]} option.` : (error as Error).message);
  }
  const { positionals, values } = parsed;
  const subcommand = positionals[0] as Subcommand;
  if (positionals.length !== 1 || !Object.hasOwn(SUBCOMMANDS, subcommand)) {
    return usage(positionals.length ? `Unknown: user ${positionals.join(' ')}.` : 'Which user command?');
  }
  const { needs, may } = SUBCOMMANDS[subcommand];
  const stray = Object.keys(values).find((flag) => flag !== 'email' && ![...needs, ...may].includes(flag as never));
  if (stray) return usage(`user ${subcommand} takes no --${stray}.`);
  const missing = ['email', ...needs].find((flag) => values[flag as keyof typeof values] === undefined);
  if (missing) return usage(`user ${subcommand} needs --${missing}.`);
  const email = values.email!;

  try {
    const password =
      subcommand === 'create' || subcommand === 'password'
        ? await readPassword(`Password for ${email} (12 characters or more; nothing shows as you type): `, {
            input,
            confirm: true,
          })
        : undefined;
    const orm = await openDatabase(loadConfig());
    try {
      const em = orm.em.fork() as EntityManager;
      if (subcommand === 'create') {
        const user = await createUser(em, {
          email,
          name: values.name,
          role: values.role,
          organisation: values.organisation,
          constituency: values.constituency,
          countryCode: values.country,
          password,
        });
        console.log(DONE.create(user.email, user.role, 0));
        return 0;
      }
      const change: AccountChange =
        subcommand === 'role'
          ? { kind: 'role', role: values.role }
          : subcommand === 'password'
            ? { kind: 'password', password }
            : { kind: subcommand };
      const { user, revokedSessions } = await changeAccount(em, ANONYMOUS, { email }, change);
      console.log(DONE[subcommand](user.email, user.role, revokedSessions));
      return 0;
    } finally {
      await orm.close();
    }
  } catch (error) {
    if (error instanceof PromptCancelled) {
      console.error(error.message);
      return 130;
    }
    if (!(error instanceof GraphQLError)) throw error;
    const fields = (error.extensions.fields ?? []) as FieldProblem[];
    const reasons = fields.map((field) => `${flagOf(field.path)}: ${field.message}`).join('; ');
    console.error(`Not done: ${reasons || error.message}`);
    return 1;
  }
}

const DONE: Record<Subcommand, (email: string, role: string, revoked: number) => string> = {
  create: (email, role) => `Created ${role} ${email}.`,
  disable: (email, _role, revoked) => `Disabled ${email}; ${sessions(revoked)} revoked.`,
  enable: (email) => `Enabled ${email}.`,
  role: (email, role) => `${email} is now ${role}.`,
  password: (email, _role, revoked) => `Set a new password for ${email}; ${sessions(revoked)} revoked.`,
  'revoke-sessions': (email, _role, revoked) => `Revoked ${sessions(revoked)} of ${email}.`,
};

/** A problem's path in the service's terms, as the flag (or the prompt) the operator gave it by. */
function flagOf(path: string): string {
  const field = path.replace(/^input\./, '');
  if (field === 'password') return 'the password';
  return `--${{ countryCode: 'country', id: 'email' }[field] ?? field}`;
}

function usage(problem: string): number {
  console.error(`${problem}\nUsage: pnpm cli ${USER_USAGE}`);
  return 2;
}
