import { describe, expect, it } from 'vitest';
import { formatDateRange, formatValue } from './format';

describe('formatDateRange', () => {
  it('writes full and partial dates in words', () => {
    expect(formatDateRange('2019-08-27')).toBe('27 August 2019');
    expect(formatDateRange('2019-08')).toBe('August 2019');
    expect(formatDateRange('2019')).toBe('2019');
  });

  it('shortens ranges within a month or a year', () => {
    expect(formatDateRange('2019-08-27', '2019-08-28')).toBe('27–28 August 2019');
    expect(formatDateRange('2019-08-30', '2019-09-01')).toBe('30 August – 1 September 2019');
    expect(formatDateRange('2019-12-30', '2020-01-02')).toBe('30 December 2019 – 2 January 2020');
    expect(formatDateRange('2019-08-27', '2019-08-27')).toBe('27 August 2019');
  });

  it('leaves what it cannot read as it is', () => {
    expect(formatDateRange('soon')).toBe('soon');
  });
});

describe('formatValue', () => {
  it('separates thousands and keeps at most two decimals', () => {
    expect(formatValue(12345.678)).toBe('12,345.68');
    expect(formatValue(2)).toBe('2');
  });
});
