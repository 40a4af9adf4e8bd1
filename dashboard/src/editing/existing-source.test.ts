import { describe, expect, it } from 'vitest';
import { existingSourceId } from './existing-source';

const message = 'is already cited as source U291cmNlOjQy (“Desmigratif report”): use that one';

describe('existingSourceId', () => {
  it('reads the ID of the source that already cites the address', () => {
    const values = { id: 'U291cmNlOjQy', title: 'Desmigratif report' };
    expect(existingSourceId({ codes: { 'input.url': { message, code: 'SOURCE_ALREADY_CITED', values } } })).toBe(
      'U291cmNlOjQy',
    );
  });

  it('is null for any other problem of the address', () => {
    expect(existingSourceId({ codes: { 'input.url': { message: 'x', code: 'NOT_A_URL', values: {} } } })).toBeNull();
    expect(existingSourceId({})).toBeNull();
  });
});
