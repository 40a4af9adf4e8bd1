import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ApolloClient, gql, HttpLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { print } from 'graphql';
import { filter, firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededAtlas } from './atlas-process';

/**
 * The API as researchers' own GraphQL clients use it: relay-compiler checks documents that page
 * with `@connection` forwards, backwards and both ways against shared/schema.graphql, and Apollo
 * Client pages through the built server with `relayStylePagination` while an editor archives and
 * renames practices between its pages. (graphql-inspector guards the schema in
 * schema-stability.test.ts.)
 */
const ROOT = path.resolve(__dirname, '..', '..');
const SCHEMA = path.join(ROOT, 'shared', 'schema.graphql');
const PAGE = 10;

describe('relay-compiler', () => {
  /** The compiler's native binary, as its package resolves it for this platform. */
  const relayBinary = createRequire(__filename)('relay-compiler') as string | null;

  /** A Relay project in a temporary folder: its config and `src/` files (graphql`` tagged documents). */
  const relayProject = (files: Record<string, string>) => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-relay-'));
    fs.mkdirSync(path.join(folder, 'src'));
    fs.writeFileSync(
      path.join(folder, 'relay.config.json'),
      JSON.stringify({ src: './src', schema: SCHEMA, language: 'typescript' }),
    );
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, 'src', name), text);
    return folder;
  };

  /** Runs the compiler in `folder`; resolves with its exit code and output. */
  const relay = async (folder: string, args: string[] = []) => {
    if (!relayBinary) throw new Error(`relay-compiler ships no binary for ${process.platform} ${process.arch}`);
    try {
      const { stdout, stderr } = await promisify(execFile)(
        relayBinary,
        ['--noWatchman', '--output', 'quiet-with-errors', ...args],
        {
          cwd: folder,
        },
      );
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
    }
  };

  const artifact = (folder: string, name: string) =>
    fs.readFileSync(path.join(folder, 'src', '__generated__', `${name}.graphql.ts`), 'utf8');

  it('compiles connections paged forwards, backwards and both ways, and the artifacts validate', async () => {
    const folder = relayProject({
      'PracticeList.ts': `import { graphql } from 'react-relay';

export const practiceList = graphql\`
  fragment PracticeList_query on Query
  @refetchable(queryName: "PracticeListPaginationQuery")
  @argumentDefinitions(
    first: { type: "Int" }
    after: { type: "String" }
    last: { type: "Int" }
    before: { type: "String" }
    orderBy: { type: "PracticeOrder", defaultValue: TITLE }
  ) {
    practices(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy)
      @connection(key: "PracticeList_practices", filters: ["orderBy"]) {
      totalCount
      edges { node { id title year } }
    }
  }
\`;

export const lastPractices = graphql\`
  query PracticeListLastQuery($last: Int!, $before: String) {
    practices(last: $last, before: $before, orderBy: TITLE) @connection(key: "PracticeListLast_practices") {
      edges { node { id title } }
    }
  }
\`;
`,
      'Programmes.ts': `import { graphql } from 'react-relay';

export const countryPractices = graphql\`
  fragment Programmes_country on Country
  @refetchable(queryName: "ProgrammesCountryPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 5 }, cursor: { type: "String" }) {
    name
    practices(first: $count, after: $cursor) @connection(key: "Programmes_country_practices") {
      edges { node { id title } }
    }
  }
\`;

export const programmes = graphql\`
  query ProgrammesQuery($first: Int, $after: String, $last: Int, $before: String) {
    programs(first: $first, after: $after) @connection(key: "Programmes_programs") {
      edges { node { id name } }
    }
    sourcesConnection(last: $last, before: $before) @connection(key: "Programmes_sourcesConnection") {
      edges { node { id title } }
    }
  }
\`;
`,
    });
    const compiled = await relay(folder);
    expect(compiled.output).toBe('');
    expect(compiled.code).toBe(0);
    // Relay reads each connection's direction from the arguments the schema offers.
    const directions = (name: string) => [...artifact(folder, name).matchAll(/"direction": "(\w+)"/g)].map((m) => m[1]);
    expect(directions('PracticeList_query')).toEqual(['bidirectional']);
    expect(directions('PracticeListLastQuery')).toEqual(['backward']);
    expect(directions('Programmes_country')).toEqual(['forward']);
    expect(directions('ProgrammesQuery').sort()).toEqual(['backward', 'forward']);
    // A refetchable fragment on a Node type refetches through `node(id:)`.
    expect(artifact(folder, 'ProgrammesCountryPaginationQuery')).toContain('node(id: $id)');
    const validated = await relay(folder, ['--validate']);
    expect(validated.output).toBe('');
    expect(validated.code).toBe(0);
  });

  it('refuses a connection that cannot page', async () => {
    const folder = relayProject({
      'Wrong.ts': `import { graphql } from 'react-relay';

export const wrong = graphql\`
  query WrongQuery {
    practices(orderBy: TITLE) @connection(key: "Wrong_practices") {
      edges { node { id } }
    }
  }
\`;
`,
    });
    const compiled = await relay(folder);
    expect(compiled.code).not.toBe(0);
    expect(compiled.output).toContain("Expected field 'practices' to be passed a 'first' or 'last' argument");
  });
});

interface PracticeRow {
  id: string;
  title: string;
}

interface PracticesByTitle {
  practices: {
    totalCount: number;
    edges: { cursor: string; node: PracticeRow }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

interface PageVariables {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

const PRACTICES_BY_TITLE: TypedDocumentNode<PracticesByTitle, PageVariables> = gql`
  query PracticesByTitle($first: Int, $after: String, $last: Int, $before: String) {
    practices(first: $first, after: $after, last: $last, before: $before, orderBy: TITLE) {
      totalCount
      edges {
        cursor
        node {
          id
          title
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

describe('Apollo Client', () => {
  let atlas: Awaited<ReturnType<typeof startSeededAtlas>>;
  let editorToken: string;

  /** Another client: plain fetch, signed in as `token` when given. */
  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const response = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
    return body.data!;
  };

  beforeAll(async () => {
    atlas = await startSeededAtlas();
    const email = 'editor@research-clients.test';
    const password = 'a long password for the research clients';
    await atlas.cli(
      ['user', 'create', '--email', email, '--name', 'Research Editor', '--role', 'EDITOR'],
      `${password}\n`,
    );
    const { login } = await graphql<{ login: { token: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password },
    );
    editorToken = login.token;
  });
  afterAll(() => atlas?.dispose());

  /** A researcher's client: Apollo's HttpLink on Node's fetch, the practices list merged Relay-style. */
  const researcherClient = () =>
    new ApolloClient({
      link: new HttpLink({ uri: `${atlas.url}/graphql` }),
      cache: new InMemoryCache({
        typePolicies: { Query: { fields: { practices: relayStylePagination(['filter', 'orderBy']) } } },
      }),
    });

  /** The whole list by title as the server now orders it, read by plain fetch in pages of 100. */
  const everyPracticeByTitle = async () => {
    const rows: PracticeRow[] = [];
    for (let after: string | null = null; ;) {
      const { practices }: PracticesByTitle = await graphql<PracticesByTitle>(print(PRACTICES_BY_TITLE), {
        first: 100,
        after,
      });
      rows.push(...practices.edges.map((edge) => edge.node));
      if (!practices.pageInfo.hasNextPage) return { rows, totalCount: practices.totalCount };
      after = practices.pageInfo.endCursor;
    }
  };

  /** The editor's changes, made with another client: archive one practice, retitle another. */
  const archive = (id: string) =>
    graphql('mutation($id: ID!) { archivePractice(id: $id) { id status } }', { id }, editorToken);
  const retitle = async (id: string, title: string) => {
    const { practice } = await graphql<{ practice: PracticeFields }>(
      `
        query ($id: ID!) {
          practice(id: $id) {
            version
            title
            summary
            body
            year
            evidenceLevel
            kind
            themes
            dimensions
            levels
            partners
            stakeholders
            targetGroups
            country {
              code
            }
            program {
              id
            }
            event {
              id
            }
            sources {
              id
            }
          }
        }
      `,
      { id },
      editorToken,
    );
    const { version, country, program, event, sources, ...fields } = practice;
    await graphql(
      'mutation($id: ID!, $input: PracticeInput!, $v: Int!) { updatePractice(id: $id, input: $input, expectedVersion: $v) { id } }',
      {
        id,
        v: version,
        input: {
          ...fields,
          title,
          countryCode: country.code,
          programId: program?.id ?? null,
          eventId: event?.id ?? null,
          sources: sources.map((source) => ({ sourceId: source.id })),
        },
      },
      editorToken,
    );
  };

  /**
   * Pages through the list with `fetchMore` (`after: endCursor` forwards, `before: startCursor`
   * backwards) until its end, calling `between` after `editAfterPages` pages; resolves with the list
   * as Apollo's cache has merged it.
   */
  const pageWithApollo = async (
    direction: 'forward' | 'backward',
    editAfterPages: number,
    between: (seen: PracticeRow[]) => Promise<void>,
  ) => {
    const apollo = researcherClient();
    const query = apollo.watchQuery({
      query: PRACTICES_BY_TITLE,
      variables: direction === 'forward' ? { first: PAGE } : { last: PAGE },
    });
    const subscription = query.subscribe(() => {});
    try {
      await firstValueFrom(query.pipe(filter((result) => result.dataState === 'complete')));
      // What the cache holds once `fetchMore` resolves (the query's own result follows a tick later).
      const merged = () => {
        const cached = apollo.readQuery({ query: PRACTICES_BY_TITLE, variables: query.variables });
        if (!cached) throw new Error('Apollo’s cache holds no list');
        return cached.practices;
      };
      let pages = 1;
      for (;;) {
        const { pageInfo } = merged();
        if (direction === 'forward' ? !pageInfo.hasNextPage : !pageInfo.hasPreviousPage) break;
        if (pages === editAfterPages) await between(merged().edges.map((edge) => edge.node));
        await query.fetchMore({
          variables: direction === 'forward' ? { after: pageInfo.endCursor! } : { before: pageInfo.startCursor! },
        });
        pages += 1;
      }
      const { edges, totalCount } = merged();
      return { rows: edges.map((edge) => ({ id: edge.node.id, title: edge.node.title })), totalCount, pages };
    } finally {
      subscription.unsubscribe();
      apollo.stop();
    }
  };

  it('pages forwards and backwards exactly while an editor archives and retitles practices between pages', async () => {
    const start = await everyPracticeByTitle();
    expect(start.rows.length).toBe(start.totalCount);
    expect(start.totalCount).toBeGreaterThan(5 * PAGE);
    const ids = (rows: PracticeRow[]) => rows.map((row) => row.id);

    // Forwards: after two pages, archive a practice already seen and retitle the first of the next
    // page so that it moves to the very end of the list, not yet reached.
    let archived = '';
    let moved = { id: '', title: '' };
    const forward = await pageWithApollo('forward', 2, async (seen) => {
      expect(ids(seen)).toEqual(ids(start.rows.slice(0, 2 * PAGE)));
      archived = seen[3]!.id;
      moved = { id: start.rows[2 * PAGE]!.id, title: `${start.rows.at(-1)!.title} (renamed)` };
      await archive(archived);
      await retitle(moved.id, moved.title);
    });
    const afterForward = await everyPracticeByTitle();
    expect(afterForward.totalCount).toBe(start.totalCount - 1);
    expect(afterForward.rows.at(-1)).toEqual(moved);
    // Apollo keeps the archived practice it saw before the change; every other one appears once, in
    // the server's title order, the retitled one where it now is: none skipped, none repeated.
    expect(new Set(ids(forward.rows)).size).toBe(forward.rows.length);
    expect(forward.rows.length).toBe(afterForward.totalCount + 1);
    expect(ids(forward.rows.filter((row) => row.id !== archived))).toEqual(ids(afterForward.rows));
    expect(forward.rows.filter((row) => row.id === moved.id)).toEqual([moved]);
    expect(forward.totalCount).toBe(afterForward.totalCount);
    expect(forward.pages).toBe(Math.ceil(forward.rows.length / PAGE));

    // Backwards with `last`/`before`: after two pages from the end, archive a practice already seen
    // and retitle the last of the next page so that it moves next to the first, not yet reached.
    const list = afterForward.rows;
    let archivedBack = '';
    let movedBack = { id: '', title: '' };
    const backward = await pageWithApollo('backward', 2, async (seen) => {
      expect(ids(seen)).toEqual(ids(list.slice(-2 * PAGE)));
      archivedBack = seen.at(-4)!.id;
      movedBack = { id: list.at(-2 * PAGE - 1)!.id, title: `${list[0]!.title} (renamed)` };
      await archive(archivedBack);
      await retitle(movedBack.id, movedBack.title);
    });
    const afterBackward = await everyPracticeByTitle();
    expect(afterBackward.totalCount).toBe(list.length - 1);
    expect(new Set(ids(backward.rows)).size).toBe(backward.rows.length);
    expect(backward.rows.length).toBe(afterBackward.totalCount + 1);
    expect(ids(backward.rows.filter((row) => row.id !== archivedBack))).toEqual(ids(afterBackward.rows));
    expect(backward.rows.filter((row) => row.id === movedBack.id)).toEqual([movedBack]);
    expect(backward.totalCount).toBe(afterBackward.totalCount);
  });
});

interface PracticeFields extends Record<string, unknown> {
  version: number;
  country: { code: string };
  program: { id: string } | null;
  event: { id: string } | null;
  sources: { id: string }[];
}
