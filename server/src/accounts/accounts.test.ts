import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD, useTestAtlas } from '../../test-support/test-atlas';
import { Role } from '../access/role';

const atlas = useTestAtlas({ seed: false });

const LOGIN =
  'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt user { email role } } }';

describe('accounts', () => {
  it('signs in with a bearer token that expires, knows who is asking, and signs out', async () => {
    const { token } = await atlas.signIn(Role.EDITOR, { email: 'editor@atlas.test' });
    const me = await atlas.graphql<{ me: { email: string; role: string } }>('{ me { email role } }', {}, token);
    expect(me.data?.me).toEqual({ email: 'editor@atlas.test', role: 'EDITOR' });
    expect((await atlas.graphql('{ me { email } }')).data).toEqual({ me: null });
    const out = await atlas.graphql<{ logout: boolean }>('mutation { logout }', {}, token);
    expect(out.data?.logout).toBe(true);
    const after = await atlas.graphql('{ me { email } }', {}, token);
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    await atlas.signIn(Role.CONTRIBUTOR, { email: 'someone@atlas.test' });
    const wrong = await atlas.graphql(LOGIN, { email: 'someone@atlas.test', password: 'not the password' });
    const unknown = await atlas.graphql(LOGIN, { email: 'nobody@atlas.test', password: TEST_PASSWORD });
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Wrong email or password.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('throttles repeated failures on one account with RATE_LIMITED', async () => {
    await atlas.signIn(Role.CONTRIBUTOR, { email: 'target@atlas.test' });
    const codes: unknown[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await atlas.graphql(LOGIN, { email: 'target@atlas.test', password: `guess ${i}` });
      codes.push(response.errors?.[0]?.extensions?.code);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    const right = await atlas.graphql(LOGIN, { email: 'target@atlas.test', password: TEST_PASSWORD });
    expect(right.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('never exposes a password hash, and shows accounts through node(id) only to admins and their owner', async () => {
    const { token, userId } = await atlas.signIn(Role.CONTRIBUTOR);
    const admin = await atlas.signIn(Role.ADMIN);
    const query = `{ node(id: "${userId}") { id ... on User { email } } }`;
    expect((await atlas.graphql(query)).data).toEqual({ node: null });
    expect((await atlas.graphql<{ node: { id: string } }>(query, {}, token)).data?.node?.id).toBe(userId);
    expect((await atlas.graphql<{ node: { id: string } }>(query, {}, admin.token)).data?.node?.id).toBe(userId);
    const schema = await atlas.graphql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "User") { fields { name } } }',
    );
    expect(schema.data?.__type.fields.map((f) => f.name)).not.toContain('passwordHash');
  });
});

describe('the Authorization header', () => {
  const refused = [
    'Bearer',
    'Bearer ',
    'Bearer null',
    'Bearer short',
    `Bearer ${'x'.repeat(43)}`, // well-formed, never issued
    'Basic dXNlcjpwYXNzd29yZA==',
    'Token abcdefghijklmnopqrstuvwxyz',
    '',
  ];

  it('answers anything but a live session with HTTP 401 UNAUTHENTICATED, on /graphql and /export', async () => {
    for (const authorization of refused) {
      const graphql = await fetch(`${atlas.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ countries { code } }' }),
      });
      expect(graphql.status, authorization).toBe(401);
      expect(graphql.headers.get('www-authenticate')).toBe('Bearer');
      const body = (await graphql.json()) as { errors: { extensions: { code: string } }[]; data?: unknown };
      expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
      const csv = await fetch(`${atlas.url}/export/practices.csv`, { headers: { authorization } });
      expect(csv.status, authorization).toBe(401);
    }
    expect((await fetch(`${atlas.url}/export/practices.csv`)).status).toBe(200);
  });
});
