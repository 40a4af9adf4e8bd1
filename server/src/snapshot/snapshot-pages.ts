import type { PublicApi } from '../headless/public-api';

const PAGE = 'first: 100, after: $after';

/**
 * The dashboard's pages a snapshot holds, without their language prefix: the overview, the
 * practice browser, the comparison (of every member state: any selection is taken from it), what
 * the figures measure, what the Atlas holds per member state, and every member state, programme, published practice and indicator.
 * Pages for editors (forms, review, history) and sign-in are not part of it.
 */
export async function snapshotPages(api: PublicApi): Promise<{ pages: string[]; countryCodes: string[] }> {
  const { countries, indicators } = await api.ask<{ countries: { code: string }[]; indicators: { code: string }[] }>(
    '{ countries { code } indicators { code } }',
  );
  const [programs, practices] = await Promise.all([
    api.everyNode<{ id: string }>(
      'programs',
      `query($after: String) { programs(${PAGE}) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
    ),
    api.everyNode<{ id: string }>(
      'practices',
      `query($after: String) { practices(${PAGE}) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
    ),
  ]);
  const countryCodes = countries.map((country) => country.code);
  const pages = [
    '/',
    '/practices',
    `/compare?countries=${countryCodes.join(',')}`,
    '/indicators',
    '/coverage',
    ...countryCodes.map((code) => `/countries/${code}`),
    ...programs.map((program) => `/programs/${program.id}`),
    ...practices.map((practice) => `/practices/${practice.id}`),
    ...indicators.map((indicator) => `/indicators/${encodeURIComponent(indicator.code)}`),
  ];
  return { pages, countryCodes };
}
