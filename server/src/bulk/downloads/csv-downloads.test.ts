import { PracticeStatus } from '@atlas/shared';
import type { EntityManager } from '@mikro-orm/knex';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../access/role';
import { fromGlobalId } from '../../graphql/global-id';
import { Indicator } from '../../indicators/indicator.entity';
import { Outcome } from '../../outcomes/outcome.entity';
import { Practice } from '../../practices/practice.entity';
import { ReintegrationProgram } from '../../programs/program.entity';
import { Source } from '../../sources/source.entity';
import { createDraft, ok, PUBLISH } from '../../../test-support/practice-test-kit';
import { useTestAtlas } from '../../../test-support/test-atlas';
import { CSV_DOWNLOADS } from './download-tables';

const atlas = useTestAtlas({ seed: true });

type CsvRow = Record<string, string>;

async function download(path: string, token?: string) {
  const response = await fetch(`${atlas.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { response, text: await response.text() };
}

async function csv(name: string, query = '', token?: string): Promise<CsvRow[]> {
  const { response, text } = await download(`/export/${name}.csv${query}`, token);
  expect(response.status, text).toBe(200);
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename="atlas-${name}.csv"`);
  return parse(text, { columns: true }) as CsvRow[];
}

async function badRequest(path: string) {
  const { response, text } = await download(path);
  expect(response.status, text).toBe(400);
  const body = JSON.parse(text) as { errors: { extensions: { code: string; fields: { path: string }[] } }[] };
  expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  return body.errors[0]!.extensions.fields.map((field) => field.path);
}

const list = (cell: string | undefined) => JSON.parse(cell!) as string[];

describe('CSV downloads of every kind', () => {
  it.each(CSV_DOWNLOADS.map((d) => d.table.name))(
    '%s.csv has a header of its columns and a row per record, the key in every one',
    async (name) => {
      const { text } = await download(`/export/${name}.csv`);
      const table = CSV_DOWNLOADS.find((d) => d.table.name === name)!.table;
      expect(text.split('\r\n')[0]).toBe(table.columns.map((column) => column.name).join(','));
      const rows = parse(text, { columns: true }) as CsvRow[];
      expect(rows.length).toBeGreaterThan(0);
      const primaryKeys = rows.map((row) => row[table.primaryKey]);
      expect(new Set(primaryKeys).size).toBe(rows.length);
      for (const row of rows) expect(fromGlobalId(row.id!)).not.toBeNull();
    },
  );

  it('are each listed in `about.downloads`, with the descriptor and the JSON dataset', async () => {
    const { data } = await atlas.graphql<{ about: { downloads: string[] } }>('{ about { downloads } }');
    expect(data!.about.downloads).toEqual([
      ...CSV_DOWNLOADS.map((d) => `/export/${d.table.name}.csv`),
      '/export/datapackage.json',
      '/export/atlas.json',
    ]);
  });

  it('gives programmes, outcomes, statistics and sources the API’s IDs and keys', async () => {
    const programs = await csv('programs');
    const desmigratif = programs.find((row) => row.key === 'desmigratif')!;
    expect(desmigratif).toMatchObject({ name: 'Productive Migrant Village', countryCode: 'ID' });
    const found = await atlas.graphql<{ program: { id: string; sources: { key: string }[] } }>(
      '{ program(key: "desmigratif") { id sources { key } } }',
    );
    expect(desmigratif.id).toBe(found.data!.program.id);
    expect(list(desmigratif.sourceKeys).sort()).toEqual(found.data!.program.sources.map((s) => s.key).sort());

    const outcomes = await csv('outcomes', '?indicatorCodes=NRCO_LIVELIHOOD_BENEFICIARIES');
    expect(outcomes.length).toBeGreaterThan(0);
    for (const row of outcomes) expect(row.indicatorCode).toBe('NRCO_LIVELIHOOD_BENEFICIARIES');
    const listed = await atlas.graphql<{ outcomes: { totalCount: number } }>(
      '{ outcomes(filter: { indicatorCodes: ["NRCO_LIVELIHOOD_BENEFICIARIES"] }) { totalCount } }',
    );
    expect(outcomes).toHaveLength(listed.data!.outcomes.totalCount);
    expect(outcomes.every((row) => ['true', 'false'].includes(row.yearStated!))).toBe(true);

    const statistics = await csv('statistics');
    const sources = new Set((await csv('sources')).map((row) => row.key));
    for (const row of [...outcomes, ...statistics]) expect(sources.has(row.sourceKey)).toBe(true);
    expect(statistics.every((row) => /^[A-Z]{2}$/.test(row.countryCode!) && Number.isFinite(Number(row.value)))).toBe(
      true,
    );
  });

  it('refuses a bad filter with 400 naming the parameter, and any parameter where nothing narrows the file', async () => {
    expect(await badRequest('/export/programs.csv?kinds=NOPE&colour=red')).toEqual(
      expect.arrayContaining(['kinds[0]', 'colour']),
    );
    expect(await badRequest('/export/outcomes.csv?yearFrom=2020&yearTo=2010')).toEqual(['yearTo']);
    expect(await badRequest('/export/outcomes.csv?programId=nope')).toEqual(['programId']);
    expect(await badRequest('/export/statistics.csv?countryCodes=ID')).toEqual(['countryCodes']);
    expect(await badRequest('/export/sources.csv?search=x')).toEqual(['search']);
    expect(await badRequest('/export/sources.csv?bom=yes')).toEqual(['bom']);
    const programs = await csv('programs', '?countryCodes=ID&kinds=REINTEGRATION');
    expect(programs.length).toBeGreaterThan(0);
    for (const row of programs) {
      expect(row.countryCode === 'ID' || list(row.partnerCountryCodes).includes('ID')).toBe(true);
      expect(row.kind).toBe('REINTEGRATION');
    }
  });
});

describe('cells a spreadsheet reads right', () => {
  it('writes each list as a JSON array in one cell, whatever its texts hold', async () => {
    const editor = await atlas.signIn(Role.EDITOR);
    const titles = ['Savings; credit, and "more"', 'A second report; with a semicolon'];
    const created = await createDraft(atlas, editor.token, {
      title: 'A practice citing awkward titles',
      countryCode: 'BN',
      year: 2024,
      sources: titles.map((title, i) => ({ title, url: `https://example.org/awkward-${i}` })),
    });
    await ok(atlas, PUBLISH, { id: created.id }, editor.token);
    const [row] = (await csv('practices', '?countryCodes=BN&yearFrom=2024&yearTo=2024')).filter(
      (r) => r.id === created.id,
    );
    expect(list(row!.sourceTitles).sort()).toEqual([...titles].sort());
    expect(list(row!.sourceUrls)).toHaveLength(2);
    expect(row!.themes).toMatch(/^\[.*\]$/);
  });

  it('starts the file with a byte-order mark on ?bom=1 or ?excel=1, and only then', async () => {
    for (const query of ['?bom=1', '?excel=1', '?excel=true&countryCodes=TH']) {
      const response = await fetch(`${atlas.url}/export/practices.csv${query}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 'i'.charCodeAt(0)]);
    }
    const plain = new Uint8Array(await (await fetch(`${atlas.url}/export/sources.csv?bom=0`)).arrayBuffer());
    expect(plain[0]).toBe('i'.charCodeAt(0));
    // After the mark, the same UTF-8 text (fetch's text() would drop the mark: decode the bytes as a spreadsheet does).
    const marked = await (await fetch(`${atlas.url}/export/sources.csv?bom=1`)).arrayBuffer();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(marked);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parse(text, { columns: true, bom: true })).toEqual(await csv('sources'));
  });
});

describe('what a reader may see', () => {
  let draft: { id: string; key: string };
  const draftOnlyUrl = 'https://example.org/cited-by-a-draft-only';

  beforeAll(async () => {
    const contributor = await atlas.signIn(Role.CONTRIBUTOR);
    draft = await createDraft(atlas, contributor.token, {
      title: 'An unpublished practice with a figure',
      countryCode: 'KH',
      sources: [{ title: 'A report only the draft cites', url: draftOnlyUrl }],
    });
    const em: EntityManager = atlas.em();
    em.create(Outcome, {
      program: await em.findOneOrFail(ReintegrationProgram, { key: 'kh-migrant-worker-resource-centres' }),
      practice: em.getReference(Practice, fromGlobalId(draft.id)!.id),
      indicator: await em.findOneOrFail(Indicator, { code: 'NRCO_LIVELIHOOD_BENEFICIARIES' }),
      source: await em.findOneOrFail(Source, { key: 'katadata-desmigratif-infographic' }),
      year: 2032,
      value: 32,
    });
    await em.flush();
  });

  it('leaves out the sources only drafts cite, and names a draft behind a figure only to those who may read it', async () => {
    expect((await csv('sources')).some((row) => row.url === draftOnlyUrl)).toBe(false);
    const editor = await atlas.signIn(Role.EDITOR);
    expect((await csv('sources', '', editor.token)).some((row) => row.url === draftOnlyUrl)).toBe(true);

    const figure = (rows: CsvRow[]) => rows.find((row) => row.year === '2032' && row.value === '32')!;
    expect(figure(await csv('outcomes'))).toMatchObject({ practiceKey: '', practiceId: '' });
    expect(figure(await csv('outcomes', '', editor.token))).toMatchObject({
      practiceKey: draft.key,
      practiceId: draft.id,
    });
    const published = await csv('practices');
    expect(published.every((row) => row.status === PracticeStatus.PUBLISHED)).toBe(true);
  });
});
