import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededAtlas } from './atlas-process';

interface ContractData {
  countries: { code: string }[];
  country: { name: string };
  unknown: null;
  programs: { nodes: { id: string }[] };
  practices: { totalCount: number; nodes: { id: string; title: string; sources: { url: string }[] }[] };
  compareCountries: { countries: { code: string }[] };
}

/**
 * The API contract of DESIGN.md, checked against the real built server as `pnpm start` runs it:
 * first start on an empty database migrates and seeds it; the names outside tests rely on exist.
 */
describe('the Atlas as started by pnpm start', () => {
  let atlas: Awaited<ReturnType<typeof startSeededAtlas>>;

  beforeAll(async () => {
    atlas = await startSeededAtlas();
  }, 120_000);

  afterAll(() => atlas?.dispose());

  const post = async <T = Record<string, never>>(query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: T;
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      },
    };
  };

  it('creates, migrates and seeds an empty SQLite file on first start', () => {
    if (atlas.sqlitePath) expect(fs.existsSync(atlas.sqlitePath)).toBe(true);
    expect(atlas.output()).toMatch(/"msg":"seeded an empty database"/);
  });

  it('serves the seeded data through the contract’s query root', async () => {
    const { status, body } = await post<ContractData>(`{
      countries { code name }
      country(code: "ID") { name }
      unknown: country(code: "ZZ") { name }
      programs(first: 5) { totalCount edges { cursor node { id name } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
      practices(first: 5, filter: { countryCodes: ["PH"], text: "livelihood" }, orderBy: RELEVANCE) {
        totalCount nodes { id title sources { url } } facets { themes { value count } }
      }
      indicators { code }
      outcomes(first: 5) { totalCount nodes { value source { url } } }
      compareCountries(codes: ["ID", "PH", "VN"]) { countries { code } }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.countries).toHaveLength(11);
    expect(body.data!.country.name).toBe('Indonesia');
    expect(body.data!.unknown).toBeNull();
    expect(body.data!.programs.nodes).toHaveLength(5);
    expect(body.data!.practices.totalCount).toBeGreaterThan(0);
    const [first] = body.data!.practices.nodes;
    expect(first!.sources[0]!.url).toMatch(/^https?:/);
    expect(body.data!.compareCountries.countries.map((c) => c.code)).toEqual(['ID', 'PH', 'VN']);
    const { body: node } = await post<{ node: { title: string } }>(
      `{ node(id: "${first!.id}") { id ... on Practice { title } } }`,
    );
    expect(node.data!.node.title).toBe(first!.title);
  });

  it('answers GET queries and refuses mutations over GET', async () => {
    const get = await fetch(`${atlas.url}/graphql?query=${encodeURIComponent('{ indicators { code } }')}`);
    expect(get.status).toBe(200);
    const mutation = await fetch(`${atlas.url}/graphql?query=${encodeURIComponent('mutation { __typename }')}`);
    expect(mutation.status).toBe(405);
  });

  it('gives coded errors without stack traces in production', async () => {
    const { body } = await post('{ practices(first: 101) { totalCount } }');
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'first', message: expect.any(String), code: 'INVALID', values: {} }],
    });
    const malformed = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toMatch(/at .*\.js:\d+/);
  });

  it('serves research aggregates, series, the citation and the downloads', async () => {
    const { body } = await post<{
      practices: { totalCount: number };
      practiceStats: { key: string; count: number }[];
      outcomeSeries: { country: { code: string }; points: { year: number; source: { url: string } }[] }[];
      about: { citation: string; licence: string; licenceUrl: string };
    }>(`{
      practices { totalCount }
      practiceStats(groupBy: COUNTRY) { key label count }
      outcomeSeries(indicatorCode: "DESMIGRATIF_VILLAGES_NEW") { country { code } points { year source { url } } }
      about { citation licence licenceUrl }
    }`);
    expect(body.errors).toBeUndefined();
    const { practices, practiceStats, outcomeSeries, about } = body.data!;
    expect(practiceStats.reduce((sum, stat) => sum + stat.count, 0)).toBe(practices.totalCount);
    expect(outcomeSeries[0]!.country.code).toBe('ID');
    expect(outcomeSeries[0]!.points[0]!.source.url).toMatch(/^https?:/);
    expect(about.citation).toMatch(/^Reintegration Atlas \(ASEAN\)\. .*\. Accessed \d{4}-\d{2}-\d{2}\.$/);
    expect(about.licence).toMatch(/CC BY 4\.0/);

    const csv = await fetch(`${atlas.url}/export/practices.csv?countryCodes=ID,PH&yearFrom=2015`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="atlas-practices.csv"');
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^id,key,title,/);
    const bad = await fetch(`${atlas.url}/export/practices.csv?themes=NOT_A_THEME`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: unknown }[] }).errors[0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'themes[0]', message: expect.any(String), code: 'INVALID', values: {} }],
    });

    const json = await fetch(`${atlas.url}/export/atlas.json`);
    expect(json.status).toBe(200);
    const document = (await json.json()) as { format: string; citation: string; practices: unknown[] };
    expect(document.format).toBe('reintegration-atlas');
    expect(document.citation).toContain(atlas.url);
    expect(document.practices).toHaveLength(practices.totalCount);
  });

  it('reports liveness and readiness, and stops cleanly on SIGTERM', async () => {
    expect((await fetch(`${atlas.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${atlas.url}/readyz`)).status).toBe(200);
    expect(await atlas.stop('SIGTERM')).toBe(0);
  });
});
