import { DATA_FORMAT, DATA_FORMAT_VERSION } from '../../about/about';
import type { SeedData, SeedFileName } from '../seed/seed-schema';
import type { TranslationRecord } from './translations';

export const DOCUMENT_FORMAT = DATA_FORMAT;
export const DOCUMENT_VERSION = DATA_FORMAT_VERSION;
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
  'studies',
] as const satisfies readonly SeedFileName[];

/** The whole dataset in the seed format (records refer to each other by keys and codes, never ids). */
export type AtlasDocument = { format: typeof DOCUMENT_FORMAT; version: typeof DOCUMENT_VERSION } & SeedData & {
    /** After every other kind: they refer to programmes, events and practices (transfer/translations.ts). */
    translations: TranslationRecord[];
  };

/** Records to import: any subset of the kinds. */
export type TransferData = Partial<SeedData> & { translations?: TranslationRecord[] };
