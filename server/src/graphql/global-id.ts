/** Opaque global IDs: base64url of `TypeName:databaseId`, resolvable with `node(id)`. */
export function toGlobalId(typeName: string, id: number): string {
  return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { typeName: string; id: number } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9][0-9]{0,15})$/.exec(decoded);
  if (!match || toGlobalId(match[1]!, Number(match[2])) !== globalId) return null;
  return { typeName: match[1]!, id: Number(match[2]) };
}
