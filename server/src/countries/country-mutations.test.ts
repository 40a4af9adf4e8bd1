import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { Revision } from '../history/revision.entity';
import { errorCode, expectBadInput, fieldPaths } from '../../test-support/graphql-errors';
import { useTestAtlas } from '../../test-support/test-atlas';
import { restoreRevision } from '../../test-support/revisions';
import { Country } from './country.entity';
import { LegalInstrument } from './legal-instrument.entity';

const atlas = useTestAtlas();
let editor: string;
beforeAll(async () => {
  editor = (await atlas.signIn(Role.EDITOR)).token;
});

interface CountryEntry {
  id: string;
  code: string;
  iso3: string;
  name: string;
  memberSince: string;
  migrationProfile: string;
  leadAgency: string;
  summary: string;
  version: number;
  legalInstruments: {
    title: string;
    year: number | null;
    date: string | null;
    summary: string | null;
    sources: { id: string }[];
  }[];
}

const FIELDS = `id code iso3 name memberSince migrationProfile leadAgency summary version
  legalInstruments { title year date summary sources { id } }`;
const UPSERT = `mutation($input: CountryInput!, $expectedVersion: Int) {
  upsertCountry(input: $input, expectedVersion: $expectedVersion) { ${FIELDS} } }`;
const REVISIONS = `query($id: ID!) { revisions(entityId: $id) { id action version before after } }`;

async function entry(code: string): Promise<CountryEntry> {
  const { data } = await atlas.graphql<{ country: CountryEntry }>(
    `query($code: String!) { country(code: $code) { ${FIELDS} } }`,
    {
      code,
    },
  );
  return data!.country;
}

/** The input that writes an entry back as it is. */
function inputOf(country: CountryEntry) {
  const { code, iso3, name, memberSince, migrationProfile, leadAgency, summary } = country;
  return {
    code,
    iso3,
    name,
    memberSince,
    migrationProfile,
    leadAgency,
    summary,
    legalInstruments: country.legalInstruments.map((instrument) => ({
      title: instrument.title,
      year: instrument.year,
      date: instrument.date,
      summary: instrument.summary,
      sourceIds: instrument.sources.map((source) => source.id),
    })),
  };
}

async function upsert(input: unknown, expectedVersion: number | null, token = editor) {
  return atlas.graphql<{ upsertCountry: CountryEntry }>(UPSERT, { input, expectedVersion }, token);
}

const counts = () => atlas.count({ countries: Country, instruments: LegalInstrument, revisions: Revision });

describe('upsertCountry', () => {
  it('is for editors and admins only', async () => {
    const contributor = (await atlas.signIn(Role.CONTRIBUTOR)).token;
    const admin = (await atlas.signIn(Role.ADMIN)).token;
    const country = await entry('BN');
    const input = inputOf(country);
    expect(errorCode(await upsert(input, country.version, ''))).toBe('UNAUTHENTICATED');
    expect(errorCode(await upsert(input, country.version, contributor))).toBe('FORBIDDEN');
    const byEditor = await upsert({ ...input, leadAgency: 'Labour Department' }, country.version, editor);
    expect(byEditor.data?.upsertCountry).toMatchObject({
      leadAgency: 'Labour Department',
      version: country.version + 1,
    });
    const byAdmin = await upsert({ ...input, leadAgency: 'Department of Labour' }, country.version + 1, admin);
    expect(byAdmin.data?.upsertCountry).toMatchObject({
      leadAgency: 'Department of Labour',
      version: country.version + 2,
    });
  });

  it('replaces the fields and the legal instruments, and records the change with its before and after', async () => {
    const country = await entry('ID');
    expect(country.legalInstruments.length).toBeGreaterThan(1);
    const [first] = country.legalInstruments;
    const input = inputOf(country);
    const instrument = { ...input.legalInstruments[0]!, summary: 'Protection of Indonesian migrant workers.' };
    const { data, errors } = await upsert(
      { ...input, leadAgency: 'Ministry of Manpower', legalInstruments: [instrument] },
      country.version,
    );
    expect(errors).toBeUndefined();
    expect(data!.upsertCountry).toMatchObject({
      leadAgency: 'Ministry of Manpower',
      version: country.version + 1,
      legalInstruments: [{ title: first!.title, summary: 'Protection of Indonesian migrant workers.' }],
    });
    expect(await entry('ID')).toEqual(data!.upsertCountry);

    const history = await atlas.graphql<{
      revisions: { action: string; version: number; before: CountryEntry; after: CountryEntry }[];
    }>(REVISIONS, { id: country.id }, editor);
    const [revision] = history.data!.revisions;
    expect(revision).toMatchObject({ action: 'UPDATE', version: country.version + 1 });
    expect(revision!.before.leadAgency).toBe(country.leadAgency);
    expect(revision!.before.legalInstruments).toHaveLength(country.legalInstruments.length);
    expect(revision!.after.legalInstruments).toHaveLength(1);
  });

  it('increases the version when only a legal instrument changed', async () => {
    const country = await entry('KH');
    const input = inputOf(country);
    const instruments = [
      ...input.legalInstruments,
      { title: 'A new sub-decree', year: 2024, sourceIds: [country.legalInstruments[0]!.sources[0]!.id] },
    ];
    const { data } = await upsert({ ...input, legalInstruments: instruments }, country.version);
    expect(data!.upsertCountry.version).toBe(country.version + 1);
    expect(data!.upsertCountry.legalInstruments.map((i) => i.title)).toContain('A new sub-decree');
  });

  it('refuses a stale or missing expectedVersion, writing nothing', async () => {
    const country = await entry('PH');
    const input = { ...inputOf(country), leadAgency: 'Department of Migrant Workers' };
    await upsert(input, country.version);
    const before = await counts();
    const stale = await upsert({ ...input, leadAgency: 'Someone else' }, country.version);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({
      expectedVersion: country.version,
      currentVersion: country.version + 1,
    });
    const missing = await upsert({ ...input, leadAgency: 'Someone else' }, null);
    expectBadInput(missing, ['expectedVersion']);
    expect(await counts()).toEqual(before);
    expect((await entry('PH')).leadAgency).toBe('Department of Migrant Workers');
  });

  it('names every bad field, of format and of reference, in one round, and writes nothing', async () => {
    const country = await entry('VN');
    const input = inputOf(country);
    const before = await counts();
    const response = await upsert(
      {
        ...input,
        iso3: 'vn',
        name: '  ',
        memberSince: 'July 1995',
        legalInstruments: [
          { title: 'Law 69', year: 1800, sourceIds: [] },
          { title: 'Decree', sourceIds: ['not-an-id'] },
        ],
      },
      country.version,
    );
    expectBadInput(response, [
      'input.iso3',
      'input.legalInstruments[0].sourceIds',
      'input.legalInstruments[0].year',
      'input.legalInstruments[1].sourceIds[0]',
      'input.memberSince',
      'input.name',
    ]);
    const references = await upsert(
      { ...input, iso3: 'THA', legalInstruments: [{ title: 'Decree', sourceIds: [country.id] }] },
      country.version,
    );
    expect(fieldPaths(references)).toEqual(['input.iso3', 'input.legalInstruments[0].sourceIds[0]']);
    const impossible = await upsert(
      {
        ...input,
        memberSince: '1995-02-30',
        legalInstruments: [{ title: 'Decree', date: '2019-13-45', sourceIds: [] }],
      },
      country.version,
    );
    expect(impossible.errors![0]!.extensions!.fields).toEqual([
      { path: 'input.memberSince', message: '1995-02-30 is not a day on the calendar' },
      { path: 'input.legalInstruments[0].date', message: '2019-13-45 is not a day on the calendar' },
      { path: 'input.legalInstruments[0].sourceIds', message: 'cite at least one source' },
    ]);
    expect(await counts()).toEqual(before);
    expect(await entry('VN')).toEqual(country);
  });

  it('creates a member state only under a real ISO code and without expectedVersion', async () => {
    const template = inputOf(await entry('SG'));
    const japan = { ...template, code: 'JP', iso3: 'JPN', name: 'Japan', legalInstruments: [] };
    const before = await counts();
    expect(fieldPaths(await upsert({ ...japan, code: 'XX', iso3: 'XXX' }, null))).toEqual(['input.code']);
    expect(fieldPaths(await upsert(japan, 1))).toEqual(['expectedVersion']);
    expect(await counts()).toEqual(before);
    const { data } = await upsert(japan, null);
    expect(data!.upsertCountry).toMatchObject({ code: 'JP', name: 'Japan', version: 1 });
    const history = await atlas.graphql<{ revisions: { action: string }[] }>(
      REVISIONS,
      { id: data!.upsertCountry.id },
      editor,
    );
    expect(history.data!.revisions.map((r) => r.action)).toEqual(['CREATE']);
  });

  it('brings an earlier state back with restoreRevision', async () => {
    const country = await entry('LA');
    const input = inputOf(country);
    await upsert({ ...input, name: 'Lao PDR', legalInstruments: [] }, country.version);
    await upsert({ ...input, name: 'Laos' }, country.version + 1);
    const history = await atlas.graphql<{ revisions: { id: string; action: string }[] }>(
      REVISIONS,
      { id: country.id },
      editor,
    );
    const first = history.data!.revisions.at(-1)!;
    const restored = await restoreRevision<CountryEntry>(atlas, first.id, 'Country', FIELDS, editor);
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.restoreRevision).toMatchObject({
      name: 'Lao PDR',
      legalInstruments: [],
      version: country.version + 3,
    });
    expect(await entry('LA')).toMatchObject({ name: 'Lao PDR', legalInstruments: [] });
  });
});
