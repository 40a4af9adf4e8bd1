import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, LIMIT_VARIABLES, loadLimits } from './limits-config';

describe('loadLimits', () => {
  it('takes each limit from its variable, the default otherwise', () => {
    expect(loadLimits({})).toEqual(DEFAULT_LIMITS);
    expect(loadLimits({ ATLAS_MAX_DEPTH: '8', ATLAS_RATE_LIMIT: ' 600 ' })).toMatchObject({
      maxDepth: 8,
      rateLimitPoints: 600,
    });
  });

  it('stops the start on a value that is not a positive whole number, naming the variable', () => {
    expect(() => loadLimits({ ATLAS_MAX_COST: 'lots' })).toThrow(
      'ATLAS_MAX_COST must be a positive whole number, got "lots"',
    );
    expect(() => loadLimits({ ATLAS_REQUEST_TIMEOUT_MS: '0' })).toThrow(/ATLAS_REQUEST_TIMEOUT_MS/);
    expect(() => loadLimits({ ATLAS_MAX_ALIASES: '2.5' })).toThrow(/ATLAS_MAX_ALIASES/);
  });
});

it('documents every limit in README.md, with its default', () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'README.md'), 'utf8');
  for (const [key, variable] of Object.entries(LIMIT_VARIABLES) as [keyof typeof DEFAULT_LIMITS, string][]) {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${variable}\``));
    expect(row, variable).toBeDefined();
    expect(row, variable).toContain(`\`${DEFAULT_LIMITS[key]}\``);
  }
});
