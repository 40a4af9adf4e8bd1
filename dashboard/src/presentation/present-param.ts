/** The address parameter that turns presentation mode on: `?present=1`. */
export const PRESENT_PARAM = 'present';

/** Whether the query string (with or without its `?`) asks for presentation mode. */
export function isPresenting(search: string): boolean {
  return new URLSearchParams(search).get(PRESENT_PARAM) === '1';
}

/**
 * `href` with `present=1` added (`on`) or removed, its other parameters and its fragment kept as
 * written (`URLSearchParams` would rewrite `countries=ID,PH` as `countries=ID%2CPH`).
 */
export function withPresentation(href: string, on: boolean): string {
  const hashAt = href.indexOf('#');
  const hash = hashAt === -1 ? '' : href.slice(hashAt);
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const searchAt = beforeHash.indexOf('?');
  const path = searchAt === -1 ? beforeHash : beforeHash.slice(0, searchAt);
  const params = searchAt === -1 ? [] : beforeHash.slice(searchAt + 1).split('&');
  const others = params.filter((param) => param !== '' && param.split('=')[0] !== PRESENT_PARAM);
  const query = on ? [...others, `${PRESENT_PARAM}=1`] : others;
  return `${path}${query.length > 0 ? `?${query.join('&')}` : ''}${hash}`;
}
