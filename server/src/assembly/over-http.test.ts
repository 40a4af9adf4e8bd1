import { auditServer } from 'graphql-http';
import { expect, it } from 'vitest';
import { useTestAtlas } from '../../test-support/test-atlas';

const atlas = useTestAtlas({ seed: false });

it('passes every audit of the GraphQL over HTTP spec, the SHOULDs included', async () => {
  const results = await auditServer({ url: `${atlas.url}/graphql` });
  const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
  for (const result of results) counts[result.status] += 1;
  console.log(`graphql-http serverAudits: ${JSON.stringify(counts)}`);
  const failed = results
    .filter((result) => result.status !== 'ok')
    .map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
  expect(failed).toEqual([]);
  expect(counts.ok).toBeGreaterThan(50);
});

it('answers queries over GET, and refuses a mutation over GET with 405', async () => {
  const query = await fetch(`${atlas.url}/graphql?query=${encodeURIComponent('{ countries { code } }')}`);
  expect(query.status).toBe(200);
  expect(((await query.json()) as { data: { countries: unknown[] } }).data.countries).toHaveLength(0);
  const mutation = await fetch(`${atlas.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`);
  expect(mutation.status).toBe(405);
});
