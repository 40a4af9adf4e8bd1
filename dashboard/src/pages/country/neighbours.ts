/**
 * ASEAN member states sharing a land or sea border with each member state (ISO 3166-1 alpha-2):
 * the default "compare with its neighbours" set.
 */
export const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  BN: ['MY'],
  KH: ['TH', 'LA', 'VN'],
  ID: ['MY', 'SG', 'PH', 'TL'],
  LA: ['TH', 'VN', 'KH', 'MM'],
  MY: ['ID', 'TH', 'SG', 'BN', 'PH'],
  MM: ['TH', 'LA'],
  PH: ['ID', 'MY'],
  SG: ['MY', 'ID'],
  TH: ['MY', 'KH', 'LA', 'MM'],
  TL: ['ID'],
  VN: ['KH', 'LA'],
};

/** The compare page for a country and, where it has any, its ASEAN neighbours. */
export function compareHref(codes: readonly string[]): string {
  return `/compare?countries=${codes.join(',')}`;
}
