import { describe, expect, it } from 'vitest';
import { inputPathLabel } from './problem-labels';

const fields = { name: 'Name', sourceIds: 'Sources' };
const lists = { components: { item: 'Component', fields: { name: 'Name', description: 'Description' } } };

describe('inputPathLabel', () => {
  it('names a field, an item of a list of values, and a field of an item of a list', () => {
    expect(inputPathLabel('input.name', fields, lists)).toBe('Name');
    expect(inputPathLabel('input.sourceIds[1]', fields, lists)).toBe('Sources 2');
    expect(inputPathLabel('input.components[0].description', fields, lists)).toBe('Component 1 › Description');
  });

  it('leaves alone what it does not know', () => {
    expect(inputPathLabel('expectedVersion', fields, lists)).toBeUndefined();
    expect(inputPathLabel('input.partners[2]', fields, lists)).toBeUndefined();
    expect(inputPathLabel('input.name.first', fields, lists)).toBeUndefined();
  });
});
