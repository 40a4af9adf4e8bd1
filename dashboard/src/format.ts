/** Numbers and counts as people read them, the same on every page. */

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
