import { describe, expect, it } from 'vitest';
import { ENGLISH_INTL } from '../test-support/in-english';
import { recordedStatus, valueName } from './vocabulary-labels';

describe('valueName', () => {
  it('names the vocabulary values of the fields that hold them', () => {
    expect(valueName(ENGLISH_INTL, 'evidenceLevel', 'EVALUATED')).toBe('Evaluated');
    expect(valueName(ENGLISH_INTL, 'status', 'IN_REVIEW')).toBe('In review');
    expect(valueName(ENGLISH_INTL, 'status', 'DISCONTINUED')).toBe('Discontinued');
  });

  it('leaves other texts as they are', () => {
    expect(valueName(ENGLISH_INTL, 'title', 'EVALUATED')).toBe('EVALUATED');
    expect(valueName(ENGLISH_INTL, 'themes', 'NOT_A_THEME')).toBe('NOT_A_THEME');
  });
});

describe('recordedStatus', () => {
  it('gives the status of a recorded state in words, or null', () => {
    expect(recordedStatus(ENGLISH_INTL, { status: 'ARCHIVED' })).toBe('Archived');
    expect(recordedStatus(ENGLISH_INTL, { title: 'No status' })).toBeNull();
  });
});
