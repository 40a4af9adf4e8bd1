import type { SeedData, SeedFileName } from '../seed/seed-schema';

export const DOCUMENT_FORMAT = 'reintegration-atlas';
export const DOCUMENT_VERSION = 1;
/** What heads the public download (/export/atlas.json) before the records: read, never imported. */
export const CITATION_KEYS = ['name', 'citation', 'citeSourcesNote', 'licence', 'licenceUrl', 'licenceNote'] as const;

/** The kinds of record, in the order they are exported and written (each refers only to earlier ones). */
export const TRANSFER_KINDS = [
  'sources',
  'countries',
  'indicators',
  'statistics',
  'framework',
  'events',
  'programs',
  'practices',
  'outcomes',
] as const satisfies readonly SeedFileName[];

/** The whole dataset in the seed format (records refer to each other by keys and codes, never ids). */
export type AtlasDocument = { format: typeof DOCUMENT_FORMAT; version: typeof DOCUMENT_VERSION } & SeedData;

/** Records to import: any subset of the kinds. */
export type TransferData = Partial<SeedData>;
