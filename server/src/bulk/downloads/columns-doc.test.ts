import fs from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { expect, it } from 'vitest';
import { downloadsMarkdown } from './columns-doc';

const DOC = path.resolve(__dirname, '..', '..', '..', '..', 'docs', 'downloads.md');
const START = '<!-- columns: generated from server/src/bulk/downloads/tables; UPDATE_DOCS=1 rewrites it -->';
const END = '<!-- end of columns -->';

it('documents every column of every CSV download in docs/downloads.md, as the code defines it', async () => {
  const doc = fs.readFileSync(DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  expect(start, `docs/downloads.md marks its generated part with ${START}`).toBeGreaterThan(0);
  const assembled = `${doc.slice(0, start + START.length)}\n\n${downloadsMarkdown()}\n\n${doc.slice(end)}`;
  // As the repository's formatter lays it out, so that `prettier --check` and this test agree.
  const expected = await format(assembled, { ...(await resolveConfig(DOC)), filepath: DOC });
  if (process.env.UPDATE_DOCS === '1' && doc !== expected) {
    fs.writeFileSync(DOC, expected);
    return;
  }
  expect(doc, 'docs/downloads.md is out of step with the columns: run this test with UPDATE_DOCS=1').toBe(expected);
});
