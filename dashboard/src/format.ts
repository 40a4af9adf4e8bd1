/**
 * Numbers and dates as people read them in the page's language, the same on every page. Each
 * takes the active locale first: `useIntl().locale` in a component.
 */

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** A figure in full (`34,913,340,000`, `12,345.68`; `12.345,68` in Indonesian): tables, tooltips, text. */
export function formatValue(locale: string, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A figure for an axis tick (`34.9B`, `34,9 M`): short enough for a phone, whatever the unit. */
export function formatTick(locale: string, value: number): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A figure for a big screen: `34.9 billion` (`34,9 miliar`) from a million on, else in full. */
export function formatHeadline(locale: string, value: number): string {
  return Math.abs(value) >= 1_000_000
    ? numberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(value)
    : formatValue(locale, value);
}

interface PartialDate {
  year: string;
  month?: string;
  day?: number;
}

function parts(locale: string, iso: string): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!match) return null;
  const month = match[2]
    ? new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, Number(match[2]) - 1))
    : undefined;
  return { year: match[1] ?? '', month, day: match[3] ? Number(match[3]) : undefined };
}

function whole(date: PartialDate): string {
  return [date.day, date.month, date.year].filter(Boolean).join(' ');
}

/**
 * An ISO 8601 date, possibly partial (`2019`, `2019-08`, `2019-08-27`), in words; a range when an end
 * date is given, shortened where the two share a month or a year ("27–28 August 2019", "27–28 Agustus
 * 2019"). Day, month, year: the order of both our languages (Intl's `formatRange` would space the
 * English dash and write US order for `en`).
 */
export function formatDateRange(locale: string, start: string, end?: string | null): string {
  const from = parts(locale, start);
  if (!from) return end ? `${start} – ${end}` : start;
  const to = end ? parts(locale, end) : null;
  if (!to || whole(to) === whole(from)) return whole(from);
  if (from.year === to.year && from.day && to.day) {
    if (from.month === to.month) return `${from.day}–${to.day} ${to.month} ${to.year}`;
    return `${from.day} ${from.month} – ${to.day} ${to.month} ${to.year}`;
  }
  return `${whole(from)} – ${whole(to)}`;
}

/**
 * Items joined as a sentence lists them: `Indonesia, Philippines and Viet Nam`, `Indonesia, Filipina,
 * dan Viet Nam`. British English, as the Atlas writes (`en` alone would add a serial comma).
 */
export function formatList(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' }).format(items);
}

/**
 * A moment to the minute, in the reader's time zone: `4 Dec 2026, 20:15`, `4 Des 2026, 20.15`.
 * British English, as formatList.
 */
export function formatDateTime(locale: string, moment: Date): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(moment);
}
