import fs from 'node:fs';
import path from 'node:path';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Lexer,
  parse,
  Source,
  TokenKind,
  typeFromAST,
  validate,
  visit,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { expect, it } from 'vitest';
import { atlasSchema } from '@atlas/server/src/assembly/schema';
import { DEFAULT_LIMITS } from '@atlas/server/src/limits/limits-config';
import { estimateCost } from '@atlas/server/src/limits/query-cost';

const DASHBOARD_SOURCE = path.resolve(__dirname, '..', '..', 'dashboard', 'src');

/** Every GraphQL document the dashboard sends: the graphql(`…`) literals of its source. */
function dashboardDocuments(): { file: string; text: string }[] {
  const files = (fs.readdirSync(DASHBOARD_SOURCE, { recursive: true }) as string[]).filter(
    (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file),
  );
  return files.flatMap((file) =>
    [...fs.readFileSync(path.join(DASHBOARD_SOURCE, file), 'utf8').matchAll(/graphql\(\s*`([^`]+)`/g)].map((match) => ({
      file,
      text: match[1]!,
    })),
  );
}

function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** A value of the type, as small as it may be: the page size `first` at its maximum (100). */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, sampleValue(field.type, field.name)]));
  }
  if (type.name === 'Int') return name === 'first' ? 100 : 1;
  if (type.name === 'Float') return 1;
  if (type.name === 'Boolean') return true;
  return 'x';
}

/** Variables for every variable the operation declares. */
function sampleVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  visit(document, {
    VariableDefinition: (definition) => {
      const type = typeFromAST(schema, definition.type) as GraphQLInputType;
      variables[definition.variable.name.value] = sampleValue(type, definition.variable.name.value);
    },
  });
  return variables;
}

/** Measures with graphql-armor's own counting (the rules the server applies), recording instead of refusing. */
function measured(rule: typeof maxDepthRule | typeof maxAliasesRule, into: number[]): ValidationRule {
  return rule({ n: 1_000_000, onAccept: [(_context, details: { n: number }) => into.push(details.n)] });
}

it("keeps every document of the dashboard well within the API's limits", async () => {
  const schema = await atlasSchema();
  const documents = dashboardDocuments();
  expect(documents.length).toBeGreaterThan(20);
  const worst = { depth: 0, aliases: 0, tokens: 0, bytes: 0, cost: 0 };
  for (const { file, text } of documents) {
    const document = parse(text);
    const depths: number[] = [];
    const aliases: number[] = [];
    expect(
      validate(schema, document, [measured(maxDepthRule, depths), measured(maxAliasesRule, aliases)]),
      file,
    ).toEqual([]);
    const cost = estimateCost(schema, document, sampleVariables(schema, document));
    expect(cost, file).not.toBeNull();
    worst.depth = Math.max(worst.depth, ...depths);
    worst.aliases = Math.max(worst.aliases, ...aliases);
    worst.tokens = Math.max(worst.tokens, tokenCount(text));
    worst.bytes = Math.max(worst.bytes, Buffer.byteLength(text));
    worst.cost = Math.max(worst.cost, cost!);
  }
  console.log(`dashboard documents: ${documents.length}, the largest of each measure: ${JSON.stringify(worst)}`);
  // Half of each limit at most: room for the dashboard to grow, and for researchers' larger queries.
  expect(worst.depth).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth / 2 + 1);
  expect(worst.aliases).toBeLessThanOrEqual(DEFAULT_LIMITS.maxAliases / 2);
  expect(worst.tokens).toBeLessThanOrEqual(DEFAULT_LIMITS.maxTokens / 2);
  expect(worst.bytes).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDocumentBytes / 2);
  expect(worst.cost).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost / 2);
});
