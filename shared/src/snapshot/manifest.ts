/**
 * The format of a static snapshot of the Atlas (`pnpm cli snapshot`): what the command writes and
 * what the dashboard reads when it runs from the snapshot's folder instead of against the API.
 */

/** `<meta name="atlas-snapshot" content="{SnapshotMeta as JSON}">` in every page of a snapshot. */
export const SNAPSHOT_META_NAME = 'atlas-snapshot';

/** Where the manifest is, from the snapshot folder's root. */
export const SNAPSHOT_MANIFEST_PATH = 'snapshot/manifest.json';

/** What a page of the snapshot knows before it fetches anything. */
export interface SnapshotMeta {
  /** When the snapshot was taken (ISO 8601): the date of its data. */
  takenAt: string;
  /** The languages its pages are in (`en`, `id`). */
  languages: string[];
  /** The live Atlas's public address, when the command was given one. */
  site: string | null;
}

export interface SnapshotManifest extends SnapshotMeta {
  /** How many pages the snapshot holds (per language). */
  pages: number;
  /**
   * The API's answers the pages asked for while the snapshot was taken, by `answerKey`: a file
   * under `snapshot/`.
   */
  answers: Record<string, string>;
  /** The comparison of every member state (the `Comparison` operation), from which any selection is taken. */
  comparison: string | null;
  /** The published practices for the practice browser (`SnapshotPractices`), per language: a file under `snapshot/`. */
  practices: Record<string, string>;
}

/** The key of a recorded answer: the operation's name and its variables exactly as the GET request carried them. */
export function answerKey(operationName: string, variables: string | null): string {
  return `${operationName} ${variables ?? '{}'}`;
}

/** The published practices as the practice browser reads them from a snapshot, in one language. */
export interface SnapshotPractices {
  /** Every published practice's facet columns (`FACET_ROW_COLUMNS`), its author left out. */
  rows: Record<string, number | string | null>[];
  /** The global ID of each row's practice. */
  globalIds: string[];
  /** Per `PracticeOrder`, the global IDs of the published practices in that order (as the API sorts them). */
  orders: Record<string, string[]>;
  /**
   * Per `PracticeOrder`, the API's keyset cursor of each practice of `orders`, at the same place:
   * the browser's pages hand out the API's own cursors, and read them back by finding them here.
   */
  cursors: Record<string, string[]>;
  /** The member states: database id (the rows' `country_id`), code and name. */
  countries: { id: number; code: string; name: string }[];
  /** The programmes with practices: database id (the rows' `program_id`), global ID, name, acronym. */
  programs: { id: number; globalId: string; name: string; acronym: string | null }[];
  /** Per practice global ID, the practice as the browser's `PracticeList` query selects it. */
  nodes: Record<string, unknown>;
}
