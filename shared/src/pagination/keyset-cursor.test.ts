import { describe, expect, it } from 'vitest';
import { decodeKeysetCursor, encodeKeysetCursor, keysetCursorProblem } from './keyset-cursor';

describe('keyset cursors', () => {
  it('read back what they wrote, any text included', () => {
    const cursor = { list: 'Practice', order: 'TITLE', keys: ['Hỗ trợ tái hòa nhập – ภาษาไทย 😀', null, 0.125, 42] };
    const text = encodeKeysetCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(text).toBe(Buffer.from(JSON.stringify(['k1', ...Object.values(cursor)])).toString('base64url'));
    expect(decodeKeysetCursor(text)).toEqual(cursor);
  });

  it('refuse cursors of earlier releases, damaged ones and other lists or orders', () => {
    expect(decodeKeysetCursor(Buffer.from('cursor:99').toString('base64url'))).toBeNull();
    expect(decodeKeysetCursor('not a cursor')).toBeNull();
    const text = encodeKeysetCursor({ list: 'Practice', order: 'TITLE', keys: ['A', 1] });
    expect(decodeKeysetCursor(text.slice(0, -2))).toBeNull();
    const cursor = decodeKeysetCursor(text);
    expect(keysetCursorProblem(cursor, 'Practice', 'TITLE', 2)).toBeNull();
    expect(keysetCursorProblem(cursor, 'Study', 'TITLE', 2)).toMatch(/another list/);
    expect(keysetCursorProblem(cursor, 'Practice', 'NEWEST', 2)).toMatch(/another order/);
  });
});
