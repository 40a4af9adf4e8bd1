import { describe, expect, it } from 'vitest';
import { changedFields, mergeEdits, type FieldLabels } from './changed-fields';

interface Values {
  name: string;
  summary: string;
  components: { key: string; name: string }[];
}
const labels: FieldLabels<Values> = { name: 'Name', summary: 'Summary', components: 'Components' };
const loaded: Values = { name: 'LDAP', summary: 'Loans.', components: [{ key: 'item-1', name: 'Loans' }] };

describe('changedFields', () => {
  it('names the fields that differ, ignoring the list keys of the form', () => {
    const latest = { ...loaded, summary: 'Loans and grants.', components: [{ key: 'item-9', name: 'Loans' }] };
    expect(changedFields(loaded, latest, labels)).toEqual(['Summary']);
    expect(changedFields(loaded, loaded, labels)).toEqual([]);
  });
});

describe('mergeEdits', () => {
  it('keeps the fields edited here and takes the others from the latest state', () => {
    const edited = { ...loaded, name: 'Livelihood Development Assistance Program' };
    const latest = { ...loaded, name: 'L-DAP', summary: 'Loans and grants.' };
    expect(mergeEdits(loaded, edited, latest, labels)).toEqual({
      ...loaded,
      name: 'Livelihood Development Assistance Program',
      summary: 'Loans and grants.',
    });
  });
});
