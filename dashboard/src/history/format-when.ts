const formats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date-time as people read it in `locale`, in their own time zone ("3 Dec 2026, 10:15"; "3 Des 2026, 10.15"). */
export function formatDateTime(locale: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // en-GB rather than en: day before month, as format.ts writes dates in both languages.
  const tag = locale === 'en' ? 'en-GB' : locale;
  let format = formats.get(tag);
  if (!format) formats.set(tag, (format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' })));
  return format.format(date);
}
