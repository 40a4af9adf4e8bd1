/** Names a snapshot's fields and values compactly, for the "Show changes" list of a revision. */
import type { IntlShape } from 'react-intl';
import type { MessageId } from '../i18n/message-ids';

/** A field's name in words: `rejectionReason` → "Rejection reason". */
function nameInWords(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A recorded field in `intl`'s language (`history.field.<name>`), else its name in words. */
export function fieldName(intl: IntlShape, field: string): string {
  const id = `history.field.${field}` as MessageId;
  return intl.messages[id] === undefined ? nameInWords(field) : intl.formatMessage({ id });
}

/** Shortens a text to `max` characters, ending it with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A recorded value in a few words: empty as "—", lists joined, long texts truncated; `label` names
 * the texts that stand for something (vocabulary values).
 */
export function describeValue(
  value: unknown,
  max = 80,
  label: (text: string) => string = (text) => text,
  none = '(none)',
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return none;
    return truncate(value.map((item) => describeValue(item, max, label, none)).join(', '), max);
  }
  if (typeof value === 'string') return truncate(label(value), max);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return truncate(JSON.stringify(value), max);
}
