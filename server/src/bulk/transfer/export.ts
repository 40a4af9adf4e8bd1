import { dialectOf, type AtlasOrm } from '../../db/orm';
import { atlasChunks, atlasText, COMPLETE_SCOPE } from './atlas-stream';

/**
 * The whole dataset as one JSON document, byte-identical for the same data (ends with a newline),
 * in chunks read page by page from one consistent snapshot (`pnpm cli export` streams them).
 */
export function exportChunks(orm: AtlasOrm): AsyncGenerator<string> {
  return atlasChunks(orm, dialectOf(orm), { scope: COMPLETE_SCOPE, snapshot: true });
}

/** The same document as one string. */
export function exportAtlas(orm: AtlasOrm): Promise<string> {
  return atlasText(exportChunks(orm));
}
