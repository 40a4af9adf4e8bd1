import { SNAPSHOT } from '../snapshot/snapshot-meta';

declare global {
  interface Window {
    /** The Atlas's public address, set by `pnpm cli print --site`, which reads the page from a local one. */
    atlasPublicOrigin?: string;
  }
}

/**
 * This page's address online, language prefix and selection included: what a printed page cites
 * (in a snapshot given the live Atlas's address, the page there).
 */
export function pageAddress(): string {
  const { origin, pathname, search } = window.location;
  return `${window.atlasPublicOrigin ?? SNAPSHOT?.site ?? origin}${pathname}${search}`;
}
