import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { Revision } from '../history/revision.entity';
import { errorCode, expectBadInput, fieldPaths } from '../../test-support/graphql-errors';
import { useTestAtlas } from '../../test-support/test-atlas';
import { Source } from './source.entity';

const atlas = useTestAtlas();
let editor: string;
beforeAll(async () => {
  editor = (await atlas.signIn(Role.EDITOR)).token;
});

interface CreatedSource {
  id: string;
  key: string;
  title: string;
  url: string;
  publisher: string | null;
  publishedOn: string | null;
  language: string | null;
  weak: boolean;
}

const CREATE =
  'mutation($input: SourceInput!) { createSource(input: $input) { id key title url publisher publishedOn language weak } }';
let n = 0;
const input = (overrides: Record<string, unknown> = {}) => ({
  title: 'Reintegration survey of returnees',
  url: `https://example.org/reports/${++n}.pdf`,
  ...overrides,
});
const create = (value: unknown, token = editor) =>
  atlas.graphql<{ createSource: CreatedSource }>(CREATE, { input: value }, token);

const counts = () => atlas.count({ sources: Source, revisions: Revision });

describe('createSource', () => {
  it('is for any signed-in account, contributors included', async () => {
    const contributor = (await atlas.signIn(Role.CONTRIBUTOR)).token;
    const admin = (await atlas.signIn(Role.ADMIN)).token;
    const before = await counts();
    expect(errorCode(await create(input(), ''))).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
    for (const token of [contributor, editor, admin]) {
      const { data, errors } = await create(input(), token);
      expect(errors).toBeUndefined();
      expect(data!.createSource.title).toBe('Reintegration survey of returnees');
    }
    expect(await counts()).toEqual({ sources: before.sources + 3, revisions: before.revisions + 3 });
  });

  it('makes a unique key from the title and records a CREATE revision', async () => {
    const first = (
      await create(
        input({
          title: 'Bản tin Lao động ngoài nước 2023',
          publishedOn: '2023-06',
          language: 'vi',
          publisher: 'DOLAB',
        }),
      )
    ).data!.createSource;
    const second = (await create(input({ title: 'Bản tin Lao động ngoài nước 2023' }))).data!.createSource;
    expect(first).toMatchObject({
      key: 'ban-tin-lao-dong-ngoai-nuoc-2023',
      publishedOn: '2023-06',
      language: 'vi',
      publisher: 'DOLAB',
    });
    expect(second.key).toBe(`${first.key}-2`);
    const history = await atlas.graphql<{ revisions: { action: string; after: { url: string } }[] }>(
      'query($id: ID!) { revisions(entityId: $id) { action after } }',
      { id: first.id },
      editor,
    );
    expect(history.data!.revisions).toMatchObject([{ action: 'CREATE', after: { url: first.url } }]);
  });

  it('marks a blog, a repost or a mirror weak when asked, and no other source', async () => {
    const mirror = (await create(input({ title: 'A report, as a document site copies it', weak: true }))).data!;
    expect(mirror.createSource.weak).toBe(true);
    expect((await create(input({ weak: null }))).data!.createSource.weak).toBe(false);
    expect((await create(input())).data!.createSource.weak).toBe(false);
    const stored = await atlas.em().findOneOrFail(Source, { url: mirror.createSource.url });
    expect(stored.weak).toBe(true);
  });

  it('names every bad field and writes nothing', async () => {
    const before = await counts();
    const response = await create({
      title: ' ',
      url: 'ftp://example.org/file',
      publishedOn: '27/08/2019',
      language: 'English',
    });
    expectBadInput(response, ['input.language', 'input.publishedOn', 'input.title', 'input.url']);
    expect(fieldPaths(await create(input({ url: 'javascript:alert(1)' })))).toEqual(['input.url']);
    expect(await counts()).toEqual(before);
  });

  it('refuses impossible dates and script or data addresses, in words a reader understands', async () => {
    const before = await counts();
    const messages = async (fields: Record<string, unknown>) =>
      (await create(input(fields))).errors?.[0]?.extensions?.fields;
    expect(await messages({ publishedOn: '2019-13-45' })).toEqual([
      {
        path: 'input.publishedOn',
        message: '2019-13-45 is not a day on the calendar',
        code: 'NOT_A_DAY',
        values: { date: '2019-13-45' },
      },
    ]);
    expect(await messages({ publishedOn: '2019-02-30' })).toEqual([
      {
        path: 'input.publishedOn',
        message: '2019-02-30 is not a day on the calendar',
        code: 'NOT_A_DAY',
        values: { date: '2019-02-30' },
      },
    ]);
    for (const url of ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>']) {
      expect(await messages({ url })).toEqual([
        {
          path: 'input.url',
          message: 'must be a web address starting with http:// or https://',
          code: 'NOT_A_URL',
          values: {},
        },
      ]);
    }
    // A NUL may also be refused by the request-wide argument gate (limits/): either way, naming the field.
    expect(await messages({ title: 'Report\u0000' })).toMatchObject([{ path: 'input.title' }]);
    expect(await counts()).toEqual(before);
    expect((await create(input({ publishedOn: '2020-02-29' }))).data!.createSource.publishedOn).toBe('2020-02-29');
  });

  it('refuses an address already cited, telling which source has it', async () => {
    const existing = (await create(input())).data!.createSource;
    const before = await counts();
    const response = await create(input({ title: 'The same report again', url: existing.url }));
    expectBadInput(response, ['input.url']);
    expect(response.errors![0]!.message).toContain(existing.id);
    expect(response.errors![0]!.extensions!.fields).toEqual([
      {
        path: 'input.url',
        message: `is already cited as source ${existing.id} (“${existing.title}”): use that one`,
        code: 'SOURCE_ALREADY_CITED',
        values: { id: existing.id, title: existing.title },
      },
    ]);
    expect(await counts()).toEqual(before);
  });
});
