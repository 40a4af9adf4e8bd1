import { describe, expect, it } from 'vitest';
import { checkInput } from './input-problems';
import { isTranslatableType, translatableField, translationInputSchema } from './translation-input';

const problems = (value: unknown) =>
  Object.fromEntries(checkInput(translationInputSchema, value).problems.map(({ path, message }) => [path, message]));

describe('translations', () => {
  it('names an unknown language and an empty text', () => {
    expect(problems({ recordId: 'UHJhY3RpY2U6MQ', field: 'summary', language: 'xx', text: '  ' })).toEqual({
      'input.language': expect.stringContaining('en, id, ms'),
      'input.text': 'required',
    });
    expect(problems({ recordId: 'UHJhY3RpY2U6MQ', field: 'summary', language: 'id', text: 'Ringkasan.' })).toEqual({});
  });

  it('knows the translatable fields of each kind, each with the rule of the field itself', () => {
    expect(isTranslatableType('Practice')).toBe(true);
    expect(isTranslatableType('Country')).toBe(false);
    expect(isTranslatableType('constructor')).toBe(false);
    expect(translatableField('Indicator', 'unit')).toBeDefined();
    expect(translatableField('Practice', 'year')).toBeUndefined();
    expect(translatableField('Practice', 'toString')).toBeUndefined();
    const title = translatableField('Practice', 'title')!;
    expect(checkInput(title, 'x'.repeat(301), 'input.text').problems).toEqual([
      { path: 'input.text', message: 'at most 300 characters' },
    ]);
  });
});
