import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../test-support/in-english';
import { foldLineProblems, problemLabels } from './form-problems';

const english = createIntl({ locale: 'en', messages: ENGLISH });

describe('the problems of the practice form', () => {
  it('names each field as the form labels it', () => {
    const problems = {
      fields: { 'input.body': 'must not be empty', 'input.sources[1].publishedOn': 'must be an ISO date' },
      conflict: null,
      message: null,
    };
    expect(problemLabels(english, problems)).toEqual({
      'input.body': 'Description',
      'input.sources[1].publishedOn': 'Source 2: date published',
    });
  });

  it('shows a problem with one partner beside the partners field, naming its line', () => {
    const folded = foldLineProblems(english, {
      fields: { 'input.partners[0]': 'must not be empty', 'input.partners[3]': 'at most 200 characters' },
      conflict: null,
      message: null,
    });
    expect(folded.fields).toEqual({
      'input.partners': 'line 1: must not be empty; line 4: at most 200 characters',
    });
  });
});
