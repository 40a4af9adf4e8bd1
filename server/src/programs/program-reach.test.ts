import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { expectBadInput } from '../../test-support/graphql-errors';
import { useTestAtlas } from '../../test-support/test-atlas';
import { loadSeed } from '../bulk/seed/load-seed';

const atlas = useTestAtlas();

interface Program {
  id: string;
  key: string;
  version: number;
  kind: string;
  reach: string;
  country: { code: string };
  partnerCountries: { code: string }[];
}

const FIELDS = 'id key version kind reach country { code } partnerCountries { code }';
const PROGRAMS = `query($filter: ProgramFilter) { programs(filter: $filter, first: 100) { nodes { ${FIELDS} } } }`;
const COUNTRY = `query($code: String!) { country(code: $code) {
  programs { key reach } programCount national: programCount(reaches: [NATIONAL]) } }`;
const CREATE = `mutation($input: ProgramInput!) { createProgram(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ProgramInput!, $expectedVersion: Int!) {
  updateProgram(id: $id, input: $input, expectedVersion: $expectedVersion) { ${FIELDS} } }`;

const TRIANGLE_STATES = ['KH', 'LA', 'MM', 'MY', 'TH', 'VN'];

/** The seed's programmes of several states (regional or multi-country) that run in a state, counted from the seed. */
function seedProgramsOfSeveralStatesIn(code: string): number {
  return loadSeed().programs.filter(
    (p) => (p.reach ?? 'NATIONAL') !== 'NATIONAL' && (p.country === code || p.partnerCountries.includes(code)),
  ).length;
}

async function programs(filter: Record<string, unknown> = {}) {
  const { data, errors } = await atlas.graphql<{ programs: { nodes: Program[] } }>(PROGRAMS, { filter });
  expect(errors).toBeUndefined();
  return data!.programs.nodes;
}

async function country(code: string) {
  const { data, errors } = await atlas.graphql<{
    country: { programs: { key: string; reach: string }[]; programCount: number; national: number };
  }>(COUNTRY, { code });
  expect(errors).toBeUndefined();
  return data!.country;
}

describe('a regional programme', () => {
  it('is filed under its lead state and runs in its partner states (the seed’s TRIANGLE)', async () => {
    const triangle = (await programs()).find((program) => program.key === 'ilo-triangle-in-asean')!;
    expect(triangle).toMatchObject({ reach: 'REGIONAL', kind: 'REINTEGRATION', country: { code: 'KH' } });
    expect(triangle.partnerCountries.map((c) => c.code).sort()).toEqual(['LA', 'MM', 'MY', 'TH', 'VN']);
  });

  it('appears in each participating state’s profile as regional, counted once for each, never as a state’s own', async () => {
    for (const code of TRIANGLE_STATES) {
      const profile = await country(code);
      expect(profile.programs).toContainEqual({ key: 'ilo-triangle-in-asean', reach: 'REGIONAL' });
      expect(profile.programCount).toBe(profile.programs.length);
      expect(profile.national).toBe(profile.programs.filter((p) => p.reach === 'NATIONAL').length);
      expect(profile.national).toBe(profile.programCount - seedProgramsOfSeveralStatesIn(code));
    }
    const indonesia = await country('ID');
    expect(indonesia.programs.map((p) => p.key)).not.toContain('ilo-triangle-in-asean');
  });

  it('is found by the country filter of each of its states, and by its reach', async () => {
    for (const code of ['KH', 'MY']) {
      expect((await programs({ countryCodes: [code] })).map((p) => p.key)).toContain('ilo-triangle-in-asean');
    }
    expect((await programs({ reaches: ['REGIONAL'] })).map((p) => p.key).sort()).toEqual([
      'ilo-triangle-in-asean',
      'promise-phase-1',
      'promise-phase-2',
    ]);
    expect((await programs({ reaches: ['NATIONAL'] })).map((p) => p.key)).not.toContain('ilo-triangle-in-asean');
  });

  it('keeps its outcomes out of its lead state’s comparison: they measure every state it runs in', async () => {
    const { data, errors } = await atlas.graphql<{
      compareCountries: { indicators: { values: { program: { key: string } | null }[] }[] };
    }>(`{ compareCountries(codes: ["KH"]) { indicators { values { program { key } } } } }`);
    expect(errors).toBeUndefined();
    const keys = data!.compareCountries.indicators.flatMap((i) => i.values.map((v) => v.program?.key));
    expect(keys).not.toContain('ilo-triangle-in-asean');
  });
});

describe('creating and updating programmes of several states', () => {
  let editor: string;
  let sourceId: string;
  beforeAll(async () => {
    editor = (await atlas.signIn(Role.EDITOR)).token;
    const { data } = await atlas.graphql<{ sources: { id: string }[] }>('{ sources(first: 1) { id } }');
    sourceId = data!.sources[0]!.id;
  });

  const input = (overrides: Record<string, unknown> = {}) => ({
    name: 'Mekong returnee referral network',
    countryCode: 'TH',
    leadAgency: 'IOM',
    status: 'ACTIVE',
    summary: 'Referral of returning workers between member states.',
    sourceIds: [sourceId],
    ...overrides,
  });
  const create = (values: Record<string, unknown>) =>
    atlas.graphql<{ createProgram: Program }>(CREATE, { input: values }, editor);

  it('records kind, reach and partner states, and replaces them on update', async () => {
    const { data, errors } = await create(
      input({ kind: 'RETURN', reach: 'MULTI_COUNTRY', partnerCountryCodes: ['LA', 'KH'] }),
    );
    expect(errors).toBeUndefined();
    const created = data!.createProgram;
    expect(created).toMatchObject({ kind: 'RETURN', reach: 'MULTI_COUNTRY', country: { code: 'TH' } });
    expect(created.partnerCountries.map((c) => c.code)).toEqual(['KH', 'LA']);

    const updated = await atlas.graphql<{ updateProgram: Program }>(
      UPDATE,
      { id: created.id, input: input({ reach: 'NATIONAL' }), expectedVersion: created.version },
      editor,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateProgram).toMatchObject({
      kind: 'REINTEGRATION',
      reach: 'NATIONAL',
      partnerCountries: [],
    });
  });

  it('refuses a programme with no state, a regional one without partner states, a national one with some', async () => {
    expectBadInput(await create(input({ countryCode: '' })), ['input.countryCode']);
    expectBadInput(await create(input({ countryCode: null })), ['input.countryCode']);
    const regional = await create(input({ reach: 'REGIONAL' }));
    expectBadInput(regional, ['input.partnerCountryCodes']);
    expect((regional.errors![0]!.extensions!.fields![0] as { code?: string }).code).toBe('PARTNER_COUNTRIES_REQUIRED');
    const national = await create(input({ partnerCountryCodes: ['LA'] }));
    expectBadInput(national, ['input.partnerCountryCodes']);
    expect((national.errors![0]!.extensions!.fields![0] as { code?: string }).code).toBe(
      'NATIONAL_WITHOUT_PARTNER_COUNTRIES',
    );
    expectBadInput(await create(input({ reach: 'REGIONAL', partnerCountryCodes: ['TH', 'LA'] })), [
      'input.partnerCountryCodes',
    ]);
    expectBadInput(await create(input({ reach: 'REGIONAL', partnerCountryCodes: ['LA', 'JP'] })), [
      'input.partnerCountryCodes[1]',
    ]);
  });

  it('filters by kind', async () => {
    const returns = await programs({ kinds: ['RETURN'] });
    expect(returns.every((program) => program.kind === 'RETURN')).toBe(true);
  });
});

describe('kinds of practices', () => {
  it('tells a destination state’s measures from reintegration, and counts each kind', async () => {
    const { data, errors } = await atlas.graphql<{
      practices: {
        totalCount: number;
        nodes: { kind: string; country: { code: string } }[];
        facets: { kinds: { value: string; count: number }[] };
      };
    }>(`{ practices(first: 100, filter: { kinds: [DESTINATION_SIDE] }) {
      totalCount nodes { kind country { code } } facets(eachWithoutItsOwnFilter: true) { kinds { value count } } } }`);
    expect(errors).toBeUndefined();
    const { nodes, facets, totalCount } = data!.practices;
    expect(nodes.every((practice) => practice.kind === 'DESTINATION_SIDE')).toBe(true);
    expect(nodes.map((practice) => practice.country.code)).toEqual(expect.arrayContaining(['MY', 'SG']));
    const counts = Object.fromEntries(facets.kinds.map((f) => [f.value, f.count]));
    expect(counts.DESTINATION_SIDE).toBe(totalCount);
    expect(counts.REINTEGRATION).toBeGreaterThan(counts.DESTINATION_SIDE!);
    expect(counts.RETURN).toBeGreaterThan(0);
  });

  it('files the apps shown at a forum that are not about return as migration services, not reintegration', async () => {
    const { data } = await atlas.graphql<{ practices: { nodes: { title: string; country: { code: string } }[] } }>(
      `{ practices(first: 100, filter: { kinds: [MIGRATION_SERVICES] }) { nodes { title country { code } } } }`,
    );
    expect(data?.practices.nodes.map((p) => `${p.country.code}: ${p.title}`).sort()).toEqual([
      'ID: JENDELA TKI app (shared at the 11th AFML)',
      'PH: POEA e-Services (shared at the 11th AFML)',
      'TH: HOMENET Smart Domestic Workers app (shared at the 11th AFML)',
    ]);
  });
});
