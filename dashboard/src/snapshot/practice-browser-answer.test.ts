import { encodeKeysetCursor, type SnapshotManifest, type SnapshotPractices } from '@atlas/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { practiceBrowserAnswer } from './practice-browser-answer';

/** Seven published Philippine practices, 1 to 7; the API's TITLE order puts them 7, 6, …, 1. */
const ids = [1, 2, 3, 4, 5, 6, 7];
const globalId = (id: number) => `P${id}`;
const titleOrder = [...ids].reverse();
const cursorOf = (id: number) =>
  encodeKeysetCursor({ list: 'Practice', order: 'TITLE', keys: [`Title ${8 - id}`, id] });

const data: SnapshotPractices = {
  rows: ids.map((id) => ({
    id,
    status: 'PUBLISHED',
    created_by_id: null,
    event_id: null,
    country_id: 1,
    themes: id % 2 === 0 ? 0b1000 : 0b0001,
    dimensions: 0,
    levels: 0,
    stakeholders: 0,
    target_groups: 0,
    evidence_level: null,
    kind: 'REINTEGRATION',
    year: 2019,
    program_id: null,
  })),
  globalIds: ids.map(globalId),
  orders: { TITLE: titleOrder.map(globalId) },
  cursors: { TITLE: titleOrder.map(cursorOf) },
  countries: [{ id: 1, code: 'PH', name: 'Philippines' }],
  programs: [],
  nodes: Object.fromEntries(ids.map((id) => [globalId(id), { id: globalId(id) }])),
};
const snapshot = { practices: { en: 'practices-en.json' }, languages: ['en'] } as unknown as SnapshotManifest;

beforeAll(() => {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(data))));
});
afterAll(() => {
  vi.unstubAllGlobals();
});

interface ListAnswer {
  data?: {
    practices: {
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      nodes: { id: string }[];
    };
  };
  errors?: { message: string; extensions: { code: string } }[];
}

const list = async (variables: Record<string, unknown>) =>
  (await practiceBrowserAnswer(snapshot, 'PracticeList', { orderBy: 'TITLE', ...variables })) as ListAnswer;

describe("the snapshot's practice browser", () => {
  it('pages with the API’s own cursors, the filter applied', async () => {
    const first = await list({ first: 2, filter: { themes: ['SKILLS_TRAINING'] } });
    // Even ids (SKILLS_TRAINING) in TITLE order: 6, 4, 2.
    expect(first.data!.practices.nodes.map((node) => node.id)).toEqual(['P6', 'P4']);
    expect(first.data!.practices.pageInfo).toEqual({
      __typename: 'PageInfo',
      hasNextPage: true,
      hasPreviousPage: false,
      endCursor: cursorOf(4),
    });
    const next = await list({ first: 2, filter: { themes: ['SKILLS_TRAINING'] }, after: cursorOf(4) });
    expect(next.data!.practices.nodes.map((node) => node.id)).toEqual(['P2']);
    expect(next.data!.practices.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    // A cursor of a practice the filter leaves out places the page as well, as a keyset cursor does in the API.
    const fromOther = await list({ first: 5, filter: { themes: ['SKILLS_TRAINING'] }, after: cursorOf(5) });
    expect(fromOther.data!.practices.nodes.map((node) => node.id)).toEqual(['P4', 'P2']);
  });

  it('refuses a cursor of another order or of no practice of the snapshot, naming after', async () => {
    const newest = encodeKeysetCursor({ list: 'Practice', order: 'NEWEST', keys: [2019, 4] });
    const other = await list({ after: newest });
    expect(other.errors).toEqual([
      { message: 'after is a cursor of another order (NEWEST), not of TITLE', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    const old = await list({ after: 'Y3Vyc29yOjE5' });
    expect(old.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(old.errors?.[0]?.message).toMatch(/^after is not a cursor returned by this API/);
  });
});
