import { badUserInput } from './errors';

/** Opaque global IDs: base64url of `TypeName:databaseId`, resolvable with `node(id)`. */
export function toGlobalId(typeName: string, id: number): string {
  return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}

/**
 * The type name and database id inside a global ID, or null when it is not one this API makes.
 * Type names are class names (PascalCase): a name such as `constructor` or `toString`, which an
 * object's prototype answers to, is refused here, before any lookup by name.
 */
export function fromGlobalId(globalId: string): { typeName: string; id: number } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,15})$/.exec(decoded);
  if (!match || toGlobalId(match[1]!, Number(match[2])) !== globalId) return null;
  return { typeName: match[1]!, id: Number(match[2]) };
}

/** The problem to report for an ID that is not of `typeName`, the same wherever an ID is read. */
export function notAnIdOf(typeName: string): string {
  return `is not the global ID of ${/^[AEIOU]/.test(typeName) ? 'an' : 'a'} ${typeName}`;
}

/** The code of notAnIdOf's problem; its value `type` is the `typeName`. */
export const NOT_A_GLOBAL_ID = 'NOT_A_GLOBAL_ID';

/** The database id inside a global ID of `typeName`; BAD_USER_INPUT naming the argument `path` otherwise. */
export function idOf(globalId: string, typeName: string, path: string): number {
  const decoded = fromGlobalId(globalId);
  if (decoded?.typeName !== typeName) {
    throw badUserInput([{ path, message: notAnIdOf(typeName), code: NOT_A_GLOBAL_ID, values: { type: typeName } }]);
  }
  return decoded.id;
}
