import { describe, expect, it } from 'vitest';
import { restoreOffer, undoOffer } from './revision-actions';

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

describe('undoOffer', () => {
  it('offers the state a record’s history began from, before its oldest change', () => {
    expect(undoOffer({ before: { title: 'A' }, after: { title: 'B' } }, { oldest: true })).toEqual({
      state: { title: 'A' },
    });
    expect(undoOffer({ before: { title: 'A' }, after: { title: 'B' } }, { oldest: false })).toBeNull();
  });

  it('offers to undo a creation only where the kind of record can be removed', () => {
    expect(undoOffer({ before: null, after: { value: 1 } }, { oldest: true, removable: true })).toEqual({
      state: null,
    });
    expect(undoOffer({ before: null, after: { value: 1 } }, { oldest: true })).toBeNull();
  });

  it('offers nothing for a deletion: restoring it already brings the record back', () => {
    expect(undoOffer({ before: { value: 1 }, after: null }, { oldest: true, removable: true })).toBeNull();
  });
});
