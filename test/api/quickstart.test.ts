import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededAtlas } from './atlas-process';

/**
 * The researchers' quickstart (docs/quickstart/), run as a researcher runs it against the built
 * server: Python with its standard library only, and Node with no package. Both page through a
 * filtered list, fetch a time series and download a CSV; they must agree with each other and with
 * the API.
 */
const QUICKSTART = path.resolve(__dirname, '..', '..', 'docs', 'quickstart');
const run = promisify(execFile);

describe('the researchers’ quickstart', () => {
  let atlas: Awaited<ReturnType<typeof startSeededAtlas>>;
  beforeAll(async () => {
    atlas = await startSeededAtlas();
  });
  afterAll(() => atlas?.dispose());

  const runScript = async (command: string, file: string) => {
    const { stdout } = await run(command, [path.join(QUICKSTART, file)], {
      env: { PATH: process.env.PATH, ATLAS_URL: atlas.url },
    });
    return stdout;
  };

  it('runs in Python and in Node, each paging, reading a series and downloading the CSV, alike', async () => {
    const python = await runScript('python3', 'atlas_quickstart.py');
    const node = await runScript(process.execPath, 'atlas-quickstart.mjs');
    const [, paged, total] = /^practices: (\d+) of (\d+)/m.exec(python) ?? [];
    expect(Number(paged)).toBeGreaterThan(5); // more than one page of 5
    expect(paged).toBe(total);
    expect(python).toMatch(/^series: ID Productive Migrant Village: 2016: 2, /m);
    expect(python).toContain(`csv: ${total} rows, first: `);
    // The two scripts print the same lines, value formats aside.
    const lines = (out: string) => out.split('\n').map((line) => line.replace(/(\d+)\.0\b/g, '$1'));
    expect(lines(node)).toEqual(lines(python));
  });
});
