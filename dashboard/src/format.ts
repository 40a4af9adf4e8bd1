/** Numbers, counts and dates as people read them, the same on every page. */

const EXACT = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const COMPACT = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** A figure in full (`34,913,340,000`, `12,345.68`): tables, tooltips, text. */
export function formatValue(value: number): string {
  return EXACT.format(value);
}

/** A figure for an axis tick (`34.9B`): short enough for a phone, whatever the unit. */
export function formatTick(value: number): string {
  return COMPACT.format(value);
}

/** `1 practice`, `52 practices`. */
export function plural(count: number, one: string, many: string): string {
  return `${formatValue(count)} ${count === 1 ? one : many}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface PartialDate {
  year: string;
  month?: string;
  day?: number;
}

function parts(iso: string): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!match) return null;
  const month = match[2] ? MONTHS[Number(match[2]) - 1] : undefined;
  return { year: match[1] ?? '', month, day: match[3] ? Number(match[3]) : undefined };
}

function whole(date: PartialDate): string {
  return [date.day, date.month, date.year].filter(Boolean).join(' ');
}

/**
 * An ISO 8601 date, possibly partial (`2019`, `2019-08`, `2019-08-27`), in words; a range when an end
 * date is given, shortened where the two share a month or a year ("27–28 August 2019").
 */
export function formatDateRange(start: string, end?: string | null): string {
  const from = parts(start);
  if (!from) return end ? `${start} – ${end}` : start;
  const to = end ? parts(end) : null;
  if (!to || whole(to) === whole(from)) return whole(from);
  if (from.year === to.year && from.day && to.day) {
    if (from.month === to.month) return `${from.day}–${to.day} ${to.month} ${to.year}`;
    return `${from.day} ${from.month} – ${to.day} ${to.month} ${to.year}`;
  }
  return `${whole(from)} – ${whole(to)}`;
}
