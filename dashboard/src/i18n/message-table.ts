import type { IntlShape } from 'react-intl';
import type { MessageId } from './message-ids';

/** A table of message ids in the page's language: `{ name: 'countryForm.name' }` → `{ name: 'Name' }`. */
export function formatMessages<K extends string>(
  intl: IntlShape,
  ids: Readonly<Record<K, MessageId>>,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries<MessageId>(ids).map(([key, id]) => [key, intl.formatMessage({ id })]),
  ) as Record<K, string>;
}
