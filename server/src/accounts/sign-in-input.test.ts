import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD, useTestAtlas } from '../../test-support/test-atlas';
import { Role } from '../access/role';

const atlas = useTestAtlas({ seed: false });

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

describe('login checks what the sign-in form checks', () => {
  it('names an empty or malformed address and an empty password at once, as the form does', async () => {
    const empty = await atlas.graphql(LOGIN, { email: ' ', password: '' });
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'email', message: 'enter the email address of your account' },
        { path: 'password', message: 'enter your password' },
      ],
    });
    const malformed = await atlas.graphql(LOGIN, { email: 'editor', password: TEST_PASSWORD });
    expect(malformed.errors?.[0]?.extensions?.fields).toEqual([
      {
        path: 'email',
        message: 'must be an email address, such as name@example.org',
        code: 'NOT_AN_EMAIL',
        values: {},
      },
    ]);
  });

  it('still signs in with the address typed in capitals and spaces around it', async () => {
    await atlas.signIn(Role.EDITOR, { email: 'editor@atlas.test' });
    const signedIn = await atlas.graphql<{ login: { token: string } }>(LOGIN, {
      email: ' Editor@Atlas.test ',
      password: TEST_PASSWORD,
    });
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.login.token).toMatch(/\S{20,}/);
  });
});
