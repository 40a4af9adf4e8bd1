import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import {
  ARCHIVE,
  ok,
  practiceInput,
  PUBLISH,
  SUBMIT,
  UPDATE,
  type PracticeResult,
} from '../../test-support/practice-test-kit';
import { useTestAtlas, type SignedIn } from '../../test-support/test-atlas';

/*
 * Keyset cursors (pagination.ts): paging stays exact while another client edits, in every order
 * the API offers, forwards and backwards. Run on SQLite by default and on PostgreSQL with a
 * postgres:// DATABASE_URL.
 */

const atlas = useTestAtlas();
let editor: SignedIn;

beforeAll(async () => {
  editor = await atlas.signIn(Role.EDITOR);
});

interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PRACTICES = `query($filter: PracticeFilter, $orderBy: PracticeOrder, $first: Int, $after: String, $last: Int, $before: String) {
  practices(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function practices(variables: Record<string, unknown>): Promise<Page> {
  const response = await atlas.graphql<{ practices: Page }>(PRACTICES, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.practices;
}

/** Every practice of the list, in order, read `size` at a time from the start (or from the end, backwards). */
async function everyPractice(variables: Record<string, unknown>, size: number, backward = false): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page = await practices(
      backward ? { ...variables, last: size, before: cursor } : { ...variables, first: size, after: cursor },
    );
    const pageIds = page.edges.map((edge) => edge.node.id);
    if (backward) ids.unshift(...pageIds);
    else ids.push(...pageIds);
    const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    // The flag of the far end: whatever lies beyond the cursor this page started from.
    expect(backward ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage).toBe(cursor !== null);
    if (!more) return ids;
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
  }
}

/** Creates and publishes a practice; returns it with the input it was made from. */
async function publishedPractice(overrides: Record<string, unknown>) {
  const input = practiceInput(overrides);
  const draft = await ok(
    atlas,
    `mutation($input: PracticeInput!) { createPractice(input: $input) { id version sources { id } } }`,
    { input },
    editor.token,
  );
  await ok(atlas, SUBMIT, { id: draft.id }, editor.token);
  const published = await ok<PracticeResult>(atlas, PUBLISH, { id: draft.id }, editor.token);
  return { ...published, input: { ...input, sources: published.sources.map((source) => ({ sourceId: source.id })) } };
}

// Every order, each with a change that moves the mover: to the other end of its order, or out of the ranked search's first places.
const ORDERS: { orderBy: string; filter?: Record<string, unknown>; move: Record<string, unknown> }[] = [
  { orderBy: 'NEWEST', move: { year: 1990 } },
  { orderBy: 'OLDEST', move: { year: 2030 } },
  { orderBy: 'TITLE', move: { title: 'Zz moved to the end of the titles' } },
  { orderBy: 'COUNTRY', move: { countryCode: 'VN', title: 'Aa moved to Viet Nam' } },
  { orderBy: 'RECENTLY_UPDATED', move: { summary: 'Changed, so now the most recently updated.' } },
  { orderBy: 'RELEVANCE', move: { year: 1991 } },
  { orderBy: 'RELEVANCE', filter: { text: 'training' }, move: { title: 'Training training training cooperative' } },
];

describe('keyset cursors', () => {
  it.each(ORDERS)(
    'pages through practices by $orderBy $filter with edits between pages: none skipped, none repeated',
    async ({ orderBy, filter, move }) => {
      const mover = await publishedPractice({ title: 'A training mover', year: 2015 });
      const variables = { orderBy, filter };
      const before = await everyPractice(variables, 100);
      const first = await practices({ ...variables, first: 10 });
      const seen = first.edges.map((edge) => edge.node.id);
      expect(seen).toEqual(before.slice(0, 10));

      // Another client archives a practice already seen, adds one and changes another so it moves.
      const archived = seen.find((id) => id !== mover.id)!;
      await ok(atlas, ARCHIVE, { id: archived }, editor.token);
      const added = await publishedPractice({ title: 'An added training practice', year: 2019 });
      let after = first.pageInfo.endCursor;
      const second = await practices({ ...variables, first: 10, after });
      seen.push(...second.edges.map((edge) => edge.node.id));
      await ok(
        atlas,
        UPDATE,
        { id: mover.id, input: { ...mover.input, ...move }, expectedVersion: mover.version },
        editor.token,
      );

      after = second.pageInfo.endCursor;
      while (after) {
        const page = await practices({ ...variables, first: 10, after });
        expect(page.pageInfo.hasPreviousPage).toBe(true);
        seen.push(...page.edges.map((edge) => edge.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      }

      // Every practice left as it was is met exactly once, in the order it had; the added one at most once.
      const untouched = before.filter((id) => id !== archived && id !== mover.id);
      expect(seen.filter((id) => untouched.includes(id))).toEqual(untouched);
      expect(seen.filter((id) => id === added.id).length).toBeLessThanOrEqual(1);
      expect(new Set(seen.filter((id) => id !== mover.id)).size).toBe(seen.filter((id) => id !== mover.id).length);
    },
  );

  it.each(ORDERS)(
    'pages backwards through practices by $orderBy $filter as forwards, reversed',
    async ({ orderBy, filter }) => {
      const forwards = await everyPractice({ orderBy, filter }, 7);
      expect(forwards.length).toBeGreaterThan(14);
      expect(await everyPractice({ orderBy, filter }, 7, true)).toEqual(forwards);
      expect(new Set(forwards).size).toBe(forwards.length);
    },
  );

  it('pages back from a cursor of a forward page, and forwards with `before` as a bound', async () => {
    const all = await everyPractice({ orderBy: 'TITLE' }, 100);
    const third = await practices({
      orderBy: 'TITLE',
      first: 5,
      after: (await practices({ orderBy: 'TITLE', first: 10 })).pageInfo.endCursor,
    });
    const back = await practices({ orderBy: 'TITLE', last: 4, before: third.pageInfo.startCursor });
    expect(back.edges.map((edge) => edge.node.id)).toEqual(all.slice(6, 10));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const start = await practices({ orderBy: 'TITLE', last: 20, before: third.pageInfo.startCursor });
    expect(start.edges.map((edge) => edge.node.id)).toEqual(all.slice(0, 10));
    expect(start.pageInfo.hasPreviousPage).toBe(false);
    const bounded = await practices({ orderBy: 'TITLE', first: 3, before: third.pageInfo.startCursor });
    expect(bounded.edges.map((edge) => edge.node.id)).toEqual(all.slice(0, 3));
    expect(bounded.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const end = await practices({ orderBy: 'TITLE', last: 2 });
    expect(end.edges.map((edge) => edge.node.id)).toEqual(all.slice(-2));
    expect(end.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it('pages every other connection by keyset, both ways', async () => {
    const admin = await atlas.signIn(Role.ADMIN);
    for (const role of [Role.CONTRIBUTOR, Role.EDITOR, Role.ADMIN]) await atlas.signIn(role);
    const lists: { field: string; args?: string; token?: string }[] = [
      { field: 'programs', args: 'orderBy: NAME' },
      { field: 'programs', args: 'orderBy: COUNTRY' },
      { field: 'programs', args: 'orderBy: NEWEST' },
      { field: 'outcomes' },
      { field: 'studies' },
      { field: 'users', token: admin.token },
      { field: 'sourcesConnection', args: 'filter: { search: "ilo" }' },
    ];
    for (const { field, args, token } of lists) {
      const read = async (page: string) => {
        const response = await atlas.graphql<Record<string, Page & { totalCount: number }>>(
          `{ list: ${field}(${args ? `${args}, ` : ''}${page}) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
          {},
          token,
        );
        expect(response.errors, `${field}(${args ?? ''}) ${JSON.stringify(response.errors)}`).toBeUndefined();
        return response.data!.list!;
      };
      const forwardsBy = async (size: number) => {
        const ids: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await read(`first: ${size}${cursor ? `, after: "${cursor}"` : ''}`);
          ids.push(...page.edges.map((edge) => edge.node.id));
          cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (cursor);
        return ids;
      };
      const whole = await forwardsBy(100);
      expect(whole.length, field).toBeGreaterThan(3);
      expect(whole.length, field).toBe((await read('first: 1')).totalCount);
      const forwards = await forwardsBy(3);
      expect(forwards, `${field}(${args ?? ''})`).toEqual(whole);
      const backwards: string[] = [];
      let before: string | null = null;
      do {
        const page = await read(`last: 3${before ? `, before: "${before}"` : ''}`);
        backwards.unshift(...page.edges.map((edge) => edge.node.id));
        before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null;
      } while (before);
      expect(backwards, `${field}(${args ?? ''}) backwards`).toEqual(forwards);
    }
  });
});

describe('bad page arguments', () => {
  const problem = async (query: string, token?: string) => {
    const response = await atlas.graphql(query, {}, token);
    return {
      code: response.errors?.[0]?.extensions?.code,
      fields: response.errors?.[0]?.extensions?.fields?.map((field) => field.path),
      message: response.errors?.[0]?.message,
    };
  };

  it('refuses `last` with `first` and `before` with `after`, naming the argument', async () => {
    const cursor = (await practices({ first: 1 })).pageInfo.endCursor!;
    expect(await problem('{ practices(first: 2, last: 2) { totalCount } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['last'],
    });
    expect(await problem(`{ programs(after: "${cursor}", before: "${cursor}") { totalCount } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining(['before']),
    });
    expect(await problem(`{ practices(after: "${cursor}", before: "${cursor}") { totalCount } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['before'],
    });
  });

  it('refuses a cursor of another connection or another order, naming `after` or `before`', async () => {
    const title = (await practices({ orderBy: 'TITLE', first: 1 })).pageInfo.endCursor!;
    const searched = (await practices({ filter: { text: 'training' }, first: 1 })).pageInfo.endCursor!;
    const programs = await atlas.graphql<{ programs: Page }>('{ programs(first: 1) { pageInfo { endCursor } } }');
    const program = programs.data!.programs.pageInfo.endCursor!;
    expect(await problem(`{ practices(orderBy: NEWEST, after: "${title}") { totalCount } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['after'],
      message: expect.stringContaining('another order'),
    });
    expect(await problem(`{ practices(orderBy: TITLE, before: "${program}") { totalCount } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['before'],
      message: expect.stringContaining('another list'),
    });
    expect(await problem(`{ studies(after: "${title}") { totalCount } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['after'],
    });
    // A ranked search's cursor belongs to its words.
    expect(
      await problem(`{ practices(filter: { text: "water" }, after: "${searched}") { totalCount } }`),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['after'],
    });
    // NEWEST's cursors serve RELEVANCE without words, which is the same order.
    const newest = (await practices({ orderBy: 'NEWEST', first: 3 })).pageInfo.endCursor!;
    expect((await practices({ after: newest, first: 2 })).edges).toHaveLength(2);
  });

  it('refuses the position cursors of earlier releases', async () => {
    const old = Buffer.from('cursor:19', 'utf8').toString('base64url');
    expect(await problem(`{ practices(after: "${old}") { totalCount } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['after'],
      message: expect.stringContaining('earlier releases'),
    });
  });
});
