import { describe, expect, it } from 'vitest';
import { restoreOffer } from './revision-actions';

describe('restoreOffer', () => {
  it('offers the state after an older change', () => {
    expect(restoreOffer({ before: { title: 'A' }, after: { title: 'B' } }, false)).toEqual({
      kind: 'version',
      state: { title: 'B' },
    });
  });

  it('offers nothing for the newest change: its state is the current one', () => {
    expect(restoreOffer({ before: { title: 'A' }, after: { title: 'B' } }, true)).toBeNull();
  });

  it('offers a deleted record back from the state before its deletion, even as the newest change', () => {
    expect(restoreOffer({ before: { value: 1 }, after: null }, true)).toEqual({ kind: 'deleted' });
  });

  it('offers nothing when no state was recorded', () => {
    expect(restoreOffer({ before: null, after: null }, false)).toBeNull();
  });
});
