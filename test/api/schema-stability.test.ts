import fs from 'node:fs';
import path from 'node:path';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '@atlas/server/src/about/about';

/**
 * The schema's stability, as researchers code against it: graphql-inspector's diff between the
 * schema of the last release (shared/schema-releases/<version>.graphql) and the schema of the code
 * (shared/schema.graphql, itself checked against the code by the server's schema test). A breaking
 * change passes only after a deprecation period: the element was `@deprecated` in the last release,
 * and CHANGELOG.md names it under the version that removes it.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const RELEASES = path.join(ROOT, 'shared', 'schema-releases');
const CHANGELOG = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');

const byVersion = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  return x!.map((part, i) => part - y![i]!).find((d) => d !== 0) ?? 0;
};
const releases = fs
  .readdirSync(RELEASES)
  .filter((file) => /^\d+\.\d+\.\d+\.graphql$/.test(file))
  .map((file) => file.replace(/\.graphql$/, ''))
  .sort(byVersion);
const lastRelease = releases.at(-1)!;
const schemaOf = (file: string) => buildSchema(fs.readFileSync(file, 'utf8'));

/** Whether the element at `path` (`Type.field`, `Type.field.arg`, `Enum.VALUE`) was deprecated in `schema`. */
function deprecatedIn(schema: GraphQLSchema, elementPath: string): boolean {
  const [typeName, member, argument] = elementPath.split('.');
  const type = schema.getType(typeName ?? '');
  if (!type || !member) return false;
  if (isEnumType(type)) return Boolean(type.getValue(member)?.deprecationReason);
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (!argument) return Boolean(field?.deprecationReason);
    return Boolean(field?.args.find((a) => a.name === argument)?.deprecationReason);
  }
  if (isInputObjectType(type)) return Boolean(type.getFields()[member]?.deprecationReason);
  return false;
}

/** The CHANGELOG's section for `version`: from its heading to the next. */
function changelogOf(version: string): string {
  const start = CHANGELOG.indexOf(`\n## ${version} `);
  if (start < 0) return '';
  const next = CHANGELOG.indexOf('\n## ', start + 1);
  return CHANGELOG.slice(start, next < 0 ? undefined : next);
}

/** The breaking changes from `before` to `after` that skipped the deprecation period or the CHANGELOG. */
async function unannouncedBreaks(before: GraphQLSchema, after: GraphQLSchema, notes: string): Promise<string[]> {
  const changes: Change[] = await diff(before, after);
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .filter((change) => !(change.path && deprecatedIn(before, change.path) && notes.includes(`\`${change.path}\``)))
    .map((change) => `${change.path ?? '?'}: ${change.message}`);
}

describe('the schema researchers code against', () => {
  it('has no breaking change since the last release that was not deprecated first and named in the CHANGELOG', async () => {
    const current = schemaOf(path.join(ROOT, 'shared', 'schema.graphql'));
    const last = schemaOf(path.join(RELEASES, `${lastRelease}.graphql`));
    expect(await unannouncedBreaks(last, current, changelogOf(SCHEMA_VERSION))).toEqual([]);
  });

  it('says its version in `about`, newer than the last release, each with its CHANGELOG section', () => {
    expect(byVersion(SCHEMA_VERSION, lastRelease)).toBeGreaterThan(0);
    expect(changelogOf(SCHEMA_VERSION)).not.toBe('');
    for (const release of releases) expect(changelogOf(release), release).not.toBe('');
  });

  it('catches a field removed, an argument made required and an enum value dropped', async () => {
    const before = buildSchema(`
      type Query { a: Int b(x: Int): Int c: Int @deprecated(reason: "use a") k: Kind }
      enum Kind { ONE TWO }`);
    const after = buildSchema(`type Query { b(x: Int!): Int k: Kind } enum Kind { ONE }`);
    expect(await unannouncedBreaks(before, after, '')).toEqual([
      "Query.a: Field 'a' was removed from object type 'Query'",
      "Query.c: Field 'c' (deprecated) was removed from object type 'Query'",
      "Query.b.x: Type for argument 'x' on field 'Query.b' changed from 'Int' to 'Int!'",
      "Kind.TWO: Enum value 'TWO' was removed from enum 'Kind'",
    ]);
    // Deprecated in the release before and named in the CHANGELOG: the removal of `c` passes.
    const announced = await unannouncedBreaks(before, after, '- Removed `Query.c`, deprecated since 1.0.0.');
    expect(announced).not.toContainEqual(expect.stringMatching(/^Query\.c:/));
    expect(announced).toHaveLength(3);
  });
});
