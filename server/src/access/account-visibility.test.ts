import { beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../graphql/global-id';
import { Revision } from '../history/revision.entity';
import { TEST_PASSWORD, useTestAtlas, type SignedIn } from '../../test-support/test-atlas';
import { createUser } from '../accounts/create-user';
import { Role } from './role';

const atlas = useTestAtlas({ seed: false });
let author: SignedIn;
let otherEditor: string;
let admin: string;
let sourceId: string;
beforeAll(async () => {
  await createUser(atlas.em(), {
    email: 'author@ministry.test',
    name: 'Ana Author',
    role: Role.EDITOR,
    organisation: 'Ministry of Manpower',
    password: TEST_PASSWORD,
  });
  const login = await atlas.graphql<{ login: { token: string; user: { id: string; email: string | null } } }>(
    'mutation { login(email: "author@ministry.test", password: "correct horse battery staple") { token user { id email } } }',
  );
  author = { token: login.data!.login.token, userId: login.data!.login.user.id };
  // Signing in shows the account its own email.
  expect(login.data!.login.user.email).toBe('author@ministry.test');
  otherEditor = (await atlas.signIn(Role.EDITOR)).token;
  admin = (await atlas.signIn(Role.ADMIN)).token;
  const created = await atlas.graphql<{ createSource: { id: string } }>(
    'mutation { createSource(input: { title: "A report", url: "https://example.org/report.pdf" }) { id } }',
    {},
    author.token,
  );
  sourceId = created.data!.createSource.id;
});

const AUTHOR_OF_CHANGE =
  'query($id: ID!) { revisions(entityId: $id) { user { id name organisation constituency role email createdAt disabledAt } } }';
type Author = Record<string, unknown>;
const authorSeenBy = async (token: string) =>
  (await atlas.graphql<{ revisions: { user: Author }[] }>(AUTHOR_OF_CHANGE, { id: sourceId }, token)).data!
    .revisions[0]!.user;

describe('who sees an account’s email', () => {
  it('shows another editor the author of a change by name and organisation, without email or dates', async () => {
    expect(await authorSeenBy(otherEditor)).toEqual({
      id: author.userId,
      name: 'Ana Author',
      organisation: 'Ministry of Manpower',
      constituency: 'SECRETARIAT',
      role: 'EDITOR',
      email: null,
      createdAt: null,
      disabledAt: null,
    });
  });

  it('shows it to admins and to the account itself', async () => {
    for (const token of [admin, author.token]) {
      expect(await authorSeenBy(token)).toMatchObject({ email: 'author@ministry.test', createdAt: expect.any(String) });
    }
    const me = await atlas.graphql<{ me: { email: string } }>('{ me { email } }', {}, author.token);
    expect(me.data!.me.email).toBe('author@ministry.test');
  });

  it('gives node(id) of an account to admins and its owner only', async () => {
    const query = `{ node(id: "${author.userId}") { ... on User { email } } }`;
    expect((await atlas.graphql(query, {}, otherEditor)).data).toEqual({ node: null });
    expect((await atlas.graphql(query, {}, admin)).data).toEqual({ node: { email: 'author@ministry.test' } });
  });

  it('keeps an account’s own history (its email, role, disabling) from editors, through node(id) too', async () => {
    const revision = await atlas
      .em()
      .findOneOrFail(Revision, { entityType: 'User', entityId: fromGlobalId(author.userId)!.id });
    const query = `{ node(id: "${revision.globalId}") { ... on Revision { action after } } }`;
    expect((await atlas.graphql(query, {}, otherEditor)).data).toEqual({ node: { action: 'CREATE', after: null } });
    expect((await atlas.graphql(query, {}, admin)).data).toMatchObject({
      node: { action: 'CREATE', after: { email: 'author@ministry.test', role: 'EDITOR' } },
    });
  });
});
