import { describe, expect, it } from 'vitest';
import { ENGLISH_INTL } from '../test-support/in-english';
import { recordedStatus, valueLabel } from './vocabulary-labels';

describe('valueLabel', () => {
  it('names the vocabulary values of the fields that hold them', () => {
    expect(valueLabel('evidenceLevel', 'EVALUATED')).toBe('Evaluated');
    expect(valueLabel('status', 'IN_REVIEW')).toBe('In review');
    expect(valueLabel('status', 'DISCONTINUED')).toBe('Discontinued');
  });

  it('leaves other texts as they are', () => {
    expect(valueLabel('title', 'EVALUATED')).toBe('EVALUATED');
    expect(valueLabel('themes', 'NOT_A_THEME')).toBe('NOT_A_THEME');
  });
});

describe('recordedStatus', () => {
  it('gives the status of a recorded state in words, or null', () => {
    expect(recordedStatus(ENGLISH_INTL, { status: 'ARCHIVED' })).toBe('Archived');
    expect(recordedStatus(ENGLISH_INTL, { title: 'No status' })).toBeNull();
  });
});
