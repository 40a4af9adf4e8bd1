import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { Outcome } from '../outcomes/outcome.entity';
import { errorCode } from '../../test-support/graphql-errors';
import { useTestAtlas, type SignedIn } from '../../test-support/test-atlas';
import { fromGlobalId } from '../graphql/global-id';
import {
  ARCHIVE,
  CREATE,
  createDraft,
  ok,
  practiceInput,
  PUBLISH,
  REJECT,
  SUBMIT,
  UPDATE,
  type PracticeResult,
} from '../../test-support/practice-test-kit';

const atlas = useTestAtlas();
let author: SignedIn, otherContributor: SignedIn, editor: SignedIn, admin: SignedIn;
beforeAll(async () => {
  author = await atlas.signIn(Role.CONTRIBUTOR);
  otherContributor = await atlas.signIn(Role.CONTRIBUTOR);
  editor = await atlas.signIn(Role.EDITOR);
  admin = await atlas.signIn(Role.ADMIN);
});

type Who = 'anonymous' | 'author' | 'other contributor' | 'editor' | 'admin';
type Start = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED';

const tokenOf = (who: Who): string | undefined =>
  ({
    anonymous: undefined,
    author: author.token,
    'other contributor': otherContributor.token,
    editor: editor.token,
    admin: admin.token,
  })[who];

/** A practice by the author, brought to `start` (submitted by the author, published by an editor). */
async function practiceIn(start: Start): Promise<PracticeResult> {
  const draft = await createDraft(atlas, author.token);
  if (start === 'DRAFT') return draft;
  if (start === 'IN_REVIEW') return ok(atlas, SUBMIT, { id: draft.id }, author.token);
  return ok(atlas, PUBLISH, { id: draft.id }, editor.token);
}

const mutations = {
  updatePractice: (p: PracticeResult) => ({
    query: UPDATE,
    variables: { id: p.id, input: practiceInput({ title: 'Edited' }), expectedVersion: p.version },
    status: p.status,
  }),
  submitPractice: (p: PracticeResult) => ({ query: SUBMIT, variables: { id: p.id }, status: 'IN_REVIEW' }),
  publishPractice: (p: PracticeResult) => ({ query: PUBLISH, variables: { id: p.id }, status: 'PUBLISHED' }),
  rejectPractice: (p: PracticeResult) => ({
    query: REJECT,
    variables: { id: p.id, reason: 'Cite the evaluation.' },
    status: 'REJECTED',
  }),
  archivePractice: (p: PracticeResult) => ({ query: ARCHIVE, variables: { id: p.id }, status: 'ARCHIVED' }),
};

/** [mutation, state of the author's practice before, who asks, expected: 'OK' or an error code]. */
const MATRIX: [keyof typeof mutations, Start, Who, string][] = [
  ['updatePractice', 'DRAFT', 'anonymous', 'UNAUTHENTICATED'],
  ['updatePractice', 'DRAFT', 'author', 'OK'],
  ['updatePractice', 'DRAFT', 'other contributor', 'NOT_FOUND'],
  ['updatePractice', 'DRAFT', 'editor', 'OK'],
  ['updatePractice', 'DRAFT', 'admin', 'OK'],
  ['updatePractice', 'IN_REVIEW', 'author', 'FORBIDDEN'],
  ['updatePractice', 'PUBLISHED', 'author', 'FORBIDDEN'],
  ['updatePractice', 'PUBLISHED', 'other contributor', 'FORBIDDEN'],
  ['updatePractice', 'PUBLISHED', 'editor', 'OK'],
  ['submitPractice', 'DRAFT', 'anonymous', 'UNAUTHENTICATED'],
  ['submitPractice', 'DRAFT', 'author', 'OK'],
  ['submitPractice', 'DRAFT', 'other contributor', 'NOT_FOUND'],
  ['submitPractice', 'DRAFT', 'editor', 'OK'],
  ['submitPractice', 'DRAFT', 'admin', 'OK'],
  ['publishPractice', 'IN_REVIEW', 'anonymous', 'UNAUTHENTICATED'],
  ['publishPractice', 'IN_REVIEW', 'author', 'FORBIDDEN'],
  ['publishPractice', 'IN_REVIEW', 'other contributor', 'NOT_FOUND'],
  ['publishPractice', 'IN_REVIEW', 'editor', 'OK'],
  ['publishPractice', 'IN_REVIEW', 'admin', 'OK'],
  ['publishPractice', 'DRAFT', 'author', 'FORBIDDEN'],
  ['publishPractice', 'DRAFT', 'editor', 'OK'],
  ['rejectPractice', 'IN_REVIEW', 'anonymous', 'UNAUTHENTICATED'],
  ['rejectPractice', 'IN_REVIEW', 'author', 'FORBIDDEN'],
  ['rejectPractice', 'IN_REVIEW', 'other contributor', 'NOT_FOUND'],
  ['rejectPractice', 'IN_REVIEW', 'editor', 'OK'],
  ['rejectPractice', 'IN_REVIEW', 'admin', 'OK'],
  ['archivePractice', 'PUBLISHED', 'anonymous', 'UNAUTHENTICATED'],
  ['archivePractice', 'PUBLISHED', 'author', 'FORBIDDEN'],
  ['archivePractice', 'PUBLISHED', 'other contributor', 'FORBIDDEN'],
  ['archivePractice', 'PUBLISHED', 'editor', 'OK'],
  ['archivePractice', 'PUBLISHED', 'admin', 'OK'],
  ['archivePractice', 'DRAFT', 'other contributor', 'NOT_FOUND'],
];

const VERSION = 'query($id: ID!) { practice(id: $id) { version status } }';

describe('who may change practices', () => {
  it.each(MATRIX)('%s on a %s practice, as %s → %s', async (mutation, start, who, expected) => {
    const practice = await practiceIn(start);
    const { query, variables, status } = mutations[mutation](practice);
    const response = await atlas.graphql<Record<string, PracticeResult>>(query, variables, tokenOf(who));
    const stored = await atlas.graphql<{ practice: { version: number; status: string } }>(
      VERSION,
      { id: practice.id },
      editor.token,
    );
    if (expected === 'OK') {
      expect(response.errors).toBeUndefined();
      expect(response.data?.[mutation]).toMatchObject({ id: practice.id, status, version: practice.version + 1 });
      expect(stored.data?.practice).toEqual({ version: practice.version + 1, status });
    } else {
      expect(errorCode(response)).toBe(expected);
      expect(response.data).toBeNull();
      expect(stored.data?.practice).toEqual({ version: practice.version, status: practice.status });
    }
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['author', 'OK'],
    ['editor', 'OK'],
    ['admin', 'OK'],
  ] as [Who, string][])('createPractice as %s → %s, a DRAFT of theirs', async (who, expected) => {
    const response = await atlas.graphql<{ createPractice: PracticeResult }>(
      CREATE,
      { input: practiceInput() },
      tokenOf(who),
    );
    if (expected !== 'OK') {
      expect(errorCode(response)).toBe(expected);
      return;
    }
    expect(response.errors).toBeUndefined();
    expect(response.data?.createPractice).toMatchObject({ status: 'DRAFT', version: 1 });
    const revisions = await atlas.graphql<{ revisions: { user: { id: string } }[] }>(
      'query($id: ID!) { revisions(entityId: $id) { user { id } } }',
      { id: response.data!.createPractice.id },
      editor.token,
    );
    const creator = { author, editor, admin }[who as 'author' | 'editor' | 'admin'];
    expect(revisions.data?.revisions).toEqual([{ user: { id: creator.userId } }]);
  });

  it('answers an unknown id with UNAUTHENTICATED to anonymous callers and NOT_FOUND to accounts', async () => {
    const unknown = Buffer.from('Practice:999999').toString('base64url');
    expect(errorCode(await atlas.graphql(SUBMIT, { id: unknown }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await atlas.graphql(SUBMIT, { id: unknown }, author.token))).toBe('NOT_FOUND');
    expect(errorCode(await atlas.graphql(ARCHIVE, { id: unknown }, editor.token))).toBe('NOT_FOUND');
  });
});

interface Counts {
  practices: { totalCount: number; facets: { countries: { value: string; count: number }[] } };
  countries: { code: string; practiceCount: number }[];
  compareCountries: {
    coverage: { country: { code: string }; dimension: string; theme: string; practiceCount: number }[];
  };
}

const COUNTS = `{
  practices { totalCount facets { countries { value count } } }
  countries { code practiceCount }
  compareCountries(codes: ["PH", "ID"]) { coverage { country { code } dimension theme practiceCount } }
}`;

const PATHS = `query($id: ID!, $programId: ID!, $eventId: ID!, $statuses: [PracticeStatus!]) {
  practice(id: $id) { id }
  node(id: $id) { id }
  listed: practices(filter: { statuses: $statuses }, first: 100) { totalCount nodes { id } }
  country(code: "PH") { practices(first: 100) { nodes { id } } }
  program(id: $programId) { practices(first: 100) { nodes { id } } }
  event(id: $eventId) { practices(first: 100) { nodes { id } } }
}`;

interface Paths {
  practice: { id: string } | null;
  node: { id: string } | null;
  listed: { totalCount: number; nodes: { id: string }[] };
  country: { practices: { nodes: { id: string }[] } };
  program: { practices: { nodes: { id: string }[] } };
  event: { practices: { nodes: { id: string }[] } };
}

describe('drafts', () => {
  it('are invisible to anonymous readers through every path, visible to their author and to editors', async () => {
    const ids = await atlas.graphql<{
      programs: { nodes: { id: string; country: { code: string } }[] };
      events: { id: string }[];
    }>('{ programs(first: 100) { nodes { id country { code } } } events { id } }');
    const programId = ids.data!.programs.nodes.find((p) => p.country.code === 'PH')!.id;
    const eventId = ids.data!.events[0]!.id;
    const before = (await atlas.graphql<Counts>(COUNTS)).data!;

    const draft = await createDraft(atlas, author.token, {
      programId,
      eventId,
      themes: ['ENTREPRENEURSHIP'],
      dimensions: ['ECONOMIC'],
    });
    const em = atlas.em();
    const outcome = await em.findOneOrFail(Outcome, { practice: null }, { orderBy: { id: 'asc' } });
    outcome.practice = em.getReference('Practice', fromGlobalId(draft.id)!.id) as never;
    await em.flush();
    const outcomeQuery = `{ node(id: "${outcome.globalId}") { ... on Outcome { practice { id } } } }`;

    const anonymousCounts = (await atlas.graphql<Counts>(COUNTS)).data!;
    expect(anonymousCounts).toEqual(before);
    for (const token of [undefined, author.token, editor.token]) {
      expect((await atlas.graphql<Counts>(COUNTS, {}, token)).data).toEqual(before);
    }

    const seen = async (token: string | undefined, statuses: string[] | null) => {
      const { data, errors } = await atlas.graphql<Paths>(PATHS, { id: draft.id, programId, eventId, statuses }, token);
      expect(errors).toBeUndefined();
      return data!;
    };
    const nested = (paths: Paths) =>
      [paths.country, paths.program, paths.event].some((parent) =>
        parent.practices.nodes.some((node) => node.id === draft.id),
      );

    const anonymous = await seen(undefined, ['DRAFT']);
    expect(anonymous.practice).toBeNull();
    expect(anonymous.node).toBeNull();
    expect(anonymous.listed).toEqual({ totalCount: 0, nodes: [] });
    expect(nested(anonymous)).toBe(false);
    expect((await seen(undefined, null)).listed.nodes.map((n) => n.id)).not.toContain(draft.id);
    expect(await atlas.graphql(outcomeQuery)).toMatchObject({ data: { node: { practice: null } } });

    const stranger = await seen(otherContributor.token, ['DRAFT']);
    expect(stranger.practice).toBeNull();
    expect(stranger.node).toBeNull();
    expect(stranger.listed.nodes.map((n) => n.id)).not.toContain(draft.id);
    expect(await atlas.graphql(outcomeQuery, {}, otherContributor.token)).toMatchObject({
      data: { node: { practice: null } },
    });

    for (const token of [author.token, editor.token, admin.token]) {
      const allowed = await seen(token, ['DRAFT']);
      expect(allowed.practice).toEqual({ id: draft.id });
      expect(allowed.node).toEqual({ id: draft.id });
      expect(allowed.listed.nodes.map((n) => n.id)).toContain(draft.id);
      // Pages of countries, programmes and events (and their counts) show published practices to everybody.
      expect(nested(allowed)).toBe(false);
      expect(await atlas.graphql(outcomeQuery, {}, token)).toMatchObject({
        data: { node: { practice: { id: draft.id } } },
      });
    }

    await ok(atlas, PUBLISH, { id: draft.id }, editor.token);
    const published = await seen(undefined, null);
    expect(published.practice).toEqual({ id: draft.id });
    expect(nested(published)).toBe(true);
    const after = (await atlas.graphql<Counts>(COUNTS)).data!;
    expect(after.practices.totalCount).toBe(before.practices.totalCount + 1);
    const ph = (counts: Counts) => counts.countries.find((c) => c.code === 'PH')!.practiceCount;
    expect(ph(after)).toBe(ph(before) + 1);
    const cell = (counts: Counts) =>
      counts.compareCountries.coverage.find(
        (c) => c.country.code === 'PH' && c.dimension === 'ECONOMIC' && c.theme === 'ENTREPRENEURSHIP',
      )?.practiceCount ?? 0;
    expect(cell(after)).toBe(cell(before) + 1);
  });

  it('make up the review queue: editors see every practice in review, contributors only their own', async () => {
    const mine = await ok(atlas, SUBMIT, { id: (await createDraft(atlas, author.token)).id }, author.token);
    const theirs = await ok(
      atlas,
      SUBMIT,
      { id: (await createDraft(atlas, otherContributor.token)).id },
      otherContributor.token,
    );
    const QUEUE = '{ practices(filter: { statuses: [IN_REVIEW] }, first: 100) { totalCount nodes { id status } } }';
    const queue = async (token?: string) =>
      (
        await atlas.graphql<{ practices: { totalCount: number; nodes: { id: string; status: string }[] } }>(
          QUEUE,
          {},
          token,
        )
      ).data!.practices;

    const editors = await queue(editor.token);
    expect(editors.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(editors.nodes.every((n) => n.status === 'IN_REVIEW')).toBe(true);
    expect(editors.totalCount).toBe(editors.nodes.length);

    const authors = await queue(author.token);
    expect(authors.nodes.map((n) => n.id)).toContain(mine.id);
    expect(authors.nodes.map((n) => n.id)).not.toContain(theirs.id);
    expect(authors.totalCount).toBe(authors.nodes.length);

    expect(await queue()).toEqual({ totalCount: 0, nodes: [] });
  });
});
