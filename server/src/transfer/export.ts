import type { EntityManager } from '@mikro-orm/knex';
import type { AtlasOrm } from '../db/orm';
import type { SeedData, SeedFileName } from '../seed/seed-schema';
import { loadStoredAtlas, recordOf, type StoredAtlas } from './atlas-records';
import { canonicalList } from './canonical';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, TRANSFER_KINDS, type AtlasDocument } from './document';

/** The whole dataset as one JSON document, byte-identical for the same data (ends with a newline). */
export async function exportAtlas(orm: AtlasOrm): Promise<string> {
  // One transaction: a consistent snapshot even while others write.
  const stored = await (orm.em.fork() as EntityManager).transactional((em) => loadStoredAtlas(em as EntityManager));
  return `${JSON.stringify(atlasDocument(stored), null, 2)}\n`;
}

export function atlasDocument(stored: StoredAtlas): AtlasDocument {
  const document = { format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION } as AtlasDocument;
  for (const kind of TRANSFER_KINDS) setKind(document, kind, storedRecords(stored, kind));
  return document;
}

/** The canonical, sorted records of one kind as stored. */
export function storedRecords<K extends SeedFileName>(stored: StoredAtlas, kind: K): SeedData[K] {
  const toRecord = recordOf[kind] as (entity: StoredAtlas[K][number]) => SeedData[K][number];
  return canonicalList(kind, (stored[kind] as StoredAtlas[K][number][]).map(toRecord) as SeedData[K]);
}

function setKind<K extends SeedFileName>(document: AtlasDocument, kind: K, records: SeedData[K]): void {
  (document as SeedData)[kind] = records;
}
