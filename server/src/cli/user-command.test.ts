import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type AtlasOrm } from '../db/orm';
import { Revision } from '../history/revision.entity';
import { createTestDatabase } from '../db/test-database';
import { verifyPassword } from '../accounts/password';
import { Session } from '../accounts/session.entity';
import { User } from '../accounts/user.entity';
import { runUserCommand } from './user-command';

// The command opens the database of the environment, as `pnpm cli` does: a file or PostgreSQL of this test's own.
let orm: AtlasOrm;
let drop = async () => {};
// Put back afterwards: the next test file of this worker reads them (the server's files share a worker).
const before = { DATABASE_URL: process.env.DATABASE_URL, SQLITE_PATH: process.env.SQLITE_PATH };
beforeAll(async () => {
  if (process.env.DATABASE_URL?.startsWith('postgres')) {
    const database = await createTestDatabase();
    drop = database.drop;
    process.env.DATABASE_URL = database.config.database;
  } else {
    process.env.DATABASE_URL = '';
    process.env.SQLITE_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-cli-')), 'atlas.sqlite');
  }
  orm = await openDatabase({
    dialect: process.env.DATABASE_URL ? 'postgresql' : 'sqlite',
    database: process.env.DATABASE_URL || process.env.SQLITE_PATH!,
  });
});
afterAll(async () => {
  await orm.close();
  await drop();
  for (const [name, value] of Object.entries(before)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** Runs `pnpm cli user …` with `piped` on standard input; its exit code and what it printed. */
async function cli(args: string[], piped = '') {
  const stdin = new PassThrough();
  stdin.end(piped);
  const printed: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => printed.push(line));
  const error = vi.spyOn(console, 'error').mockImplementation((line: string) => printed.push(line));
  try {
    const code = await runUserCommand(args, stdin);
    return { code, output: printed.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const em = () => orm.em.fork() as EntityManager;
const account = (email: string) => em().findOneOrFail(User, { email });
const liveSessions = async (email: string) => em().count(Session, { user: { email }, revokedAt: null });

describe('pnpm cli user', () => {
  it('creates an account with the password piped on standard input', async () => {
    const created = await cli(
      ['create', '--email', 'Ed@Asean.test', '--name', 'Ed', '--role', 'EDITOR'],
      'a long secret pass phrase\n',
    );
    expect(created).toEqual({ code: 0, output: 'Created EDITOR ed@asean.test.' });
    expect(await verifyPassword('a long secret pass phrase', (await account('ed@asean.test')).passwordHash)).toBe(true);
  });

  it('names the real flags (and the password) in its errors, and has no --password flag', async () => {
    const short = await cli(['create', '--email', 'x@asean.test', '--name', 'X', '--role', 'EDITOR'], 'short\n');
    expect(short).toEqual({ code: 1, output: 'Not done: the password: at least 12 characters' });
    const bad = await cli(
      ['create', '--email', 'nope', '--name', 'X', '--role', 'CHIEF', '--country', 'ZZ'],
      'long enough pass\n',
    );
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/^Not done: --email: .+; --role: .+$/);
    const unknown = await cli(
      ['create', '--email', 'y@asean.test', '--country', 'ZZ', '--name', 'Y', '--role', 'EDITOR'],
      'long enough pass\n',
    );
    expect(unknown).toEqual({ code: 1, output: 'Not done: --country: unknown member state ZZ' });
    const flag = await cli(['create', '--email', 'x@asean.test', '--password', 'hunter2hunter2']);
    expect(flag.code).toBe(2);
    expect(flag.output).toMatch(/^There is no --password option\.\nUsage: /);
    expect(flag.output).toContain('never a flag');
    expect(await cli(['create', '--email', 'x@asean.test', '--role', 'EDITOR'])).toMatchObject({
      code: 2,
      output: expect.stringMatching(/^user create needs --name\./),
    });
    expect((await cli(['disable', '--email', 'x@asean.test', '--role', 'ADMIN'])).output).toMatch(
      /^user disable takes no --role\./,
    );
    expect(await cli(['disable', '--email', 'nobody@asean.test'])).toEqual({
      code: 1,
      output: 'Not done: --email: not found',
    });
    expect(await em().count(User, { email: { $like: 'x@%' } })).toBe(0);
  });

  it('disables, enables, changes the role and the password, and revokes sessions, each in the history', async () => {
    const email = 'ed@asean.test';
    const user = await account(email);
    const open = async (n: number) => {
      const fork = em();
      for (let i = 0; i < n; i++)
        fork.create(Session, {
          tokenHash: `${email}-${Date.now()}-${i}`.padEnd(64, '0'),
          user: user.id,
          expiresAt: new Date(Date.now() + 3600_000),
        });
      await fork.flush();
    };

    await open(2);
    expect(await cli(['disable', '--email', email])).toEqual({
      code: 0,
      output: `Disabled ${email}; 2 sessions revoked.`,
    });
    expect((await account(email)).disabledAt).toBeInstanceOf(Date);
    expect(await liveSessions(email)).toBe(0);
    expect(await cli(['enable', '--email', email])).toEqual({ code: 0, output: `Enabled ${email}.` });
    expect((await account(email)).disabledAt).toBeNull();
    expect(await cli(['role', '--email', email, '--role', 'ADMIN'])).toEqual({
      code: 0,
      output: `${email} is now ADMIN.`,
    });
    await open(1);
    expect(await cli(['password', '--email', email], 'another long pass phrase\n')).toEqual({
      code: 0,
      output: `Set a new password for ${email}; 1 session revoked.`,
    });
    expect(await verifyPassword('another long pass phrase', (await account(email)).passwordHash)).toBe(true);
    await open(3);
    expect(await cli(['revoke-sessions', '--email', email])).toEqual({
      code: 0,
      output: `Revoked 3 sessions of ${email}.`,
    });

    const history = await em().find(Revision, { entityType: 'User', entityId: user.id }, { orderBy: { id: 'asc' } });
    expect(history.map((revision) => [revision.action, revision.note, revision.user])).toEqual([
      ['CREATE', null, null],
      ['UPDATE', 'Disabled the account; 2 sessions revoked (command line)', null],
      ['UPDATE', 'Enabled the account (command line)', null],
      ['UPDATE', 'Role EDITOR → ADMIN (command line)', null],
      ['UPDATE', 'Set a new password; 1 session revoked (command line)', null],
      ['UPDATE', 'Revoked 3 sessions (command line)', null],
    ]);
    expect(JSON.stringify(history.map((revision) => [revision.before, revision.after]))).not.toMatch(
      /scrypt|passwordHash|pass phrase/,
    );
  });

  it('keeps the last active admin', async () => {
    expect(await cli(['disable', '--email', 'ed@asean.test'])).toMatchObject({
      code: 1,
      output: expect.stringMatching(/^Not done: --email: the last active admin/),
    });
    expect(await cli(['role', '--email', 'ed@asean.test', '--role', 'EDITOR'])).toMatchObject({
      code: 1,
      output: expect.stringMatching(/^Not done: --role: the last active admin/),
    });
  });
});
