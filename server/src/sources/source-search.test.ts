import { describe, expect, it } from 'vitest';
import { expectBadInput } from '../../test-support/graphql-errors';
import { useTestAtlas } from '../../test-support/test-atlas';

const atlas = useTestAtlas();

interface Found {
  title: string;
  publisher: string | null;
  url: string;
}

const SEARCH =
  'query($search: String, $first: Int) { sources(search: $search, first: $first) { title publisher url } }';
const search = (variables: { search?: string; first?: number }) =>
  atlas.graphql<{ sources: Found[] }>(SEARCH, variables);

describe('sources', () => {
  it('finds sources by part of their title, publisher or address, in any case, by title', async () => {
    const byTitle = (await search({ search: 'TIMOR-LESTE after oil' })).data!.sources;
    expect(byTitle.map((s) => s.title)).toEqual(['Remittances: biggest export earner for Timor-Leste after oil']);
    const byPublisher = (await search({ search: 'devpolicy blog', first: 100 })).data!.sources;
    expect(byPublisher.length).toBeGreaterThan(0);
    expect(byPublisher.every((s) => s.publisher === 'Devpolicy Blog')).toBe(true);
    const byAddress = (await search({ search: 'iom.int/news/first-labour', first: 100 })).data!.sources;
    expect(byAddress.map((s) => s.url)).toEqual([
      'https://iom.int/news/first-labour-migration-workshop-launched-timor-leste',
    ]);
    const titles = byPublisher.map((s) => s.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('says which sources are weak: the blogs and mirrors the research files flag, not the publishers’ own copies', async () => {
    const WEAK = 'query($search: String) { sources(search: $search, first: 100) { title publisher weak } }';
    const blogs = await atlas.graphql<{ sources: { title: string; publisher: string; weak: boolean }[] }>(WEAK, {
      search: 'blogspot.com',
    });
    const flagged = blogs.data!.sources.filter((s) => s.weak);
    expect(flagged.map((s) => s.title)).toEqual(
      expect.arrayContaining([
        '6P amnesty and legalisation processes',
        expect.stringMatching(/^Burmese govt to offer/),
      ]),
    );
    // The publisher says what the source is (a blog); the flag is said once, by `weak`.
    expect(flagged.every((s) => /blog/i.test(s.publisher) && !s.publisher.includes('weak'))).toBe(true);
    const official = await atlas.graphql<{ sources: { weak: boolean }[] }>(WEAK, {
      search: 'iom.int/news/first-labour',
    });
    expect(official.data!.sources).toEqual([{ title: expect.any(String), publisher: expect.anything(), weak: false }]);
  });

  it('pages through every source by title with cursors, counted, and filters by search and weakness', async () => {
    const PAGE = `query($after: String, $filter: SourceFilter) {
      sourcesConnection(first: 100, after: $after, filter: $filter) {
        totalCount nodes { title url weak } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      sourcesConnection: {
        totalCount: number;
        nodes: { title: string; url: string; weak: boolean }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const all: { title: string; url: string; weak: boolean }[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const { data, errors }: { data?: Page | null; errors?: unknown } = await atlas.graphql<Page>(PAGE, { after });
      expect(errors).toBeUndefined();
      all.push(...data!.sourcesConnection.nodes);
      total = data!.sourcesConnection.totalCount;
      after = data!.sourcesConnection.pageInfo.hasNextPage ? data!.sourcesConnection.pageInfo.endCursor : null;
    } while (after);
    expect(all).toHaveLength(total);
    expect(new Set(all.map((s) => s.url)).size).toBe(total);
    expect(total).toBeGreaterThan(300);
    const weak = (await atlas.graphql<Page>(PAGE, { filter: { weak: true } })).data!.sourcesConnection;
    expect(weak.totalCount).toBe(all.filter((s) => s.weak).length);
    expect(weak.nodes.every((s) => s.weak)).toBe(true);
    const ilo = (await atlas.graphql<Page>(PAGE, { filter: { search: 'ILO.ORG' } })).data!.sourcesConnection;
    expect(ilo.nodes.length).toBeGreaterThan(0);
    expect(ilo.nodes.every((s) => /ilo\.org/i.test(`${s.title} ${s.url}`) || s.url.includes('ilo.org'))).toBe(true);
    const tooLong = await atlas.graphql(PAGE, { filter: { search: 'x'.repeat(201) } });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'filter.search' }],
    });
  });

  it('lists 20 by default and at most 100, and says so of a larger page', async () => {
    expect((await search({})).data!.sources).toHaveLength(20);
    expect((await search({ first: 100 })).data!.sources).toHaveLength(100);
    const tooMany = await search({ first: 101, search: 'x'.repeat(201) });
    expectBadInput(tooMany, ['first', 'search']);
  });
});
