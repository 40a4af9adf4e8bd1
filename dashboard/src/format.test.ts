import { describe, expect, it } from 'vitest';
import { formatDateRange, formatDateTime, formatHeadline, formatTick, formatValue } from './format';

describe('formatDateRange', () => {
  it('writes full and partial dates in words', () => {
    expect(formatDateRange('en', '2019-08-27')).toBe('27 August 2019');
    expect(formatDateRange('en', '2019-08')).toBe('August 2019');
    expect(formatDateRange('en', '2019')).toBe('2019');
  });

  it('shortens ranges within a month or a year', () => {
    expect(formatDateRange('en', '2019-08-27', '2019-08-28')).toBe('27–28 August 2019');
    expect(formatDateRange('en', '2019-08-30', '2019-09-01')).toBe('30 August – 1 September 2019');
    expect(formatDateRange('en', '2019-12-30', '2020-01-02')).toBe('30 December 2019 – 2 January 2020');
    expect(formatDateRange('en', '2019-08-27', '2019-08-27')).toBe('27 August 2019');
  });

  it('leaves what it cannot read as it is', () => {
    expect(formatDateRange('en', 'soon')).toBe('soon');
  });

  it('writes the months in Indonesian', () => {
    expect(formatDateRange('id', '2019-08-27')).toBe('27 Agustus 2019');
    expect(formatDateRange('id', '2019-08-27', '2019-08-28')).toBe('27–28 Agustus 2019');
    expect(formatDateRange('id', '2019-12-30', '2020-01-02')).toBe('30 Desember 2019 – 2 Januari 2020');
  });
});

describe('formatValue', () => {
  it('separates thousands and keeps at most two decimals', () => {
    expect(formatValue('en', 12345.678)).toBe('12,345.68');
    expect(formatValue('en', 2)).toBe('2');
  });

  it('writes Indonesian separators', () => {
    expect(formatValue('id', 12345.678)).toBe('12.345,68');
  });
});

describe('formatHeadline', () => {
  it('writes big numbers in words and small ones in full', () => {
    expect(formatHeadline('en', 34913340000)).toBe('34.9 billion');
    expect(formatHeadline('en', 2249552000)).toBe('2.2 billion');
    expect(formatHeadline('en', 150420)).toBe('150,420');
    expect(formatHeadline('en', 98.69)).toBe('98.69');
  });

  it('writes them in Indonesian', () => {
    expect(formatHeadline('id', 34913340000)).toBe('34,9 miliar');
    expect(formatHeadline('id', 150420)).toBe('150.420');
  });
});

describe('formatTick', () => {
  it('is short in both languages', () => {
    expect(formatTick('en', 34913340000)).toBe('34.9B');
    expect(formatTick('id', 34913340000)).toBe('34,9\u00a0M');
  });
});

describe('formatDateTime', () => {
  it("writes a moment to the minute, day first, in the reader's time zone", () => {
    const moment = new Date(2026, 11, 4, 20, 15);
    expect(formatDateTime('en', moment)).toBe('4 Dec 2026, 20:15');
    expect(formatDateTime('id', moment)).toBe('4 Des 2026, 20.15');
  });
});
