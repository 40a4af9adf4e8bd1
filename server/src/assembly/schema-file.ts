import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { atlasSchema } from './schema';

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', '..', 'shared', 'schema.graphql');

const HEADER = `# The Reintegration Atlas GraphQL schema. Generated from the server code by \`pnpm schema\`:
# do not edit by hand. A test fails when this file is stale. Types, fields and arguments are sorted
# by name; the values of each enum keep the order the code declares, which is meaningful for a
# scale (EvidenceLevel, weakest first).
`;

const ENUM_BLOCK = /^enum (\w+) \{\n[\s\S]*?\n\}$/gm;

/**
 * The schema as SDL, sorted so that the committed file changes only when the schema does, except
 * for enum values: code generated from the file keeps their declared order.
 */
export async function printAtlasSchema(): Promise<string> {
  const schema = await atlasSchema();
  const declared = new Map([...printSchema(schema).matchAll(ENUM_BLOCK)].map((m) => [m[1]!, m[0]]));
  const sorted = printSchema(lexicographicSortSchema(schema)).replace(
    ENUM_BLOCK,
    (block, name: string) => declared.get(name) ?? block,
  );
  return `${HEADER}\n${sorted}\n`;
}
