import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { toGlobalId } from '../graphql/global-id';
import {
  ARCHIVE,
  CREATE,
  createDraft,
  ok,
  practiceInput,
  PUBLISH,
  SUBMIT,
  UPDATE,
} from '../../test-support/practice-test-kit';
import { Practice } from '../practices/practice.entity';
import { errorCode, fieldPaths } from '../../test-support/graphql-errors';
import { useTestAtlas } from '../../test-support/test-atlas';
import { Source } from './source.entity';

const atlas = useTestAtlas();
let author: string;
let stranger: string;
let editor: string;
let admin: string;
beforeAll(async () => {
  author = (await atlas.signIn(Role.CONTRIBUTOR)).token;
  stranger = (await atlas.signIn(Role.CONTRIBUTOR)).token;
  editor = (await atlas.signIn(Role.EDITOR)).token;
  admin = (await atlas.signIn(Role.ADMIN)).token;
});

let made = 0;
/** A new source, confidential while only a draft cites it. */
const confidential = () => ({
  title: `Confidential evaluation ${++made}`,
  url: `https://intranet.example.org/confidential/${made}.pdf`,
});

async function node(id: string, token?: string): Promise<{ url: string; title: string } | null> {
  const response = await atlas.graphql<{ node: { url: string; title: string } | null }>(
    'query($id: ID!) { node(id: $id) { ... on Source { url title } } }',
    { id },
    token,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.node;
}

/** Who sees the source through node(id). */
async function readers(id: string): Promise<string[]> {
  const who = { anonymous: undefined, author, stranger, editor, admin };
  const seen: string[] = [];
  for (const [name, token] of Object.entries(who)) if (await node(id, token)) seen.push(name);
  return seen;
}

/** Every path that lists sources, from the root and nested in every kind that cites them. */
const EVERY_SOURCE_LIST = `{
  practices(first: 100, filter: { statuses: [DRAFT, IN_REVIEW, PUBLISHED, REJECTED, ARCHIVED] }) {
    nodes { sources { url } outcomes { source { url } } program { sources { url } } event { sources { url } } }
  }
  programs(first: 100) { nodes { sources { url } outcomes { source { url } } } }
  events { sources { url } practices(first: 100) { nodes { sources { url } } } }
  countries { legalInstruments { sources { url } } statistics { source { url } } practices(first: 100) { nodes { sources { url } } } }
  regionalInstruments { sources { url } }
  outcomes(first: 100) { nodes { source { url } practice { sources { url } } } }
  compareCountries(codes: ["ID", "PH", "VN"]) { indicators { values { source { url } } } }
  sources(first: 100, search: "intranet.example.org") { url }
  sourcesConnection(first: 100, filter: { search: "intranet.example.org" }) { totalCount nodes { url } }
}`;

async function publicDownload(): Promise<string> {
  const response = await fetch(`${atlas.url}/export/atlas.json`);
  expect(response.status).toBe(200);
  return response.text();
}

describe('a source only a draft cites', () => {
  it('is its author’s and the editors’: node, every list and the download hide it from everybody else', async () => {
    const cited = confidential();
    const draft = await createDraft(atlas, author, { sources: [cited] });
    const source = draft.sources[0]!;
    expect(source.url).toBe(cited.url);

    expect(await readers(source.id)).toEqual(['author', 'editor', 'admin']);
    for (const token of [undefined, stranger]) {
      const { data, errors } = await atlas.graphql(EVERY_SOURCE_LIST, {}, token);
      expect(errors).toBeUndefined();
      expect(JSON.stringify(data)).not.toContain(cited.url);
    }
    expect(JSON.stringify((await atlas.graphql(EVERY_SOURCE_LIST, {}, author)).data)).toContain(cited.url);
    expect(await publicDownload()).not.toContain(cited.url);
  });

  it('cannot be enumerated: node over every Source ID finds what the public download has, and nothing else', async () => {
    const cited = confidential();
    await createDraft(atlas, author, { sources: [cited] });
    const ids = (await atlas.em().find(Source, {}, { fields: ['id'] })).map((s) => s.id);
    const highest = Math.max(...ids);
    const found: string[] = [];
    // In batches of 25 aliases: the alias limit (30) applies to tests too.
    for (let start = 1; start <= highest + 5; start += 25) {
      const batch = Array.from({ length: 25 }, (_, i) => toGlobalId('Source', start + i));
      const query = `{ ${batch.map((id, i) => `n${i}: node(id: "${id}") { ... on Source { url } }`).join(' ')} }`;
      const { body, statements } = await atlas.countedGraphql<Record<string, { url: string } | null>>(query);
      expect(body.errors).toBeUndefined();
      // The rule is part of the one statement that reads the batch.
      expect(statements).toHaveLength(1);
      found.push(...Object.values(body.data!).flatMap((n) => (n ? [n.url] : [])));
    }
    const published = (JSON.parse(await publicDownload()) as { sources: { url: string }[] }).sources.map((s) => s.url);
    expect(found.sort()).toEqual(published.sort());
    expect(found).not.toContain(cited.url);
    expect(found.length).toBeGreaterThan(150);
  });

  it('cannot be cited by its ID by anybody else: “no such source”, as for an ID of nothing', async () => {
    const draft = await createDraft(atlas, author, { sources: [confidential()] });
    const practices = await atlas.em().count(Practice);
    for (const sourceId of [draft.sources[0]!.id, toGlobalId('Source', 999_999)]) {
      const response = await atlas.graphql(CREATE, { input: practiceInput({ sources: [{ sourceId }] }) }, stranger);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.fields).toEqual([
        { path: 'input.sources[0].sourceId', message: 'no such source', code: 'NOT_FOUND', values: { type: 'Source' } },
      ]);
    }
    expect(await atlas.em().count(Practice)).toBe(practices);
    // Its author cites it again in another draft.
    const again = await createDraft(atlas, author, { sources: [{ sourceId: draft.sources[0]!.id }] });
    expect(again.sources.map((s) => s.id)).toEqual([draft.sources[0]!.id]);
  });

  it('is not named by createSource to those who may not read it', async () => {
    const cited = confidential();
    const source = (await createDraft(atlas, author, { sources: [cited] })).sources[0]!;
    const CREATE_SOURCE = 'mutation($input: SourceInput!) { createSource(input: $input) { id } }';
    const refused = await atlas.graphql(CREATE_SOURCE, { input: { title: 'Mine', url: cited.url } }, stranger);
    expect(fieldPaths(refused)).toEqual(['input.url']);
    expect(refused.errors![0]!.message).not.toContain(source.id);
    expect(refused.errors![0]!.message).not.toContain(cited.title);
    const named = await atlas.graphql(CREATE_SOURCE, { input: { title: 'Mine', url: cited.url } }, editor);
    expect(named.errors![0]!.message).toContain(source.id);
  });

  it('stays its author’s when the draft stops citing it', async () => {
    const cited = confidential();
    const draft = await createDraft(atlas, author, { sources: [cited] });
    const source = draft.sources[0]!;
    await ok(
      atlas,
      UPDATE,
      { id: draft.id, input: practiceInput({ sources: [confidential()] }), expectedVersion: draft.version },
      author,
    );
    expect(await readers(source.id)).toEqual(['author', 'editor', 'admin']);
    expect(await publicDownload()).not.toContain(cited.url);
  });

  it('becomes public when the practice is published, and private again when it is archived', async () => {
    const cited = confidential();
    const draft = await createDraft(atlas, author, { sources: [cited] });
    const source = draft.sources[0]!;
    await ok(atlas, SUBMIT, { id: draft.id }, author);
    expect(await readers(source.id)).toEqual(['author', 'editor', 'admin']);
    await ok(atlas, PUBLISH, { id: draft.id }, editor);
    expect(await readers(source.id)).toEqual(['anonymous', 'author', 'stranger', 'editor', 'admin']);
    expect(await publicDownload()).toContain(cited.url);
    // Another contributor may now cite it by its ID.
    await createDraft(atlas, stranger, { sources: [{ sourceId: source.id }] });
    await ok(atlas, ARCHIVE, { id: draft.id }, editor);
    expect(await readers(source.id)).toEqual(['author', 'stranger', 'editor', 'admin']);
  });
});

describe('a source no record cites', () => {
  it('is its author’s when an account added it, and public when the seed or an import did', async () => {
    const added = confidential();
    const { data } = await atlas.graphql<{ createSource: { id: string } }>(
      'mutation($input: SourceInput!) { createSource(input: $input) { id } }',
      { input: added },
      stranger,
    );
    const id = data!.createSource.id;
    expect(await readers(id)).toEqual(['stranger', 'editor', 'admin']);
    await createDraft(atlas, stranger, { sources: [{ sourceId: id }] });

    // A citation of a country summary, which no stored relation holds.
    const curated = await atlas.em().findOneOrFail(Source, { key: 'hktdc-brunei-recruitment' });
    expect(await readers(curated.globalId)).toEqual(['anonymous', 'author', 'stranger', 'editor', 'admin']);
    expect(await publicDownload()).toContain(curated.url);
  });
});
