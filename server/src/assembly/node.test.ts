import { expect, it } from 'vitest';
import { Role } from '../access/role';
import { useTestAtlas } from '../../test-support/test-atlas';
import { fromGlobalId, toGlobalId } from '../graphql/global-id';
import { createDraft } from '../../test-support/practice-test-kit';

const atlas = useTestAtlas();

it('round-trips opaque global IDs and rejects forgeries', () => {
  const id = toGlobalId('Practice', 42);
  expect(id).not.toContain('Practice');
  expect(fromGlobalId(id)).toEqual({ typeName: 'Practice', id: 42 });
  for (const bad of ['', 'abc', toGlobalId('Practice', 0), Buffer.from('Practice:1x').toString('base64url')]) {
    expect(fromGlobalId(bad)).toBeNull();
  }
  for (const id of PROTOTYPE_IDS) expect(fromGlobalId(id)).toBeNull();
});

/** IDs whose type is a name every object answers to: `constructor:1`, `toString:1`, `__proto__:1`, … */
const PROTOTYPE_IDS = Object.getOwnPropertyNames(Object.prototype).map((name) =>
  Buffer.from(`${name}:1`).toString('base64url'),
);

it('resolves the ID of every kind of object back to the same object with node(id)', async () => {
  const { data } = await atlas.graphql<Record<string, unknown>>(`{
    countries { id code statistics { id } legalInstruments { id } officialNames { id } }
    practices(first: 1) { nodes { id title sources { id } } }
    programs(first: 1) { nodes { id name } }
    outcomes(first: 1) { nodes { id } }
    indicators { id code }
    events { id }
    regionalInstruments { id }
  }`);
  const ids = JSON.stringify(data)
    .match(/"id":"[^"]+"/g)!
    .map((match) => match.slice(6, -1));
  expect(new Set(ids.map((id) => fromGlobalId(id)?.typeName))).toEqual(
    new Set([
      'Country',
      'CountryStatistic',
      'LegalInstrument',
      'OfficialName',
      'Practice',
      'Source',
      'ReintegrationProgram',
      'Outcome',
      'Indicator',
      'Event',
      'RegionalInstrument',
    ]),
  );
  const unique = [...new Set(ids)];
  // In batches of 25 aliases: the alias limit (30) applies to tests too.
  for (let start = 0; start < unique.length; start += 25) {
    const batch = unique.slice(start, start + 25);
    const query = `{ ${batch.map((id, i) => `n${i}: node(id: "${id}") { __typename id }`).join(' ')} }`;
    const nodes = await atlas.graphql<Record<string, { __typename: string; id: string }>>(query);
    expect(nodes.errors).toBeUndefined();
    batch.forEach((id, i) => {
      expect(nodes.data?.[`n${i}`]).toEqual({ __typename: fromGlobalId(id)!.typeName, id });
    });
  }
});

it('returns null for an ID of nothing, and BAD_USER_INPUT for a malformed ID', async () => {
  const missing = await atlas.graphql(`{ node(id: "${toGlobalId('Country', 99999)}") { id } }`);
  expect(missing.data).toEqual({ node: null });
  const malformed = await atlas.graphql('{ node(id: "not-an-id") { id } }');
  expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'id' }] });
});

it('answers BAD_USER_INPUT naming the argument for an ID of no kind of this API, wherever an ID is read', async () => {
  const editor = (await atlas.signIn(Role.EDITOR)).token;
  const unknownKind = [toGlobalId('Session', 1), toGlobalId('Nothing', 1)];
  const lookups: [string, string, string][] = [
    ['node', 'query($id: ID!) { node(id: $id) { id } }', 'id'],
    ['practice', 'query($id: ID!) { practice(id: $id) { id } }', 'id'],
    ['program', 'query($id: ID!) { program(id: $id) { id } }', 'id'],
    ['event', 'query($id: ID!) { event(id: $id) { id } }', 'id'],
    ['revisions', 'query($id: ID!) { revisions(entityId: $id) { id } }', 'entityId'],
    ['restoreRevision', 'mutation($id: ID!) { restoreRevision(id: $id) { id } }', 'id'],
    ['submitPractice', 'mutation($id: ID!) { submitPractice(id: $id) { id } }', 'id'],
    ['deleteOutcome', 'mutation($id: ID!) { deleteOutcome(id: $id) }', 'id'],
  ];
  for (const [field, query, path] of lookups) {
    for (const id of [...PROTOTYPE_IDS, ...unknownKind, 'not-an-id']) {
      const { status, errors } = await atlas.graphql(query, { id }, editor);
      expect(status, `${field}(${id})`).toBe(200);
      expect(errors?.[0]?.extensions, `${field}(${id})`).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path }] });
    }
  }
  // An ID of another kind is not a practice's either; one of the right kind names nothing: null.
  const country = toGlobalId('Country', 1);
  const wrongKind = await atlas.graphql('query($id: ID!) { practice(id: $id) { id } }', { id: country });
  expect(wrongKind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'id' }] });
  const none = await atlas.graphql('query($id: ID!) { event(id: $id) { id } }', { id: toGlobalId('Event', 99_999) });
  expect(none).toMatchObject({ data: { event: null } });
  expect(none.errors).toBeUndefined();
});

it('finds several objects at once with nodes(ids), in the order asked, null for any unknown or hidden', async () => {
  const editor = await atlas.signIn(Role.EDITOR);
  const draft = await createDraft(atlas, editor.token);
  const { data } = await atlas.graphql<{ practices: { nodes: { id: string }[] }; countries: { id: string }[] }>(
    '{ practices(first: 2) { nodes { id } } countries { id } }',
  );
  const [practice, other] = data!.practices.nodes.map((node) => node.id);
  const country = data!.countries[0]!.id;
  const unknown = toGlobalId('Practice', 99999);
  const ids = [other, country, unknown, draft.id, practice, other];
  const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }';
  const anonymous = await atlas.graphql<{ nodes: ({ __typename: string; id: string } | null)[] }>(query, { ids });
  expect(anonymous.errors).toBeUndefined();
  expect(anonymous.data!.nodes).toEqual([
    { __typename: 'Practice', id: other },
    { __typename: 'Country', id: country },
    null,
    null,
    { __typename: 'Practice', id: practice },
    { __typename: 'Practice', id: other },
  ]);
  // The same visibility as node(id): its author sees the draft.
  const seen = await atlas.graphql<{ nodes: ({ id: string } | null)[] }>(query, { ids: [draft.id] }, editor.token);
  expect(seen.data!.nodes).toEqual([{ __typename: 'Practice', id: draft.id }]);
});

it('refuses nodes(ids) with a malformed ID or more IDs than a page holds, naming `ids`', async () => {
  const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
  const malformed = await atlas.graphql(query, { ids: [toGlobalId('Practice', 1), 'not-an-id'] });
  expect(malformed.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    fields: [{ path: 'ids[1]', message: 'is not a global ID of this API', code: 'NOT_A_GLOBAL_ID' }],
  });
  const tooMany = await atlas.graphql(query, {
    ids: Array.from({ length: 101 }, (_, i) => toGlobalId('Practice', i + 1)),
  });
  expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'ids' }] });
  expect(tooMany.errors?.[0]?.message).toContain('at most 100');
});
