import { describe, expect, it } from 'vitest';
import { useTestAtlas } from '../../test-support/test-atlas';

const atlas = useTestAtlas();

interface PracticeNode {
  id: string;
  title: string;
  year: number;
  themes: string[];
  evidenceLevel: string;
  country: { code: string; name: string };
  sources: { url: string }[];
}
interface Facet<V = string> {
  value: V;
  label: string;
  count: number;
}
interface Page {
  practices: {
    totalCount: number;
    nodes: PracticeNode[];
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    facets: { countries: Facet[]; themes: Facet[]; evidenceLevels: Facet[]; years: Facet<number>[]; programs: Facet[] };
  };
}

const PAGE = `query Page($filter: PracticeFilter, $first: Int, $after: String, $orderBy: PracticeOrder) {
  practices(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    nodes { id title year themes evidenceLevel country { code name } sources { url } }
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    facets { countries { value label count } themes { value label count } evidenceLevels { value label count } years { value label count } programs { value label count } }
  }
}`;

const page = async (variables: Record<string, unknown>) => {
  const response = await atlas.graphql<Page>(PAGE, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.practices;
};

describe('practices', () => {
  it('pages through every published practice with Relay cursors, 20 by default', async () => {
    const first = await page({});
    expect(first.totalCount).toBeGreaterThanOrEqual(30);
    expect(first.nodes).toHaveLength(20);
    expect(first.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: first.edges[0]!.cursor,
    });
    const seen = new Set(first.nodes.map((n) => n.id));
    let after = first.pageInfo.endCursor;
    while (after) {
      const next = await page({ first: 7, after });
      expect(next.pageInfo.hasPreviousPage).toBe(true);
      for (const node of next.nodes) {
        expect(seen.has(node.id)).toBe(false);
        seen.add(node.id);
      }
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect(seen.size).toBe(first.totalCount);
  });

  it('cites at least one source for every practice', async () => {
    const all = await page({ first: 100 });
    for (const practice of all.nodes) expect(practice.sources.length).toBeGreaterThan(0);
  });

  it('filters by country, theme and year; values in a field are alternatives, fields combine', async () => {
    const result = await page({
      filter: { countryCodes: ['ID', 'PH'], themes: ['ENTREPRENEURSHIP', 'ACCESS_TO_FINANCE'], yearFrom: 2010 },
      first: 100,
    });
    expect(result.totalCount).toBeGreaterThan(0);
    expect(result.nodes).toHaveLength(result.totalCount);
    for (const practice of result.nodes) {
      expect(['ID', 'PH']).toContain(practice.country.code);
      expect(practice.themes.some((t) => ['ENTREPRENEURSHIP', 'ACCESS_TO_FINANCE'].includes(t))).toBe(true);
      expect(practice.year).toBeGreaterThanOrEqual(2010);
    }
  });

  it('counts facets under the current filter, summing to the total for single-valued fields', async () => {
    const all = await page({ first: 1 });
    const sum = (facets: Facet<unknown>[]) => facets.reduce((total, f) => total + f.count, 0);
    expect(all.facets.countries).toHaveLength(11);
    expect(sum(all.facets.countries)).toBe(all.totalCount);
    expect(sum(all.facets.evidenceLevels)).toBe(all.totalCount);
    expect(sum(all.facets.years)).toBe(all.totalCount);
    expect(all.facets.themes).toHaveLength(14);

    const philippines = await page({ filter: { countryCodes: ['PH'] }, first: 1 });
    expect(philippines.facets.countries.find((f) => f.value === 'PH')?.count).toBe(philippines.totalCount);
    expect(philippines.facets.countries.find((f) => f.value === 'ID')?.count).toBe(0);
    const finance = philippines.facets.themes.find((f) => f.value === 'ACCESS_TO_FINANCE')!;
    const financeOnly = await page({ filter: { countryCodes: ['PH'], themes: ['ACCESS_TO_FINANCE'] }, first: 1 });
    expect(financeOnly.totalCount).toBe(finance.count);
    expect(finance.label).toBe('Access to finance');
  });

  it('filters by a minimum evidence level, up the scale, and counts it as the evidence-level filter', async () => {
    const all = await page({ first: 0 });
    const count = (level: string) => all.facets.evidenceLevels.find((f) => f.value === level)?.count ?? 0;
    const evaluated = await page({ first: 100, filter: { minEvidenceLevel: 'EVALUATED' } });
    expect(evaluated.totalCount).toBe(count('EVALUATED') + count('RIGOROUS'));
    expect(evaluated.totalCount).toBeGreaterThan(0);
    expect(new Set(evaluated.nodes.map((n) => n.evidenceLevel))).toEqual(new Set(['EVALUATED', 'RIGOROUS']));
    expect(evaluated.facets.evidenceLevels.filter((f) => f.count > 0).map((f) => f.value)).toEqual([
      'EVALUATED',
      'RIGOROUS',
    ]);
    const { data } = await atlas.graphql<{ practices: { facets: { evidenceLevels: Facet[] } } }>(
      `{ practices(filter: { minEvidenceLevel: RIGOROUS }) { facets(eachWithoutItsOwnFilter: true) { evidenceLevels { value count } } } }`,
    );
    expect(data?.practices.facets.evidenceLevels.map((f) => f.count)).toEqual(
      all.facets.evidenceLevels.map((f) => f.count),
    );
    const narrowed = await page({
      first: 0,
      filter: { minEvidenceLevel: 'MONITORED', evidenceLevels: ['DOCUMENTED'] },
    });
    expect(narrowed.totalCount).toBe(0);
  });

  it('answers "a theme or a dimension" in one request: the union of the two, counted once each', async () => {
    const ids = async (filter: Record<string, unknown>) => {
      const { data, errors } = await atlas.graphql<{ practices: { totalCount: number; nodes: { id: string }[] } }>(
        `query($filter: PracticeFilter) { practices(first: 100, filter: $filter) { totalCount nodes { id } } }`,
        { filter },
      );
      expect(errors).toBeUndefined();
      expect(data!.practices.nodes).toHaveLength(data!.practices.totalCount);
      return new Set(data!.practices.nodes.map((n) => n.id));
    };
    const finance = await ids({ countryCodes: ['PH', 'ID'], themes: ['ACCESS_TO_FINANCE'] });
    const psychosocial = await ids({ countryCodes: ['PH', 'ID'], dimensions: ['PSYCHOSOCIAL'] });
    const either = await ids({
      countryCodes: ['PH', 'ID'],
      anyOf: [{ themes: ['ACCESS_TO_FINANCE'] }, { dimensions: ['PSYCHOSOCIAL'] }],
    });
    expect(either).toEqual(new Set([...finance, ...psychosocial]));
    expect(either.size).toBeLessThan(finance.size + psychosocial.size + 1);
    expect(either.size).toBeGreaterThan(Math.max(finance.size, psychosocial.size));
  });

  it('lets a researcher follow a programme facet back into the filter', async () => {
    const all = await page({ first: 1 });
    const top = all.facets.programs[0]!;
    const result = await page({ filter: { programId: top.value }, first: 100 });
    expect(result.totalCount).toBe(top.count);
  });

  it('lists the programmes with most practices first, as many as asked for, and refuses too many', async () => {
    const query = `query Programs($first: Int) { practices(first: 1) { facets { programs(first: $first) { value count } } } }`;
    const all = await atlas.graphql<Page>(query, { first: 500 });
    const programs = all.data!.practices.facets.programs;
    expect(programs.length).toBeGreaterThan(3);
    expect(programs.map((p) => p.count)).toEqual([...programs.map((p) => p.count)].sort((a, b) => b - a));
    const top3 = await atlas.graphql<Page>(query, { first: 3 });
    expect(top3.data!.practices.facets.programs).toEqual(programs.slice(0, 3));
    const tooMany = await atlas.graphql(query, { first: 501 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'programs.first', message: 'must be between 0 and 500, got 501' }],
    });
  });

  it('searches full text, ranked, with word forms and prefixes', async () => {
    const result = await page({ filter: { text: 'desmigratif cooperative' }, orderBy: 'RELEVANCE' });
    expect(result.totalCount).toBeGreaterThan(0);
    expect(result.nodes[0]!.title.toLowerCase()).toMatch(/cooperative|koperasi/);
    const stemmed = await page({ filter: { text: 'entrepreneur' } });
    expect(stemmed.totalCount).toBeGreaterThan(0);
    const nothing = await page({ filter: { text: 'zzzqqqxxx' } });
    expect(nothing.totalCount).toBe(0);
    expect(nothing.nodes).toEqual([]);
  });

  it('counts the matches of a ranked search as an unranked one does, on any page', async () => {
    const ranked = await page({ filter: { text: 'training' }, orderBy: 'RELEVANCE', first: 2 });
    const newest = await page({ filter: { text: 'training' }, orderBy: 'NEWEST', first: 2 });
    expect(ranked.totalCount).toBeGreaterThan(2);
    expect(ranked.totalCount).toBe(newest.totalCount);
    const beyond = await page({
      filter: { text: 'training' },
      orderBy: 'RELEVANCE',
      after: ranked.edges[1]!.cursor,
      first: 100,
    });
    expect(beyond.totalCount).toBe(ranked.totalCount);
    expect(beyond.nodes).toHaveLength(ranked.totalCount - 2);
  });

  it('gives a ranked search the facets an unranked one has', async () => {
    const ranked = await page({
      filter: { text: 'training', countryCodes: ['PH', 'ID'] },
      orderBy: 'RELEVANCE',
      first: 1,
    });
    const newest = await page({
      filter: { text: 'training', countryCodes: ['PH', 'ID'] },
      orderBy: 'NEWEST',
      first: 1,
    });
    expect(ranked.totalCount).toBeGreaterThan(0);
    expect(ranked.facets).toEqual(newest.facets);
    expect(ranked.facets.countries.reduce((sum, f) => sum + f.count, 0)).toBe(ranked.totalCount);
  });

  it('treats search syntax as plain words', async () => {
    const result = await page({ filter: { text: '"loan" OR (* NEAR -' } });
    expect(result.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('orders by title, by country, newest and oldest', async () => {
    const byTitle = await page({ orderBy: 'TITLE', first: 100 });
    const titles = byTitle.nodes.map((n) => n.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byCountry = await page({ orderBy: 'COUNTRY', first: 100 });
    const names = byCountry.nodes.map((n) => n.country.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const newest = await page({ orderBy: 'NEWEST', first: 100 });
    const years = newest.nodes.map((n) => n.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const oldest = await page({ orderBy: 'OLDEST', first: 100 });
    expect(oldest.nodes.map((n) => n.year)).toEqual([...years].sort((a, b) => a - b));
  });

  it('opens one practice with its programme, event and sources', async () => {
    const { data } = await atlas.graphql<{ practices: { nodes: { id: string }[] } }>(
      '{ practices(filter: { text: "community parenting" }, first: 1) { nodes { id } } }',
    );
    const id = data!.practices.nodes[0]!.id;
    const { data: one } = await atlas.graphql<{
      practice: {
        title: string;
        program: { key: string };
        country: { code: string };
        event: { startDate: string } | null;
        sources: { url: string }[];
      };
    }>(`{ practice(id: "${id}") { title program { key } country { code } event { startDate } sources { url } } }`);
    expect(one?.practice.program.key).toBe('desmigratif');
    expect(one?.practice.country.code).toBe('ID');
    expect(one?.practice.event?.startDate).toBe('2019-08-27');
  });

  it('returns null for an unknown practice id', async () => {
    const { data, errors } = await atlas.graphql('{ practice(id: "UHJhY3RpY2U6OTk5OTk5") { title } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ practice: null });
  });
});

describe('practices: bad input', () => {
  const codeAndFields = async (query: string, variables?: Record<string, unknown>) => {
    const response = await atlas.graphql(query, variables);
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    return {
      code: error!.extensions?.code,
      fields: error!.extensions?.fields?.map((f) => f.path),
      message: error!.message,
    };
  };

  it('refuses a page size over 100 or below 0, naming `first`', async () => {
    for (const first of [101, -1]) {
      const error = await codeAndFields('query($first: Int) { practices(first: $first) { totalCount } }', { first });
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
      expect(error.message).toContain('first');
    }
  });

  it('refuses a malformed cursor, naming `after`', async () => {
    const error = await codeAndFields('{ practices(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
  });

  it('refuses an unknown enum value, inline or in a variable, naming the argument', async () => {
    const inline = await codeAndFields('{ practices(filter: { themes: [FLYING] }) { totalCount } }');
    expect(inline).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.themes[0]'] });
    expect(inline.message).toContain('filter.themes[0]');
    const variable = await codeAndFields('query($f: PracticeFilter) { practices(filter: $f) { totalCount } }', {
      f: { themes: ['FLYING'] },
    });
    expect(variable).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['f.themes[0]'] });
  });

  it('refuses nested alternatives and a search inside alternatives, naming each path', async () => {
    const { errors } = await atlas.graphql(
      `{ practices(filter: { anyOf: [{ text: "village" }, { anyOf: [{ themes: [ENTREPRENEURSHIP] }] }] }) { totalCount } }`,
    );
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'filter.anyOf[0].text', code: 'WHOLE_FILTER_FIELD' },
        { path: 'filter.anyOf[1].anyOf', code: 'NESTED_ALTERNATIVES' },
      ],
    });
  });

  it('refuses an inverted year range and a programme id of the wrong type, listing both', async () => {
    const error = await codeAndFields(
      '{ practices(filter: { yearFrom: 2020, yearTo: 2010, programId: "Q291bnRyeTox" }) { totalCount } }',
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual(['filter.yearTo', 'filter.programId']);
  });
});
