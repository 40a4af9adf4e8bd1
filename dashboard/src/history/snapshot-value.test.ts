import { describe, expect, it } from 'vitest';
import { ENGLISH_INTL } from '../test-support/in-english';
import { describeValue, fieldName, truncate } from './snapshot-value';

describe('describeValue', () => {
  it('shows empty values as a dash and lists joined', () => {
    expect(describeValue(null)).toBe('—');
    expect(describeValue(undefined)).toBe('—');
    expect(describeValue('')).toBe('—');
    expect(describeValue([])).toBe('(none)');
    expect(describeValue(['HEALTH', 'HOUSING'])).toBe('HEALTH, HOUSING');
    expect(describeValue(2019)).toBe('2019');
    expect(describeValue(false)).toBe('false');
  });

  it('truncates long texts, flattening their line breaks', () => {
    const text = `${'word '.repeat(40)}\n\nend`;
    const shown = describeValue(text, 30);
    expect(shown).toHaveLength(30);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).not.toContain('\n');
  });

  it('names the values a label function knows, in lists too', () => {
    const label = (text: string) => (text === 'HEALTH' ? 'Health' : text);
    expect(describeValue(['HEALTH', 'OTHER'], 80, label)).toBe('Health, OTHER');
  });

  it('writes other values as compact JSON', () => {
    expect(describeValue({ a: 1 })).toBe('{"a":1}');
  });
});

describe('truncate', () => {
  it('keeps short texts whole', () => {
    expect(truncate('Short', 10)).toBe('Short');
  });
});

describe('fieldName', () => {
  it('turns field names into words', () => {
    expect(fieldName(ENGLISH_INTL, 'rejectionReason')).toBe('Rejection reason');
    expect(fieldName(ENGLISH_INTL, 'title')).toBe('Title');
    expect(fieldName(ENGLISH_INTL, 'sourceIds')).toBe('Sources');
  });
});
