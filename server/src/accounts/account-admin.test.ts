import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, fieldPaths } from '../../test-support/graphql-errors';
import { TEST_PASSWORD, useTestAtlas, type SignedIn } from '../../test-support/test-atlas';
import { Role } from '../access/role';

const atlas = useTestAtlas({ seed: false });
let admin: SignedIn, editor: SignedIn;
beforeAll(async () => {
  admin = await atlas.signIn(Role.ADMIN, { email: 'admin@atlas.test' });
  editor = await atlas.signIn(Role.EDITOR, { email: 'editor@atlas.test' });
});

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const ME = '{ me { role } }';
const HISTORY = 'query($id: ID!) { revisions(entityId: $id) { action note before after user { name } } }';

let accounts = 0;
/** A fresh account and a live token of it. */
async function account(role = Role.CONTRIBUTOR) {
  const email = `managed-${++accounts}@atlas.test`;
  const { token, userId } = await atlas.signIn(role, { email });
  return { email, token, userId };
}

const signIn = async (email: string, password = TEST_PASSWORD) =>
  (await atlas.graphql<{ login: { token: string } }>(LOGIN, { email, password })).data?.login.token;

describe('account management by admins', () => {
  it('disables an account: its token fails at once (401), it cannot sign in; enabling lets it sign in anew', async () => {
    const target = await account();
    const disabled = await atlas.graphql<{ disableUser: { disabledAt: string } }>(
      'mutation($id: ID!) { disableUser(id: $id) { disabledAt } }',
      { id: target.userId },
      admin.token,
    );
    expect(disabled.data?.disableUser.disabledAt).toEqual(expect.any(String));
    const refused = await atlas.graphql(ME, {}, target.token);
    expect(refused.status).toBe(401);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(await signIn(target.email)).toBeUndefined();

    await atlas.graphql('mutation($id: ID!) { enableUser(id: $id) { id } }', { id: target.userId }, admin.token);
    expect((await atlas.graphql(ME, {}, target.token)).status).toBe(401); // enabling brings no old session back
    const fresh = await signIn(target.email);
    expect((await atlas.graphql(ME, {}, fresh)).data).toEqual({ me: { role: 'CONTRIBUTOR' } });
  });

  it('changes a role, effective on the next request of the same token', async () => {
    const target = await account();
    expect(errorCode(await atlas.graphql('{ revisions(entityId: "U291cmNlOjE") { id } }', {}, target.token))).toBe(
      'FORBIDDEN',
    );
    await atlas.graphql(
      'mutation($id: ID!) { setUserRole(id: $id, role: EDITOR) { role } }',
      { id: target.userId },
      admin.token,
    );
    expect((await atlas.graphql(ME, {}, target.token)).data).toEqual({ me: { role: 'EDITOR' } });
  });

  it('sets a password: the old one and every session stop working', async () => {
    const target = await account();
    const second = await signIn(target.email);
    const set = await atlas.graphql(
      'mutation($id: ID!, $password: String!) { setUserPassword(id: $id, password: $password) { id } }',
      { id: target.userId, password: 'a brand new pass phrase' },
      admin.token,
    );
    expect(set.errors).toBeUndefined();
    for (const token of [target.token, second]) expect((await atlas.graphql(ME, {}, token)).status).toBe(401);
    expect(await signIn(target.email)).toBeUndefined();
    expect(await signIn(target.email, 'a brand new pass phrase')).toEqual(expect.any(String));

    const short = await atlas.graphql(
      'mutation($id: ID!) { setUserPassword(id: $id, password: "short") { id } }',
      { id: target.userId },
      admin.token,
    );
    expect(fieldPaths(short)).toEqual(['password']);
  });

  it('revokes every live session of an account and says how many', async () => {
    const target = await account();
    const second = await signIn(target.email);
    const revoked = await atlas.graphql<{ revokeSessions: number }>(
      'mutation($id: ID!) { revokeSessions(id: $id) }',
      { id: target.userId },
      admin.token,
    );
    expect(revoked.data?.revokeSessions).toBe(2);
    for (const token of [target.token, second]) expect((await atlas.graphql(ME, {}, token)).status).toBe(401);
  });

  it('creates accounts and lists them, by email', async () => {
    const created = await atlas.graphql<{
      createUser: { email: string; role: string; country: { code: string } | null };
    }>(
      'mutation($input: NewUserInput!) { createUser(input: $input) { email role country { code } } }',
      {
        input: {
          email: 'New.Person@Atlas.test',
          name: 'New Person',
          role: 'CONTRIBUTOR',
          password: 'a first pass phrase',
        },
      },
      admin.token,
    );
    expect(created.data?.createUser).toEqual({ email: 'new.person@atlas.test', role: 'CONTRIBUTOR', country: null });
    expect(await signIn('new.person@atlas.test', 'a first pass phrase')).toEqual(expect.any(String));
    const bad = await atlas.graphql(
      'mutation($input: NewUserInput!) { createUser(input: $input) { id } }',
      { input: { email: 'not an address', name: ' ', role: 'EDITOR', countryCode: 'XX', password: 'short' } },
      admin.token,
    );
    expect(fieldPaths(bad)).toEqual(['input.email', 'input.name', 'input.password']);

    const list = await atlas.graphql<{ users: { totalCount: number; nodes: { email: string }[] } }>(
      '{ users(first: 100) { totalCount nodes { email } } }',
      {},
      admin.token,
    );
    const emails = list.data!.users.nodes.map((user) => user.email);
    expect(emails).toEqual([...emails].sort());
    expect(emails).toContain('new.person@atlas.test');
    expect(list.data!.users.totalCount).toBe(emails.length);
  });

  it('keeps the last active admin: it can be neither disabled nor demoted', async () => {
    const disable = await atlas.graphql(
      'mutation($id: ID!) { disableUser(id: $id) { id } }',
      { id: admin.userId },
      admin.token,
    );
    expect(fieldPaths(disable)).toEqual(['id']);
    const demote = await atlas.graphql(
      'mutation($id: ID!) { setUserRole(id: $id, role: EDITOR) { id } }',
      { id: admin.userId },
      admin.token,
    );
    expect(fieldPaths(demote)).toEqual(['role']);
    expect((await atlas.graphql(ME, {}, admin.token)).data).toEqual({ me: { role: 'ADMIN' } });
  });

  it('refuses editors (FORBIDDEN) and anonymous callers (UNAUTHENTICATED), changing nothing', async () => {
    const target = await account();
    const attempts = [
      ['mutation($id: ID!) { disableUser(id: $id) { id } }', {}],
      ['mutation($id: ID!) { enableUser(id: $id) { id } }', {}],
      ['mutation($id: ID!) { setUserRole(id: $id, role: ADMIN) { id } }', {}],
      ['mutation($id: ID!) { setUserPassword(id: $id, password: "taken over by me") { id } }', {}],
      ['mutation($id: ID!) { revokeSessions(id: $id) }', {}],
      ['query($id: ID!) { users { nodes { id } } node(id: $id) { id } }', {}],
      [
        'mutation { createUser(input: { email: "x@atlas.test", name: "X", role: ADMIN, password: "taken over by me" }) { id } }',
        {},
      ],
    ] as const;
    for (const [query] of attempts) {
      expect(errorCode(await atlas.graphql(query, { id: target.userId }, editor.token)), query).toBe('FORBIDDEN');
      expect(errorCode(await atlas.graphql(query, { id: target.userId })), query).toBe('UNAUTHENTICATED');
    }
    expect((await atlas.graphql(ME, {}, target.token)).data).toEqual({ me: { role: 'CONTRIBUTOR' } });
    expect(await signIn(target.email)).toEqual(expect.any(String));
    expect(await signIn('x@atlas.test', 'taken over by me')).toBeUndefined();
  });

  it('records every action in the account’s history, for admins only, never with a password hash', async () => {
    const target = await account();
    const id = { id: target.userId };
    await atlas.graphql('mutation($id: ID!) { setUserRole(id: $id, role: EDITOR) { id } }', id, admin.token);
    await atlas.graphql('mutation($id: ID!) { disableUser(id: $id) { id } }', id, admin.token);
    await atlas.graphql('mutation($id: ID!) { enableUser(id: $id) { id } }', id, admin.token);
    await atlas.graphql(
      'mutation($id: ID!) { setUserPassword(id: $id, password: "yet another phrase") { id } }',
      id,
      admin.token,
    );
    await atlas.graphql('mutation($id: ID!) { revokeSessions(id: $id) }', id, admin.token);
    const history = await atlas.graphql<{
      revisions: {
        action: string;
        note: string | null;
        before: { role: string } | null;
        after: { role: string; disabledAt: string | null } | null;
        user: { name: string } | null;
      }[];
    }>(HISTORY, { id: target.userId }, admin.token);
    expect(history.data!.revisions.map((r) => [r.action, r.note])).toEqual([
      ['UPDATE', 'Revoked 0 sessions'],
      ['UPDATE', 'Set a new password; 0 sessions revoked'],
      ['UPDATE', 'Enabled the account'],
      ['UPDATE', 'Disabled the account; 1 session revoked'],
      ['UPDATE', 'Role CONTRIBUTOR → EDITOR'],
      ['CREATE', null],
    ]);
    expect(history.data!.revisions.slice(0, 5).every((r) => r.user?.name === 'Test admin')).toBe(true);
    expect(history.data!.revisions[3]!.after).toMatchObject({ role: 'EDITOR', disabledAt: expect.any(String) });
    const text = JSON.stringify(history.data);
    expect(text).not.toMatch(/scrypt|passwordHash|yet another phrase/);

    expect(errorCode(await atlas.graphql(HISTORY, { id: target.userId }, editor.token))).toBe('FORBIDDEN');
  });
});
