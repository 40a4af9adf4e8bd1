import { SNAPSHOT_META_NAME, type SnapshotMeta } from '@atlas/shared';

/**
 * When the dashboard runs from a snapshot's folder (`pnpm cli snapshot`), what its page says of the
 * snapshot (`<meta name="atlas-snapshot">`); null when it runs against the Atlas.
 */
export function readSnapshotMeta(document: Document): SnapshotMeta | null {
  const content = document.querySelector(`meta[name="${SNAPSHOT_META_NAME}"]`)?.getAttribute('content');
  return content ? (JSON.parse(content) as SnapshotMeta) : null;
}

export const SNAPSHOT: SnapshotMeta | null = typeof document === 'undefined' ? null : readSnapshotMeta(document);
