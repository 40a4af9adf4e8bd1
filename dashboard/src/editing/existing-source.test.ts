import { describe, expect, it } from 'vitest';
import { existingSourceId } from './existing-source';

describe('existingSourceId', () => {
  it('reads the ID of the source that already cites the address', () => {
    expect(existingSourceId('is already cited as source U291cmNlOjQy (“Desmigratif report”): use that one')).toBe(
      'U291cmNlOjQy',
    );
  });

  it('is null for any other problem of the address', () => {
    expect(existingSourceId('must be an http or https URL')).toBeNull();
    expect(existingSourceId(undefined)).toBeNull();
  });
});
