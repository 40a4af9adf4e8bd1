import { describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { createDraft } from '../../test-support/practice-test-kit';
import { useTestAtlas } from '../../test-support/test-atlas';

const atlas = useTestAtlas({ seed: true });

interface Found {
  id: string;
  key?: string;
  code?: string;
  url?: string;
}

type Errors = { extensions?: { code?: unknown; fields?: { path: string; message: string }[] } }[];

/** One root look-up: the record found (or null), and the errors. */
async function lookUp(field: string, args: Record<string, string>, select: string, token?: string) {
  const declared = Object.keys(args)
    .map((name) => `$${name}: ${name === 'id' ? 'ID' : 'String'}`)
    .join(', ');
  const passed = Object.keys(args)
    .map((name) => `${name}: $${name}`)
    .join(', ');
  const query = `query${declared ? `(${declared})` : ''} { found: ${field}${passed ? `(${passed})` : ''} { ${select} } }`;
  const response = await atlas.graphql<{ found: Found | null }>(query, args, token);
  return { found: response.data?.found ?? null, errors: response.errors as Errors | undefined };
}

describe('root look-ups by natural key', () => {
  const kinds = [
    { field: 'practice', key: 'key', value: 'desmigratif-village-scale-up' },
    { field: 'program', key: 'key', value: 'desmigratif' },
    { field: 'event', key: 'key', value: 'yogyakarta-2019-reintegration-workshop' },
    { field: 'indicator', key: 'code', value: 'NRCO_LIVELIHOOD_BENEFICIARIES' },
    { field: 'source', key: 'key', value: 'katadata-desmigratif-infographic' },
  ];

  it.each(kinds)('$field($key:) finds the record that $field(id:) finds, and null for an unknown one', async (kind) => {
    const byKey = await lookUp(kind.field, { [kind.key]: kind.value }, `id ${kind.key}`);
    expect(byKey.errors).toBeUndefined();
    expect(byKey.found).toMatchObject({ [kind.key]: kind.value });
    const byId = await lookUp(kind.field, { id: byKey.found!.id }, `id ${kind.key}`);
    expect(byId.found).toEqual(byKey.found);
    const unknown = await lookUp(kind.field, { [kind.key]: 'no-such-record' }, 'id');
    expect(unknown).toEqual({ found: null, errors: undefined });
  });

  it('finds a source by its address, exactly as cited', async () => {
    const { found } = await lookUp('source', { key: 'katadata-desmigratif-infographic' }, 'id url');
    expect((await lookUp('source', { url: found!.url! }, 'id key')).found).toMatchObject({
      id: found!.id,
      key: 'katadata-desmigratif-infographic',
    });
    expect((await lookUp('source', { url: `${found!.url!}/elsewhere` }, 'id')).found).toBeNull();
  });

  it.each(kinds)(
    '$field refuses no argument, or two, with BAD_USER_INPUT naming the arguments',
    async ({ field, key, value }) => {
      const none = await lookUp(field, {}, 'id');
      expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(none.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(expect.arrayContaining(['id', key]));
      const { found } = await lookUp(field, { [key]: value }, 'id');
      const both = await lookUp(field, { id: found!.id, [key]: value }, 'id');
      expect(both.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { path: 'id', message: expect.stringContaining('exactly one') },
          { path: key, message: expect.stringContaining('exactly one') },
        ],
      });
      const otherKind = await lookUp(field, { id: 'bm9wZTox' }, 'id');
      expect(otherKind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'id' }] });
    },
  );

  it('applies the visibility of the ID look-ups: a draft by key, and a source only it cites, are its author’s', async () => {
    const contributor = await atlas.signIn(Role.CONTRIBUTOR);
    const url = 'https://example.org/only-a-draft-cites-this';
    const draft = await createDraft(atlas, contributor.token, {
      title: 'A draft to look up by key',
      sources: [{ title: 'Only a draft cites it', url }],
    });
    expect((await lookUp('practice', { key: draft.key }, 'id')).found).toBeNull();
    expect((await lookUp('practice', { key: draft.key }, 'id', contributor.token)).found).toEqual({ id: draft.id });
    expect((await lookUp('source', { url }, 'id')).found).toBeNull();
    expect((await lookUp('source', { url }, 'url', contributor.token)).found).toMatchObject({ url });
    const editor = await atlas.signIn(Role.EDITOR);
    expect((await lookUp('practice', { key: draft.key }, 'id', editor.token)).found).toEqual({ id: draft.id });
  });
});
