import { describe, expect, it } from 'vitest';
import { addedAndRemoved, fieldChanges, sameJson } from './revision-diff';

describe('fieldChanges', () => {
  it('lists only the fields whose values differ, old and new', () => {
    const before = { title: 'Old', year: 2019, themes: ['HEALTH'], summary: 'Same', version: 3, lastEditedAt: 'a' };
    const after = {
      title: 'New',
      year: 2019,
      themes: ['HEALTH', 'HOUSING'],
      summary: 'Same',
      version: 4,
      lastEditedAt: 'b',
    };
    expect(fieldChanges(before, after)).toEqual([
      { field: 'title', before: 'Old', after: 'New' },
      { field: 'themes', before: ['HEALTH'], after: ['HEALTH', 'HOUSING'] },
    ]);
  });

  it('gives every field of a creation as new, and of a deletion as gone', () => {
    expect(fieldChanges(null, { title: 'T', partners: [] })).toEqual([
      { field: 'title', before: undefined, after: 'T' },
      { field: 'partners', before: undefined, after: [] },
    ]);
    expect(fieldChanges({ value: 12 }, null)).toEqual([{ field: 'value', before: 12, after: undefined }]);
  });

  it('leaves out the bookkeeping every change moves on', () => {
    expect(fieldChanges({ version: 1, updatedAt: 'a' }, { version: 2, updatedAt: 'b' })).toEqual([]);
  });

  it('names fields added or dropped between the two states', () => {
    expect(fieldChanges({ a: 1 }, { a: 1, rejectionReason: 'Cite a source' })).toEqual([
      { field: 'rejectionReason', before: undefined, after: 'Cite a source' },
    ]);
  });
});

describe('sameJson', () => {
  it('compares nested values, whatever the key order', () => {
    expect(sameJson({ a: [1, { b: 2, c: 3 }] }, { a: [1, { c: 3, b: 2 }] })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
  });
});

describe('addedAndRemoved', () => {
  it('names what a list gained and lost, not what it kept or reordered', () => {
    expect(addedAndRemoved(['Job placement', 'Entrepreneurship'], ['Skills training', 'Job placement'])).toEqual({
      added: ['Skills training'],
      removed: ['Entrepreneurship'],
    });
    expect(addedAndRemoved(['a', 'b'], ['b', 'a'])).toEqual({ added: [], removed: [] });
  });
});
