import { describe, expect, it } from 'vitest';
import { compareHref, parseSelection } from './selection';

const MEMBERS = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];

describe('parseSelection', () => {
  it('keeps the order of the query string and upper-cases codes', () => {
    expect(parseSelection('countries=vn,ID, ph', MEMBERS)).toEqual({
      codes: ['VN', 'ID', 'PH'],
      unknown: [],
      duplicates: [],
      overLimit: [],
    });
  });

  it('sets aside unknown and repeated codes', () => {
    const selection = parseSelection('countries=ID,XX,id,PH,,FR', MEMBERS);
    expect(selection.codes).toEqual(['ID', 'PH']);
    expect(selection.unknown).toEqual(['XX', 'FR']);
    expect(selection.duplicates).toEqual(['ID']);
  });

  it('gives nothing without the parameter', () => {
    expect(parseSelection('', MEMBERS).codes).toEqual([]);
    expect(parseSelection('country=ID', MEMBERS).codes).toEqual([]);
  });

  it('never holds more than 11 countries', () => {
    const many = [...MEMBERS, 'XX', ...MEMBERS].join(',');
    const selection = parseSelection(`countries=${many}`, [...MEMBERS, 'ZZ']);
    expect(selection.codes).toHaveLength(11);
  });

  it('leaves out valid codes past the limit', () => {
    const selection = parseSelection(`countries=${[...MEMBERS, 'ZZ'].join(',')}`, [...MEMBERS, 'ZZ']);
    expect(selection.codes).toEqual(MEMBERS);
    expect(selection.overLimit).toEqual(['ZZ']);
  });
});

describe('compareHref', () => {
  it('links to the compare page for these countries', () => {
    expect(compareHref(['ID', 'PH', 'VN'])).toBe('/compare?countries=ID,PH,VN');
    expect(compareHref([])).toBe('/compare');
  });
});
