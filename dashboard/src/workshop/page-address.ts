import { useLocation, useRouter, useSearch } from 'wouter';

/** This page's path with its language prefix and query string: `/id/countries/ID`, `/en/practices?theme=…`. */
export function usePagePath(): string {
  const [location] = useLocation();
  const { base } = useRouter();
  const search = useSearch();
  const path = base && location === '/' ? base : `${base}${location}`;
  return `${path}${search ? `?${search}` : ''}`;
}

/** Whether an address at `hostname` opens on this computer only (localhost, 127.x.x.x, ::1). */
export function isThisComputer(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127\.\d+\.\d+\.\d+$/.test(hostname)
  );
}
