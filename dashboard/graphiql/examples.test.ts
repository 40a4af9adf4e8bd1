import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './examples';

// The examples against the schema file: a renamed field fails here before it fails a researcher.
// test/e2e/graphiql.e2e.test.ts also runs each one against the seeded server.
const schema = buildSchema(
  fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'shared', 'schema.graphql'), 'utf8'),
);

describe.each(EXAMPLES)('the $name example', (example) => {
  it('is one named, commented, valid operation with JSON variables', () => {
    const document = parse(example.query);
    expect(validate(schema, document)).toEqual([]);
    const operations = document.definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
    );
    expect(operations.map((operation) => operation.name?.value)).toEqual([example.name]);
    expect(example.query).toMatch(/^# /);
    if (example.variables) expect(JSON.parse(example.variables)).toBeTypeOf('object');
  });
});

it('gives every example its own name', () => {
  expect(new Set(EXAMPLES.map((example) => example.name)).size).toBe(EXAMPLES.length);
});
