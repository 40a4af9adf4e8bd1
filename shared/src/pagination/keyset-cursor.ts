/**
 * Keyset cursors: where an item sits in one sorted list, written as the values it is sorted by
 * (the last is its database id, which breaks ties) with the list and the order they belong to.
 * A cursor names a place in the order, not a position, so it stays valid when records are added,
 * changed or archived: the next page starts after those values, wherever they now fall.
 *
 * The API (server/src/graphql/pagination.ts) makes and reads them; the static snapshot's practice
 * browser hands out the API's own cursors and reads them with `decodeKeysetCursor`, so a cursor
 * means the same on both. Free of any runtime API (no Buffer, no btoa): it runs in both.
 */

/** One value an item is sorted by: a number, a text (timestamps are texts), or null. */
export type CursorValue = string | number | null;

export interface KeysetCursor {
  /** The list the cursor belongs to: the node type of its connection (`Practice`, `ReintegrationProgram`). */
  list: string;
  /** The order within that list (`TITLE`, `NEWEST`, `RELEVANCE:water`). */
  order: string;
  /** The item's sort values, its id last. */
  keys: CursorValue[];
}

/** The version mark that opens every keyset cursor; cursors of earlier releases (`cursor:42`) lack it. */
const MARK = 'k1';

export function encodeKeysetCursor({ list, order, keys }: KeysetCursor): string {
  return toBase64Url(utf8Bytes(JSON.stringify([MARK, list, order, keys])));
}

/** The cursor inside `text`, or null when `text` is not a keyset cursor written by `encodeKeysetCursor`. */
export function decodeKeysetCursor(text: string): KeysetCursor | null {
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(text)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromUtf8(fromBase64Url(text)));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) return null;
  const [mark, list, order, keys] = parsed as unknown[];
  if (mark !== MARK || typeof list !== 'string' || typeof order !== 'string' || !Array.isArray(keys)) return null;
  if (
    !keys.every((key) => key === null || typeof key === 'string' || (typeof key === 'number' && Number.isFinite(key)))
  ) {
    return null;
  }
  const cursor: KeysetCursor = { list, order, keys: keys as CursorValue[] };
  // One spelling per cursor: a cursor edited by hand into another form of the same JSON is refused.
  return encodeKeysetCursor(cursor) === text ? cursor : null;
}

/** Why `cursor` does not belong to `list` in `order`, or null when it does (and has `keyCount` values). */
export function keysetCursorProblem(
  cursor: KeysetCursor | null,
  list: string,
  order: string,
  keyCount: number,
): string | null {
  if (!cursor) return 'is not a cursor returned by this API (cursors of earlier releases are no longer accepted)';
  if (cursor.list !== list) return `is a cursor of another list (${cursor.list}), not of this ${list} list`;
  if (cursor.order !== order) return `is a cursor of another order (${cursor.order}), not of ${order}`;
  if (cursor.keys.length !== keyCount) return 'is not a cursor returned by this API';
  return null;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: number[]): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    text += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (b !== undefined) text += ALPHABET[(n >> 6) & 63]!;
    if (c !== undefined) text += ALPHABET[n & 63]!;
  }
  return text;
}

function fromBase64Url(text: string): number[] {
  if (text.length % 4 === 1) throw new Error('not base64url');
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text) {
    value = (value << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 255);
    }
  }
  return bytes;
}

function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return bytes;
}

/** UTF-8 to text; throws on a malformed sequence (so a damaged cursor is refused, not misread). */
function fromUtf8(bytes: number[]): string {
  let text = '';
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    if (length === 0 || i + length > bytes.length) throw new Error('not UTF-8');
    let code = length === 1 ? lead : lead & (0xff >> (length + 1));
    for (let j = 1; j < length; j++) {
      const next = bytes[i + j]!;
      if ((next & 0xc0) !== 0x80) throw new Error('not UTF-8');
      code = (code << 6) | (next & 63);
    }
    text += String.fromCodePoint(code);
    i += length;
  }
  return text;
}
