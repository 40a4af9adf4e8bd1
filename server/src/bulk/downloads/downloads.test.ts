import type { EntityManager } from '@mikro-orm/knex';
import { EvidenceLevel, PracticeStatus, Theme } from '@atlas/shared';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../access/role';
import { Country } from '../../countries/country.entity';
import { fromGlobalId } from '../../graphql/global-id';
import { Indicator } from '../../indicators/indicator.entity';
import { Outcome } from '../../outcomes/outcome.entity';
import { createDraft, ok, PUBLISH } from '../../../test-support/practice-test-kit';
import { Practice } from '../../practices/practice.entity';
import { ReintegrationProgram } from '../../programs/program.entity';
import { Source } from '../../sources/source.entity';
import { Translation } from '../../translations/translation.entity';
import { useTestAtlas } from '../../../test-support/test-atlas';
import { CITATION_KEYS, TRANSFER_KINDS, type AtlasDocument } from '../transfer/document';
import { exportAtlas } from '../transfer/export';
import { readJsonDocument } from '../transfer/read-input';
import { PRACTICE_COLUMNS } from './tables/practices';

const atlas = useTestAtlas({ seed: true });

type CsvRow = Record<string, string>;

/** A list cell: a JSON array of texts. */
const list = (cell: string | undefined) => JSON.parse(cell!) as string[];

async function download(path: string, token?: string) {
  const response = await fetch(`${atlas.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { response, text: await response.text() };
}

async function csv(query = '', token?: string): Promise<CsvRow[]> {
  const { response, text } = await download(`/export/practices.csv${query}`, token);
  expect(response.status, text).toBe(200);
  const rows = parse(text, { columns: true }) as CsvRow[];
  expect(text.split('\r\n')[0]).toBe(PRACTICE_COLUMNS.map((column) => column.name).join(','));
  return rows;
}

async function badRequest(query: string) {
  const { response, text } = await download(`/export/practices.csv${query}`);
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(text) as {
    errors: { message: string; extensions: { code: string; fields: { path: string; message: string }[] } }[];
  };
  expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  return body.errors[0]!.extensions.fields;
}

async function publicDocument(): Promise<AtlasDocument & Record<string, unknown>> {
  const { response, text } = await download('/export/atlas.json');
  expect(response.status).toBe(200);
  return JSON.parse(text) as AtlasDocument & Record<string, unknown>;
}

const totalCount = async (filter: Record<string, unknown>, token?: string) => {
  const response = await atlas.graphql<{ practices: { totalCount: number; nodes: { id: string }[] } }>(
    'query($filter: PracticeFilter) { practices(filter: $filter, first: 100) { totalCount nodes { id } } }',
    { filter },
    token,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.practices;
};

const HEADER_KEYS: readonly string[] = CITATION_KEYS;

/** Records without the global ID the public download adds: as `pnpm cli export` writes them. */
function withoutIds(records: unknown): unknown {
  return (records as Record<string, unknown>[]).map((record) => {
    const rest = { ...record };
    delete rest.id;
    return rest;
  });
}

describe('GET /export/atlas.json', () => {
  it('is the export of `pnpm cli export` with citation and licence, while everything is published', async () => {
    const { response, text } = await download('/export/atlas.json');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="atlas.json"');
    const document = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(document).slice(0, 2 + HEADER_KEYS.length)).toEqual(['format', 'version', ...HEADER_KEYS]);
    expect(document.citation).toMatch(
      new RegExp(`^Reintegration Atlas \\(ASEAN\\)\\. ${atlas.url}/\\. Accessed \\d{4}-\\d{2}-\\d{2}\\.$`),
    );
    expect(document.licence).toMatch(/CC BY 4\.0/);
    expect(document.licenceNote).toMatch(/sources keep their own terms/);
    const exported = JSON.parse(await exportAtlas(atlas.orm)) as Record<string, unknown>;
    const data = Object.fromEntries(
      Object.entries(document)
        .filter(([key]) => !HEADER_KEYS.includes(key))
        .map(([key, value]) => [key, TRANSFER_KINDS.includes(key as never) ? withoutIds(value) : value]),
    );
    expect(data).toEqual(exported);
    // Byte for byte as the CLI lays it out, header aside.
    expect(text.endsWith('\n}\n')).toBe(true);
    // The public download imports as it is (`pnpm cli import atlas.json`): its citation and IDs are read, not imported.
    expect(readJsonDocument(text).problems).toEqual([]);
  });

  it('gives every record its global ID in the API beside its key, so that file and API join', async () => {
    const document = (await publicDocument()) as unknown as Record<string, { id: string; key?: string }[]>;
    const types = {
      sources: 'Source',
      countries: 'Country',
      indicators: 'Indicator',
      statistics: 'CountryStatistic',
      framework: 'RegionalInstrument',
      events: 'Event',
      programs: 'ReintegrationProgram',
      practices: 'Practice',
      outcomes: 'Outcome',
      studies: 'Study',
    } as const;
    for (const kind of TRANSFER_KINDS) {
      expect(document[kind]!.length, kind).toBeGreaterThan(0);
      for (const record of document[kind]!) expect(fromGlobalId(record.id)?.typeName, kind).toBe(types[kind]);
      expect(Object.keys(document[kind]![0]!)[0]).toBe('id');
    }
    const practice = document.practices!.find((p) => p.key === 'desmigratif-village-scale-up')!;
    const program = document.programs!.find((p) => p.key === 'desmigratif')!;
    const response = await atlas.graphql<{ practice: { id: string }; program: { id: string }; node: { key: string } }>(
      'query($id: ID!) { practice(key: "desmigratif-village-scale-up") { id } program(key: "desmigratif") { id } node(id: $id) { ... on Source { key } } }',
      { id: document.sources![0]!.id },
    );
    expect(response.data).toEqual({
      practice: { id: practice.id },
      program: { id: program.id },
      node: { key: document.sources![0]!.key },
    });
  });
});

describe('GET /export/practices.csv', () => {
  it('lists every published practice, one row each, citing its sources, as an attachment', async () => {
    const { response } = await download('/export/practices.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="atlas-practices.csv"');
    const rows = await csv();
    const listed = await totalCount({});
    expect(rows).toHaveLength(listed.totalCount);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(listed.nodes.map((n) => n.id)));
    for (const row of rows) {
      expect(row.status).toBe('PUBLISHED');
      expect(list(row.sourceUrls).every((url) => /^https?:\/\//.test(url))).toBe(true);
      expect(list(row.sourceTitles).length).toBeGreaterThanOrEqual(1);
      expect(list(row.sourceKeys)).toHaveLength(list(row.sourceUrls).length);
      expect(row.url).toBe(`${atlas.url}/practices/${encodeURIComponent(row.id!)}`);
      expect(row.countryCode).toMatch(/^[A-Z]{2}$/);
      expect(row.countryName!.length).toBeGreaterThan(2);
    }
    const desmigratif = rows.find((r) => r.key === 'desmigratif-village-scale-up')!;
    expect(desmigratif).toMatchObject({ countryCode: 'ID', countryName: 'Indonesia' });
    expect(desmigratif.program).toBe('Productive Migrant Village');
    expect(fromGlobalId(desmigratif.programId!)?.typeName).toBe('ReintegrationProgram');
    expect(desmigratif.programKey).toBe('desmigratif');
  });

  it('takes the filters of the API as query parameters: comma lists, repeated parameters, text and years', async () => {
    const filter = { countryCodes: ['ID', 'PH'], themes: ['ENTREPRENEURSHIP', 'ACCESS_TO_FINANCE'], yearFrom: 2015 };
    const expected = await totalCount(filter);
    expect(expected.totalCount).toBeGreaterThan(0);
    const commas = await csv('?countryCodes=ID,PH&themes=ENTREPRENEURSHIP,ACCESS_TO_FINANCE&yearFrom=2015');
    const repeated = await csv(
      '?countryCodes=ID&countryCodes=ph&themes[]=ENTREPRENEURSHIP&themes=ACCESS_TO_FINANCE&yearFrom=2015',
    );
    expect(commas.map((r) => r.id).sort()).toEqual(expected.nodes.map((n) => n.id).sort());
    expect(repeated).toEqual(commas);
    for (const row of commas) {
      expect(['ID', 'PH']).toContain(row.countryCode);
      expect(Number(row.year)).toBeGreaterThanOrEqual(2015);
      expect(list(row.themes).some((t) => t === 'ENTREPRENEURSHIP' || t === 'ACCESS_TO_FINANCE')).toBe(true);
    }
    const village = await csv(`?text=${encodeURIComponent('village, migrant')}`);
    expect(village.map((r) => r.id).sort()).toEqual(
      (await totalCount({ text: 'village, migrant' })).nodes.map((n) => n.id).sort(),
    );
    expect(village.length).toBeGreaterThan(0);
    expect(await csv('?countryCodes=BN&yearFrom=2100')).toEqual([]);
  });

  it('refuses a bad filter with 400 and BAD_USER_INPUT naming each parameter, as the API does', async () => {
    const fields = await badRequest('?themes=ENTREPRENEURSHIP,FOO&yearFrom=abc&colour=red');
    expect(fields).toHaveLength(3);
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: 'themes[1]', message: 'Value "FOO" does not exist in "Theme" enum.', code: 'INVALID', values: {} },
        { path: 'colour', message: expect.stringContaining('is not a filter'), code: 'INVALID', values: {} },
        { path: 'yearFrom', message: 'Int cannot represent non-integer value: "abc"', code: 'INVALID', values: {} },
      ]),
    );
    expect(await badRequest('?yearFrom=2020&yearTo=2010')).toEqual([
      {
        path: 'yearTo',
        message: 'must not be before yearFrom (2020)',
        code: 'YEAR_TO_BEFORE_YEAR_FROM',
        values: { yearFrom: 2020 },
      },
    ]);
    expect(await badRequest('?countryCodes=ID,IDN')).toEqual([
      {
        path: 'countryCodes[1]',
        message: expect.stringContaining('"IDN"'),
        code: 'FILTER_COUNTRY_CODE',
        values: { code: 'IDN' },
      },
    ]);
    expect(await badRequest('?programId=nope&text=a&text=b')).toEqual(
      expect.arrayContaining([{ path: 'text', message: 'give one value', code: 'INVALID', values: {} }]),
    );
    expect(await badRequest('?programId=nope')).toEqual([
      {
        path: 'programId',
        message: 'is not the global ID of a ReintegrationProgram',
        code: 'NOT_A_GLOBAL_ID',
        values: { type: 'ReintegrationProgram' },
      },
    ]);
  });

  it('keeps quotes, commas and line breaks of the texts intact (RFC 4180)', async () => {
    const editor = await atlas.signIn(Role.EDITOR);
    const title = 'Savings groups, "Tabungan" and more; really';
    const summary = 'First line, with a comma.\nSecond line with "quotes".\r\nThird line.';
    const created = await createDraft(atlas, editor.token, { title, summary, countryCode: 'BN', year: 2023 });
    await ok(atlas, PUBLISH, { id: created.id }, editor.token);
    const [row, ...others] = await csv('?countryCodes=BN&yearFrom=2023&yearTo=2023');
    expect(others).toEqual([]);
    expect(row).toMatchObject({ id: created.id, title, summary: summary.trim() });
  });
});

describe('drafts in downloads', () => {
  let editor: { token: string };
  let draft: { id: string; key: string };

  beforeAll(async () => {
    editor = await atlas.signIn(Role.EDITOR);
    const contributor = await atlas.signIn(Role.CONTRIBUTOR);
    draft = await createDraft(atlas, contributor.token, {
      title: 'An unpublished village practice',
      countryCode: 'KH',
      sources: [{ title: 'A report only the draft cites', url: 'https://example.org/draft-only-report' }],
    });
    // A figure tied to the draft.
    const em: EntityManager = atlas.em();
    em.create(Outcome, {
      program: await em.findOneOrFail(ReintegrationProgram, { key: 'kh-migrant-worker-resource-centres' }),
      practice: em.getReference(Practice, fromGlobalId(draft.id)!.id),
      indicator: await em.findOneOrFail(Indicator, { code: 'NRCO_LIVELIHOOD_BENEFICIARIES' }),
      source: await em.findOneOrFail(Source, { key: 'katadata-desmigratif-infographic' }),
      year: 2031,
      value: 31,
    });
    // A translation of the draft, and one of a published practice.
    for (const [recordId, text] of [
      [fromGlobalId(draft.id)!.id, 'Praktik desa yang belum terbit'],
      [(await em.findOneOrFail(Practice, { status: PracticeStatus.PUBLISHED })).id, 'Praktik yang sudah terbit'],
    ] as const) {
      em.create(Translation, { recordType: 'Practice', recordId, field: 'title', language: 'id', text });
    }
    await em.flush();
  });

  it('leaves them out of atlas.json, with the sources only they cite, and hides them behind figures', async () => {
    const document = await publicDocument();
    expect(document.translations.some((t) => t.text === 'Praktik yang sudah terbit')).toBe(true);
    expect(document.translations.some((t) => t.text === 'Praktik desa yang belum terbit')).toBe(false);
    const published = new Set(document.practices.map((p) => p.key));
    for (const t of document.translations) if (t.kind === 'practices') expect(published.has(t.key)).toBe(true);
    expect(document.practices.every((p) => p.status === PracticeStatus.PUBLISHED)).toBe(true);
    expect(document.practices.some((p) => p.key === draft.key)).toBe(false);
    expect(document.sources.some((s) => s.url === 'https://example.org/draft-only-report')).toBe(false);
    const figure = document.outcomes.find((o) => o.year === 2031 && o.value === 31)!;
    expect(figure).toBeDefined();
    expect(figure.practice).toBeUndefined();
    for (const absent of ['users', 'user', 'sessions', 'revisions', 'atlas_user'])
      expect(document).not.toHaveProperty(absent);
    expect(JSON.stringify(document)).not.toContain(draft.key);
    expect(JSON.stringify(document)).not.toContain('@atlas.test');
    // Whoever asks: the public view.
    const { text } = await download('/export/atlas.json', editor.token);
    expect(text).not.toContain(draft.key);
    // Every reference resolves inside the document.
    const stripped = Object.fromEntries(Object.entries(document).filter(([key]) => !HEADER_KEYS.includes(key)));
    expect(readJsonDocument(JSON.stringify(stripped)).problems).toEqual([]);
    const keys = document.practices.map((p) => p.key);
    expect(keys).toEqual([...keys].sort());
  });

  it('lists them in the CSV only for those who may read them, as practices does', async () => {
    const anonymous = await csv('?countryCodes=KH&statuses=DRAFT,PUBLISHED');
    expect(anonymous.some((r) => r.id === draft.id)).toBe(false);
    expect(await csv('?statuses=DRAFT')).toEqual([]);
    const asEditor = await csv('?countryCodes=KH&statuses=DRAFT,PUBLISHED', editor.token);
    expect(asEditor.find((r) => r.id === draft.id)).toMatchObject({ status: 'DRAFT', countryCode: 'KH' });
    expect(asEditor).toHaveLength(anonymous.length + 1);
    const { response } = await download('/export/practices.csv', 'x'.repeat(43));
    expect(response.status).toBe(401);
  });
});

describe('downloads of many practices', () => {
  const MANY = 1234;

  beforeAll(async () => {
    const em: EntityManager = atlas.em();
    const country = await em.findOneOrFail(Country, { code: 'MY' });
    const source = await em.findOneOrFail(Source, { key: 'katadata-desmigratif-infographic' });
    for (let i = 0; i < MANY; i++) {
      const practice = em.create(Practice, {
        key: `many-${String(i).padStart(4, '0')}`,
        title: `Synthetic practice ${i}`,
        summary: `Summary ${i}, with a comma and "quotes".`,
        body: 'Body.',
        country,
        year: 2000 + (i % 20),
        themes: [Theme.SKILLS_TRAINING],
        dimensions: [],
        stakeholders: [],
        targetGroups: [],
        evidenceLevel: EvidenceLevel.DOCUMENTED,
        status: PracticeStatus.PUBLISHED,
      });
      practice.sources.add(source);
    }
    await em.flush();
  }, 120_000);

  it('pages through all of them, each once, in the CSV and in atlas.json', async () => {
    const rows = await csv('?countryCodes=MY');
    const listed = await totalCount({ countryCodes: ['MY'] });
    expect(rows).toHaveLength(listed.totalCount);
    expect(rows.length).toBeGreaterThanOrEqual(MANY);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const recent = await csv('?countryCodes=MY&yearFrom=2015&themes=SKILLS_TRAINING');
    expect(recent).toHaveLength(
      (await totalCount({ countryCodes: ['MY'], yearFrom: 2015, themes: ['SKILLS_TRAINING'] })).totalCount,
    );

    const document = await publicDocument();
    expect(document.practices).toHaveLength((await totalCount({})).totalCount);
    const keys = document.practices.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...keys].sort());
  }, 60_000);
});
