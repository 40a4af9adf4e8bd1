import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { ENGLISH } from '../test-support/in-english';
import { recordedStatus, valueLabel } from './vocabulary-labels';

const intl = createIntl({ locale: 'en', messages: ENGLISH });

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
    expect(recordedStatus(intl, { status: 'ARCHIVED' })).toBe('Archived');
    expect(recordedStatus(intl, { title: 'No status' })).toBeNull();
  });
});
