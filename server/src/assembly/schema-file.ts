import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { atlasSchema } from './schema';

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', '..', 'shared', 'schema.graphql');

const HEADER = `# The Reintegration Atlas GraphQL schema. Generated from the server code by \`pnpm schema\`:
# do not edit by hand. A test fails when this file is stale.
`;

/** The schema as SDL, sorted so that the committed file changes only when the schema does. */
export async function printAtlasSchema(): Promise<string> {
  return `${HEADER}\n${printSchema(lexicographicSortSchema(await atlasSchema()))}\n`;
}
