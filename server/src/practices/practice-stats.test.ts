import { describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { useTestAtlas } from '../../test-support/test-atlas';
import { createDraft } from '../../test-support/practice-test-kit';

const atlas = useTestAtlas({ seed: true });

interface Stat {
  key: string;
  label: string;
  count: number;
  country: { code: string; name: string } | null;
}
interface Node {
  year: number;
  themes: string[];
  dimensions: string[];
  levels: string[];
  stakeholders: string[];
  targetGroups: string[];
  evidenceLevel: string;
  country: { code: string };
}

const STATS = `query Stats($groupBy: PracticeStatsGroup!, $filter: PracticeFilter) {
  practiceStats(groupBy: $groupBy, filter: $filter) { key label count country { code name } }
}`;
const PRACTICES = `query All($filter: PracticeFilter) {
  practices(filter: $filter, first: 100) {
    totalCount
    nodes { year themes dimensions levels stakeholders targetGroups evidenceLevel country { code } }
  }
}`;

async function stats(groupBy: string, filter?: Record<string, unknown>, token?: string): Promise<Stat[]> {
  const response = await atlas.graphql<{ practiceStats: Stat[] }>(STATS, { groupBy, filter }, token);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.practiceStats;
}

/** The values of a practice for a grouping, as `practices` returns them. */
const VALUES: Record<string, (node: Node) => (string | number)[]> = {
  COUNTRY: (node) => [node.country.code],
  THEME: (node) => node.themes,
  DIMENSION: (node) => node.dimensions,
  LEVEL: (node) => node.levels,
  STAKEHOLDER: (node) => node.stakeholders,
  TARGET_GROUP: (node) => node.targetGroups,
  EVIDENCE_LEVEL: (node) => [node.evidenceLevel],
  YEAR: (node) => [node.year],
};

const FILTERS: (Record<string, unknown> | undefined)[] = [
  undefined,
  { themes: ['ENTREPRENEURSHIP', 'ACCESS_TO_FINANCE'], yearFrom: 2015 },
  { countryCodes: ['ID', 'PH'], dimensions: ['ECONOMIC'] },
  { text: 'village' },
];

describe('practiceStats', () => {
  for (const groupBy of Object.keys(VALUES)) {
    it(`counts practices by ${groupBy} exactly as practices lists them, under the same filter`, async () => {
      for (const filter of FILTERS) {
        const listed = await atlas.graphql<{ practices: { totalCount: number; nodes: Node[] } }>(PRACTICES, { filter });
        const { totalCount, nodes } = listed.data!.practices;
        expect(nodes).toHaveLength(totalCount);
        const expected = new Map<string, number>();
        for (const node of nodes) {
          for (const value of VALUES[groupBy]!(node))
            expected.set(String(value), (expected.get(String(value)) ?? 0) + 1);
        }
        const result = await stats(groupBy, filter);
        const counted = new Map(result.filter((s) => s.count > 0).map((s) => [s.key, s.count]));
        expect(counted, JSON.stringify(filter)).toEqual(expected);
        if (groupBy === 'COUNTRY' || groupBy === 'EVIDENCE_LEVEL') {
          expect(result.reduce((sum, s) => sum + s.count, 0)).toBe(totalCount);
        }
      }
    });
  }

  it('sorts by count, largest first, then by key; years ascending', async () => {
    for (const groupBy of ['COUNTRY', 'THEME', 'STAKEHOLDER']) {
      const result = await stats(groupBy);
      const sorted = [...result].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
      expect(result.map((s) => s.key)).toEqual(sorted.map((s) => s.key));
    }
    const years = (await stats('YEAR')).map((s) => Number(s.key));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years.length).toBeGreaterThan(3);
  });

  it('lists every member state and every theme (zero counts included), with labels and the country', async () => {
    const countries = await stats('COUNTRY', { countryCodes: ['ID'] });
    expect(countries).toHaveLength(11);
    expect(countries[0]).toMatchObject({ key: 'ID', label: 'Indonesia', country: { code: 'ID', name: 'Indonesia' } });
    expect(countries.slice(1).every((s) => s.count === 0 && s.country?.code === s.key)).toBe(true);
    const themes = await stats('THEME');
    expect(themes).toHaveLength(14);
    expect(themes.find((s) => s.key === 'ENTREPRENEURSHIP')).toMatchObject({ label: 'Entrepreneurship' });
    expect(themes.every((s) => s.country === null)).toBe(true);
    const years = await stats('YEAR');
    expect(years.every((s) => s.label === s.key && s.count > 0)).toBe(true);
  });

  it('counts drafts only for those who may read them', async () => {
    const editor = await atlas.signIn(Role.EDITOR);
    const contributor = await atlas.signIn(Role.CONTRIBUTOR);
    await createDraft(atlas, contributor.token, { countryCode: 'BN' });
    const all = { statuses: ['DRAFT', 'PUBLISHED'] };
    const brunei = async (token?: string) => (await stats('COUNTRY', all, token)).find((s) => s.key === 'BN')!.count;
    const anonymous = await brunei();
    expect(await brunei(editor.token)).toBe(anonymous + 1);
    expect(await brunei(contributor.token)).toBe(anonymous + 1);
    expect(await brunei((await atlas.signIn(Role.CONTRIBUTOR)).token)).toBe(anonymous);
    expect((await stats('COUNTRY', { statuses: ['DRAFT'] })).every((s) => s.count === 0)).toBe(true);
    expect((await stats('COUNTRY', { statuses: ['DRAFT'] }, editor.token)).find((s) => s.key === 'BN')!.count).toBe(1);
  });

  it('costs at most three statements whatever the grouping and filter, once the facet columns are read', async () => {
    await atlas.graphql(STATS, { groupBy: 'LEVEL' });
    const counts = new Set<number>();
    for (const [groupBy, filter] of [
      ['COUNTRY', undefined],
      ['THEME', { countryCodes: ['ID', 'PH', 'VN'], text: 'training' }],
      ['YEAR', { themes: ['ENTREPRENEURSHIP'], yearFrom: 2010, yearTo: 2024 }],
    ] as const) {
      const { body, statements } = await atlas.countedGraphql(STATS, { groupBy, filter });
      expect(body.errors).toBeUndefined();
      counts.add(statements.length);
    }
    // The facet columns' change token and the countries; the full-text matches when searching.
    expect([...counts].sort()).toEqual([2, 3]);
  });

  it('checks the filter as practices does, and the grouping', async () => {
    const response = await atlas.graphql(STATS, { groupBy: 'THEME', filter: { yearFrom: 2020, yearTo: 2010 } });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'filter.yearTo', message: expect.any(String) }],
    });
    const badGroup = await atlas.graphql('{ practiceStats(groupBy: PROGRAMME) { key } }');
    expect(badGroup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'groupBy' }] });
  });
});
