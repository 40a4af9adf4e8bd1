import { describe, expect, it } from 'vitest';
import { useTestAtlas } from '../../test-support/test-atlas';

const atlas = useTestAtlas();

describe('countries', () => {
  it('lists all 11 ASEAN member states with their role and lead agency', async () => {
    const { data } = await atlas.graphql<{
      countries: { code: string; iso3: string; migrationProfile: string; leadAgency: string }[];
    }>('{ countries { code iso3 migrationProfile leadAgency } }');
    expect(data?.countries.map((c) => c.code).sort()).toEqual([
      'BN',
      'ID',
      'KH',
      'LA',
      'MM',
      'MY',
      'PH',
      'SG',
      'TH',
      'TL',
      'VN',
    ]);
    for (const country of data!.countries) {
      expect(country.iso3).toMatch(/^[A-Z]{3}$/);
      expect(country.leadAgency.length).toBeGreaterThan(3);
    }
    expect(data?.countries.find((c) => c.code === 'SG')?.migrationProfile).toBe('DESTINATION');
    expect(data?.countries.find((c) => c.code === 'TH')?.migrationProfile).toBe('ORIGIN_AND_DESTINATION');
  });

  it('knows Timor-Leste joined on 26 October 2025', async () => {
    const { data } = await atlas.graphql<{ country: { name: string; memberSince: string } }>(
      '{ country(code: "TL") { name memberSince } }',
    );
    expect(data?.country.memberSince).toBe('2025-10-26');
  });

  it('says what the sources consulted do not give about a country, a programme and a practice', async () => {
    const { data } = await atlas.graphql<{
      country: { notFound: string[]; programs: { name: string; notFound: string[] }[] };
      practices: { nodes: { title: string; notFound: string[] }[] };
    }>(
      '{ country(code: "LA") { notFound programs { name notFound } } practices(first: 100) { nodes { title notFound } } }',
    );
    expect(data?.country.notFound).toContain('a named national reintegration programme');
    expect(data?.country.programs.every((p) => Array.isArray(p.notFound))).toBe(true);
    const jendela = data?.practices.nodes.find((p) => p.title.startsWith('JENDELA TKI'));
    expect(jendela?.notFound).toEqual(["the app's features", 'its users']);
  });

  it('gives the official names of ministries, departments and laws in the national language, each with its source', async () => {
    interface Named {
      name: string;
      nameAsGiven: string;
      language: string;
      source: { url: string; language: string | null };
    }
    const { data, errors } = await atlas.graphql<Record<'kh' | 'mm' | 'id', { officialNames: Named[] }>>(
      '{ kh: country(code: "KH") { ...names } mm: country(code: "MM") { ...names } id: country(code: "ID") { ...names } } fragment names on Country { officialNames { name nameAsGiven language source { url language } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.kh.officialNames).toEqual([
      {
        name: 'Ministry of Labour and Vocational Training (MoLVT)',
        nameAsGiven: 'ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ',
        language: 'km',
        source: { url: 'https://npn.news/post/SP00204062/12123', language: 'km' },
      },
    ]);
    // In the order the seed lists them: the 1999 law first, then the ministry and its department.
    expect(data!.mm.officialNames.map((n) => [n.name, n.language])).toEqual([
      ['Law Relating to Overseas Employment (State Peace and Development Council Law No. 3/99, 9 July 1999)', 'my'],
      ['Ministry of Labour', 'my'],
      ['Department of Labour', 'my'],
    ]);
    expect(data!.mm.officialNames.every((n) => n.source.language === 'my')).toBe(true);
    // Where no source gives such names, none.
    expect(data!.id.officialNames).toEqual([]);
  });

  it('finds a country by alpha-2 or alpha-3 code in any case, and returns null for an unknown code', async () => {
    const { data, errors } = await atlas.graphql<Record<string, { code: string } | null>>(
      '{ a: country(code: "id") { code } b: country(code: "PHL") { code } c: country(code: "XX") { code } d: country(code: "") { code } }',
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ a: { code: 'ID' }, b: { code: 'PH' }, c: null, d: null });
  });

  it('gives laws and headline statistics each with a source URL', async () => {
    const { data } = await atlas.graphql<{
      country: {
        legalInstruments: { title: string; sources: { url: string }[] }[];
        statistics: {
          year: number;
          value: number;
          indicator: { code: string; unit: string };
          source: { url: string };
        }[];
      };
    }>(
      '{ country(code: "PH") { legalInstruments { title sources { url } } statistics { year value indicator { code unit } source { url } } } }',
    );
    expect(data?.country.legalInstruments.length).toBeGreaterThan(0);
    for (const law of data!.country.legalInstruments) expect(law.sources[0]?.url).toMatch(/^https?:\/\//);
    expect(data?.country.statistics.length).toBeGreaterThan(0);
    for (const statistic of data!.country.statistics) expect(statistic.source.url).toMatch(/^https?:\/\//);
  });

  it('counts programmes and practices per country in one batched statement each', async () => {
    const { body, statements } = await atlas.countedGraphql<{
      countries: { code: string; programCount: number; practiceCount: number }[];
    }>('{ countries { code programCount practiceCount } }');
    const indonesia = body.data?.countries.find((c) => c.code === 'ID');
    expect(indonesia?.programCount).toBeGreaterThanOrEqual(2);
    expect(indonesia?.practiceCount).toBeGreaterThanOrEqual(4);
    expect(statements.length).toBeLessThanOrEqual(3);
  });

  it('lists a country’s programmes and its practices as a connection', async () => {
    const { data } = await atlas.graphql<{
      country: {
        programs: { key: string }[];
        practices: { totalCount: number; nodes: { country: { code: string } }[] };
      };
    }>('{ country(code: "ID") { programs { key } practices(first: 3) { totalCount nodes { country { code } } } } }');
    expect(data?.country.programs.map((p) => p.key)).toContain('desmigratif');
    expect(data?.country.practices.nodes.length).toBe(3);
    expect(data?.country.practices.nodes.every((p) => p.country.code === 'ID')).toBe(true);
  });
});
