import fc from 'fast-check';
import { expect, it } from 'vitest';
import { useTestAtlas } from '../../test-support/test-atlas';
import { DEFAULT_LIMITS } from '../limits/limits-config';

// A budget large enough for the thousands of requests below; everything else as deployed.
const atlas = useTestAtlas({
  production: true,
  config: { limits: { ...DEFAULT_LIMITS, rateLimitPoints: 100_000 } },
});

/** Real documents of the API, to mutate into almost-valid ones. */
const DOCUMENTS = [
  '{ practices(first: 5, filter: { themes: [ENTREPRENEURSHIP] }) { totalCount nodes { id title country { code } sources { url } } } }',
  'query Q($c: String!) { country(code: $c) { name programs { name } statistics { value } } }',
  '{ compareCountries(codes: ["ID", "PH"]) { countries { code } } }',
  'mutation { login(email: "a@b.c", password: "x") { token } }',
  '{ node(id: "UHJhY3RpY2U6MQ") { id ... on Practice { title } } }',
  '{ outcomes(first: 3) { nodes { value year indicator { code } } } }',
];

/** A document with random edits: characters dropped, duplicated or swapped for GraphQL punctuation. */
const mutatedDocument = fc
  .tuple(
    fc.constantFrom(...DOCUMENTS),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom('', '{', '}', '(', ')', '$', '"', '\\', '…', ' ', '@', ':', '!', '[', ']', '0'),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([document, edits]) =>
    edits.reduce((text, [at, insert]) => {
      const position = at % (text.length + 1);
      return text.slice(0, position) + insert + text.slice(position + (insert === '' ? 1 : 0));
    }, document),
  );

const jsonValue = fc.jsonValue({ maxDepth: 4 });

/** A request body: valid JSON of any shape, a request object with odd members, or bytes that are not JSON at all. */
const body = fc.oneof(
  fc
    .record(
      {
        query: fc.oneof(mutatedDocument, fc.string(), jsonValue),
        variables: fc.oneof(jsonValue, fc.dictionary(fc.constantFrom('c', 'f', 'n', 'id'), jsonValue)),
        operationName: fc.oneof(fc.string(), jsonValue),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  jsonValue.map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'POST', 'PUT', 'DELETE', 'OPTIONS'),
  contentType: fc.constantFrom(
    'application/json',
    'application/graphql-response+json',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data',
    '',
  ),
  accept: fc.constantFrom('application/json', 'application/graphql-response+json', '*/*', 'text/html', ''),
  body,
  token: fc.option(fc.string({ minLength: 20, maxLength: 60 }).map((text) => text.replace(/[^A-Za-z0-9_-]/g, 'a'))),
});

it('never answers 5xx nor stops answering, whatever it is sent', async () => {
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(request, async ({ method, contentType, accept, body: text, token }) => {
      const headers: Record<string, string> = {};
      if (contentType) headers['content-type'] = contentType;
      if (accept) headers.accept = accept;
      if (token) headers.authorization = `Bearer ${token}`;
      const url =
        method === 'GET'
          ? `${atlas.url}/graphql?query=${encodeURIComponent(text)}&variables=${encodeURIComponent(text.slice(0, 40))}`
          : `${atlas.url}/graphql`;
      const response = await fetch(url, { method, headers, body: method === 'GET' ? undefined : text });
      const answer = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status, `${method} ${text.slice(0, 200)} → ${answer.slice(0, 300)}`).toBeLessThan(500);
      expect(answer).not.toMatch(/\bat [\w.<>]+ \(|SQLITE|select .* from|node_modules/i);
    }),
    { numRuns: 3000, seed: 20261129 },
  );
  console.log(`fuzz: 3000 requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  const alive = await atlas.graphql<{ countries: unknown[] }>('{ countries { code } }');
  expect(alive.data?.countries).toHaveLength(11);
}, 300_000);
