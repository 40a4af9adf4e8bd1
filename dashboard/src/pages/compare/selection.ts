/** The most member states one comparison can hold (all of ASEAN). */
export const MAX_COUNTRIES = 11;

/** The countries of `/compare?countries=ID,PH,VN`, checked against the member states. */
export interface Selection {
  /** Valid, distinct ISO codes, in the order of the query string. */
  codes: string[];
  /** Codes that are not member states, as written. */
  unknown: string[];
  /** Codes given more than once (kept once). */
  duplicates: string[];
  /** Valid codes left out past the limit. */
  overLimit: string[];
}

/** The raw codes of the `countries` parameter, upper-cased, blanks dropped. */
export function requestedCodes(search: string): string[] {
  return (new URLSearchParams(search).get('countries') ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
}

export function parseSelection(search: string, memberCodes: readonly string[]): Selection {
  const known = new Set(memberCodes);
  const selection: Selection = { codes: [], unknown: [], duplicates: [], overLimit: [] };
  for (const raw of requestedCodes(search)) {
    const code = raw.toUpperCase();
    if (!known.has(code)) selection.unknown.push(raw);
    else if (selection.codes.includes(code)) {
      if (!selection.duplicates.includes(code)) selection.duplicates.push(code);
    } else if (selection.codes.length >= MAX_COUNTRIES) selection.overLimit.push(code);
    else selection.codes.push(code);
  }
  return selection;
}

/** The compare page for these countries, in this order. */
export function compareHref(codes: readonly string[]): string {
  return codes.length > 0 ? `/compare?countries=${codes.map(encodeURIComponent).join(',')}` : '/compare';
}
