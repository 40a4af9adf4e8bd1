import { expect, it } from 'vitest';
import { useTestAtlas } from '../../test-support/test-atlas';

const atlas = useTestAtlas();

interface Program {
  id: string;
  key: string;
  name: string;
  status: string;
  partners: string[];
  components: { name: string }[];
  country: { code: string };
  sources: { url: string }[];
  outcomes: { year: number; value: number; indicator: { code: string }; source: { url: string } }[];
  practiceCount: number;
  practices: { totalCount: number };
}

const PROGRAMS = `query($filter: ProgramFilter, $first: Int, $after: String, $orderBy: ProgramOrder) {
  programs(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id key name status partners components { name } country { code } sources { url }
      outcomes { year value indicator { code } source { url } } practiceCount practices(first: 1) { totalCount } }
  }
}`;

it('lists every programme with its country, sources and outcomes', async () => {
  const { data } = await atlas.graphql<{ programs: { totalCount: number; nodes: Program[] } }>(PROGRAMS, {
    first: 100,
  });
  const programs = data!.programs.nodes;
  expect(programs).toHaveLength(data!.programs.totalCount);
  for (const program of programs) {
    expect(program.sources.length).toBeGreaterThan(0);
    for (const outcome of program.outcomes) expect(outcome.source.url).toMatch(/^https?:\/\//);
    expect(program.practiceCount).toBe(program.practices.totalCount);
  }
  const desmigratif = programs.find((p) => p.key === 'desmigratif')!;
  expect(desmigratif.country.code).toBe('ID');
  expect(desmigratif.components).toHaveLength(4);
  expect(desmigratif.outcomes.length).toBeGreaterThan(3);
});

it('records a destination-country partner on programmes run with it', async () => {
  const { data } = await atlas.graphql<{ programs: { nodes: Program[] } }>(PROGRAMS, {
    filter: { text: 'Happy Return' },
  });
  const happyReturn = data!.programs.nodes[0]!;
  expect(happyReturn.partners.join(' ')).toMatch(/Korea/);
  expect(happyReturn.country.code).not.toBe('KR');
});

it('filters by country and status, and orders by newest start', async () => {
  const { data } = await atlas.graphql<{ programs: { nodes: Program[] } }>(PROGRAMS, {
    filter: { countryCodes: ['PH'] },
    first: 100,
  });
  expect(data!.programs.nodes.length).toBeGreaterThanOrEqual(4);
  expect(data!.programs.nodes.every((p) => p.country.code === 'PH')).toBe(true);
  const planned = await atlas.graphql<{ programs: { nodes: Program[] } }>(PROGRAMS, {
    filter: { statuses: ['PLANNED'] },
    first: 100,
  });
  expect(planned.data!.programs.nodes.every((p) => p.status === 'PLANNED')).toBe(true);
});

it('pages with cursors and finds a programme by its ID', async () => {
  const first = await atlas.graphql<{ programs: { pageInfo: { endCursor: string }; nodes: Program[] } }>(PROGRAMS, {
    first: 2,
  });
  const second = await atlas.graphql<{ programs: { nodes: Program[] } }>(PROGRAMS, {
    first: 2,
    after: first.data!.programs.pageInfo.endCursor,
  });
  expect(second.data!.programs.nodes[0]!.id).not.toBe(first.data!.programs.nodes[1]!.id);
  const id = second.data!.programs.nodes[0]!.id;
  const one = await atlas.graphql<{ program: { id: string } | null }>(`{ program(id: "${id}") { id } }`);
  expect(one.data!.program?.id).toBe(id);
  const none = await atlas.graphql<{ program: null }>(`{ program(id: "UmVpbnRlZ3JhdGlvblByb2dyYW06OTk5OQ") { id } }`);
  expect(none.data!.program).toBeNull();
});
