import type { TestAtlas } from './test-atlas';

/** Restores a revision as the holder of `token`; the answer holds `fields` of the restored `typeName`. */
export function restoreRevision<T>(atlas: TestAtlas, id: string, typeName: string, fields: string, token: string) {
  return atlas.graphql<{ restoreRevision: T }>(
    `mutation($id: ID!) { restoreRevision(id: $id) { ... on ${typeName} { ${fields} } } }`,
    { id },
    token,
  );
}
