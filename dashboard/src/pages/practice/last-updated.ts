import type { IntlShape } from 'react-intl';
import { formatDateRange } from '../../format';

/**
 * How current a practice is, as its page says it: the last change a person made through the Atlas
 * ("Last updated 3 December 2026"); for a practice as the seed or an import wrote it (no such change),
 * the date of its newest source ("Source dated 27 August 2019"); nothing when neither is known.
 */
export function howCurrent(
  intl: IntlShape,
  practice: {
    lastEditedAt: string | null;
    sources: readonly { publishedOn: string | null }[];
  },
): { label: string; dateTime: string; date: string } | null {
  if (practice.lastEditedAt) {
    // The day where the reader is, as the history shows its times.
    const day = new Date(practice.lastEditedAt).toLocaleDateString('en-CA');
    return {
      label: intl.formatMessage({ id: 'practice.lastUpdated' }),
      dateTime: practice.lastEditedAt,
      date: formatDateRange(intl.locale, day),
    };
  }
  const newest = practice.sources
    .map((source) => source.publishedOn)
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1);
  return newest
    ? {
        label: intl.formatMessage({ id: 'practice.sourceDated' }),
        dateTime: newest,
        date: formatDateRange(intl.locale, newest),
      }
    : null;
}
