import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../test-support/in-english';
import { howCurrent } from './last-updated';

const english = createIntl({ locale: 'en', messages: ENGLISH });

describe('howCurrent', () => {
  it('gives the last change by a person when there is one', () => {
    expect(
      howCurrent(english, { lastEditedAt: '2026-12-03T12:00:00.000Z', sources: [{ publishedOn: '2019-08-27' }] }),
    ).toEqual({
      label: 'Last updated',
      dateTime: '2026-12-03T12:00:00.000Z',
      date: '3 December 2026',
    });
  });

  it('gives the date of the newest source of a practice as the seed wrote it', () => {
    expect(
      howCurrent(english, {
        lastEditedAt: null,
        sources: [{ publishedOn: '2018' }, { publishedOn: '2019-08-27' }, { publishedOn: null }],
      }),
    ).toEqual({ label: 'Source dated', dateTime: '2019-08-27', date: '27 August 2019' });
    expect(howCurrent(english, { lastEditedAt: null, sources: [{ publishedOn: '2021-03' }] })?.date).toBe('March 2021');
  });

  it('says nothing when neither is known', () => {
    expect(howCurrent(english, { lastEditedAt: null, sources: [{ publishedOn: null }] })).toBeNull();
  });
});
