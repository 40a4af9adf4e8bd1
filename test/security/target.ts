import { startSeededAtlas } from '../api/atlas-process';

/** A GraphQL answer as a hostile client sees it: the HTTP status, headers and the parsed body. */
export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: {
      message: string;
      extensions?: { code?: string; fields?: { path: string; message: string }[] } & Record<string, unknown>;
    }[];
    extensions?: Record<string, unknown>;
  };
}

export type Target = Awaited<ReturnType<typeof startTarget>>;

/**
 * The built server as `pnpm start` runs it (production mode, its own seeded database: SQLite, or
 * PostgreSQL when DATABASE_URL says so), attacked over loopback as an outside client would; `env`
 * adds variables for the server (REDIS_URL, …).
 */
export async function startTarget(env: Record<string, string> = {}) {
  const atlas = await startSeededAtlas(env);
  let accounts = 0;

  const graphql = async <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<Answer<T>> => {
    const response = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: JSON.parse(text) as Answer<T>['body'] };
  };

  /** Creates an account with the CLI (password on standard input) and signs it in through the API. */
  const signIn = async (
    role: 'CONTRIBUTOR' | 'EDITOR' | 'ADMIN',
    email = `${role.toLowerCase()}${++accounts}@attack.test`,
  ) => {
    const password = `a long password for ${email}`;
    await atlas.cli(['user', 'create', '--email', email, '--name', `Test ${role}`, '--role', role], `${password}\n`);
    const answer = await graphql<{ login: { token: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password },
    );
    if (!answer.body.data?.login) throw new Error(`sign-in failed: ${JSON.stringify(answer.body)}`);
    return { email, password, token: answer.body.data.login.token };
  };

  /** How long a normal anonymous query takes right now (ms), bypassing the response cache with a unique alias. */
  const normalQueryMs = async () => {
    const started = performance.now();
    const answer = await graphql(`{ q${Date.now()}: countries { code name } }`);
    if (answer.status !== 200) throw new Error(`normal query failed: ${answer.status}`);
    return performance.now() - started;
  };

  return { ...atlas, graphql, signIn, normalQueryMs };
}
