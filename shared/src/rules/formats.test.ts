import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, isCalendarDate, isNotBefore, isPlausibleYear, isWebAddress, lastYear } from './formats';

describe('isCalendarDate', () => {
  it('takes a year, a month or a day that exists', () => {
    for (const date of ['2019', '2019-08', '2019-08-27', '2020-02-29', '2000-02-29', '2019-12-31', '2019-04-30']) {
      expect(isCalendarDate(date), date).toBe(true);
    }
  });

  it('refuses months and days that do not exist, and other formats', () => {
    for (const date of [
      '2019-13-45',
      '2019-13',
      '2019-00',
      '2019-02-30',
      '2019-02-29',
      '1900-02-29',
      '2019-04-31',
      '2019-08-00',
      '2019-8-27',
      '27/08/2019',
      '2019-08-27T10:00',
      '',
    ]) {
      expect(isCalendarDate(date), date).toBe(false);
    }
  });
});

describe('isPlausibleYear', () => {
  it('runs from 1900 to five years ahead, whole years only', () => {
    expect(lastYear(new Date('2026-12-04'))).toBe(2031);
    expect(isPlausibleYear(1900)).toBe(true);
    expect(isPlausibleYear(lastYear())).toBe(true);
    expect(isPlausibleYear(1899)).toBe(false);
    expect(isPlausibleYear(lastYear() + 1)).toBe(false);
    expect(isPlausibleYear(2099)).toBe(false);
    expect(isPlausibleYear(2019.5)).toBe(false);
  });
});

describe('isNotBefore', () => {
  it('compares partial dates at the precision both have', () => {
    expect(isNotBefore('2019-08-28', '2019-08-27')).toBe(true);
    expect(isNotBefore('2019', '2019-08-27')).toBe(true);
    expect(isNotBefore('2019-08', '2019-08-27')).toBe(true);
    expect(isNotBefore('2019-07', '2019-08-27')).toBe(false);
    expect(isNotBefore('2018', '2019')).toBe(false);
  });
});

describe('isWebAddress', () => {
  it('takes http and https addresses of named hosts', () => {
    for (const address of [
      'https://www.jpnn.com/news/pemerintah-gelar-program-reintegrasi',
      'http://example.org',
      'https://example.org/report.pdf?page=2#summary',
      'HTTPS://EXAMPLE.ORG/A',
      'https://kemnaker.go.id:8443/path',
    ]) {
      expect(isWebAddress(address), address).toBe(true);
    }
  });

  it('refuses other schemes and addresses the URL parser would quietly mend', () => {
    for (const address of [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.org/file',
      'file:///etc/passwd',
      'https://example.org/a b',
      'https://exam\nple.org',
      'https://exam\tple.org',
      'java\tscript:alert(1)',
      ' https://example.org',
      'https://localhost/x',
      'https://',
      '//example.org',
      'example.org',
    ]) {
      expect(isWebAddress(address), JSON.stringify(address)).toBe(false);
    }
  });
});

describe('hasHiddenCharacters', () => {
  it('finds NUL and the other control characters, but not tab, line breaks or any script', () => {
    for (const text of ['a\u0000b', '\u0007', 'a\u001Bb', '\u007F', '\u0085', 'broken \uD800 pair']) {
      expect(hasHiddenCharacters(text), JSON.stringify(text)).toBe(true);
    }
    for (const text of ['two\tcolumns', 'two\nlines', 'windows\r\nline', 'Việt Nam', 'ไทย', 'emoji 👍', '']) {
      expect(hasHiddenCharacters(text), JSON.stringify(text)).toBe(false);
    }
  });
});
