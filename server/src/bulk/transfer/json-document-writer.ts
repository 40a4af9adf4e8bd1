import type { SeedFileName, SeedRecord } from '../seed/seed-schema';
import { canonicalEntries } from './canonical';

/**
 * Writes `{ "format": …, "sources": [ … ], … }` chunk by chunk, byte for byte as
 * `JSON.stringify(document, null, 2)` would: each page of a kind is sorted into canonical order
 * (pages come in the order of the kind's first sort field, so the whole kind is too), then appended.
 */
export class JsonDocumentWriter {
  start(header: Record<string, unknown>): string {
    return `{${Object.entries(header)
      .map(([name, value], index) => `${index ? ',' : ''}\n  ${JSON.stringify(name)}: ${indent(value, '  ')}`)
      .join('')}`;
  }

  /** A kind's records; with `globalId`, each record starts with its `id` (the API's global ID). */
  async *kind<K extends SeedFileName, E>(
    kind: K,
    pages: AsyncIterable<E[]>,
    toRecord: (entity: E) => SeedRecord<K>,
    globalId?: (entity: E) => string,
  ): AsyncGenerator<string> {
    yield `,\n  ${JSON.stringify(kind)}: [`;
    let written = 0;
    for await (const entities of pages) {
      const records = canonicalEntries(kind, entities, toRecord).map(({ item, record }) =>
        globalId ? { id: globalId(item), ...record } : record,
      );
      if (records.length === 0) continue;
      yield records.map((record, index) => `${written + index ? ',' : ''}\n    ${indent(record, '    ')}`).join('');
      written += records.length;
    }
    yield written ? '\n  ]' : ']';
  }

  /** A list of records already in canonical form and order, whole. */
  list(name: string, records: unknown[]): string {
    return `,\n  ${JSON.stringify(name)}: ${indent(records, '  ')}`;
  }

  end(): string {
    return '\n}\n';
  }
}

function indent(value: unknown, by: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${by}`);
}
