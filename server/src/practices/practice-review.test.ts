import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { countStatements } from '../db/statement-logger';
import { ANONYMOUS } from '../access/viewer';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { useTestAtlas, type SignedIn } from '../../test-support/test-atlas';
import {
  createDraft,
  ok,
  PUBLISH,
  SUBMIT,
  UPDATE,
  practiceInput,
  type PracticeResult,
} from '../../test-support/practice-test-kit';
import { Practice } from './practice.entity';

const atlas = useTestAtlas();
let author: SignedIn, editor: SignedIn;
beforeAll(async () => {
  author = await atlas.signIn(Role.CONTRIBUTOR, {
    name: 'Siti Rahmawati',
    organisation: 'Serikat Buruh Migran Indonesia',
    constituency: 'WORKERS',
    countryCode: 'ID',
  });
  editor = await atlas.signIn(Role.EDITOR);
});

interface Review {
  status: string;
  submittedAt: string | null;
  submittedBy: {
    name: string;
    organisation: string | null;
    constituency: string;
    country: { name: string } | null;
  } | null;
  changesSincePublished: { field: string; before: string[]; after: string[] }[] | null;
  lastEditedAt: string | null;
  updatedAt: string;
}

const REVIEW = `query($id: ID!) { practice(id: $id) {
  status submittedAt lastEditedAt updatedAt
  submittedBy { name organisation constituency country { name } }
  changesSincePublished { field before after } } }`;

const review = async (id: string, token?: string) =>
  (await atlas.graphql<{ practice: Review }>(REVIEW, { id }, token)).data!.practice;

const RESTORE = 'mutation($id: ID!) { restoreRevision(id: $id) { id ... on Practice { status } } }';
const REVISIONS = 'query($id: ID!) { revisions(entityId: $id) { id action } }';

describe('what an editor reviews', () => {
  let first: PracticeResult;
  let firstSubmittedAt: string;

  it('says who submitted a new practice, from which organisation, when, and that it is new', async () => {
    first = await createDraft(atlas, author.token, { title: 'Returnee savings groups in Lombok' });
    const before = Date.now();
    await ok(atlas, SUBMIT, { id: first.id }, author.token);
    const inReview = await review(first.id, editor.token);
    expect(inReview.submittedBy).toEqual({
      name: 'Siti Rahmawati',
      organisation: 'Serikat Buruh Migran Indonesia',
      constituency: 'WORKERS',
      country: { name: 'Indonesia' },
    });
    firstSubmittedAt = inReview.submittedAt!;
    expect(Date.parse(firstSubmittedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(firstSubmittedAt)).toBeLessThanOrEqual(Date.now());
    expect(inReview.changesSincePublished).toBeNull();
    // Its author sees the same about their own practice.
    expect((await review(first.id, author.token)).submittedBy?.name).toBe('Siti Rahmawati');
  });

  it('never gives the submitter’s e-mail address: a Person has none', async () => {
    const asked = await atlas.graphql(
      'query($id: ID!) { practice(id: $id) { submittedBy { name email } } }',
      { id: first.id },
      editor.token,
    );
    expect(asked.errors?.[0]?.message).toMatch(/Cannot query field "email" on type "Person"/);
  });

  it('shows readers of the published practice none of it, and nothing changed since publishing', async () => {
    await ok(atlas, PUBLISH, { id: first.id }, editor.token);
    expect(await review(first.id)).toMatchObject({ submittedAt: null, submittedBy: null, changesSincePublished: null });
    const otherContributor = await atlas.signIn(Role.CONTRIBUTOR);
    expect(await review(first.id, otherContributor.token)).toMatchObject({
      submittedBy: null,
      changesSincePublished: null,
    });
    expect((await review(first.id, editor.token)).changesSincePublished).toEqual([]);
  });

  it('lists, for a published practice submitted again, each field changed since it was published, in words', async () => {
    // Back to a draft of its author (the state it was created in), changed and submitted again.
    const revisions = await atlas.graphql<{ revisions: { id: string; action: string }[] }>(
      REVISIONS,
      { id: first.id },
      editor.token,
    );
    const created = revisions.data!.revisions.find((revision) => revision.action === 'CREATE')!;
    await ok(atlas, RESTORE, { id: created.id }, editor.token);
    const [cited] = first.sources;
    const draft = await review(first.id, author.token);
    expect(draft.status).toBe('DRAFT');
    await ok(
      atlas,
      UPDATE,
      {
        id: first.id,
        expectedVersion: (
          await atlas.graphql<{ practice: { version: number } }>(
            'query($id: ID!) { practice(id: $id) { version } }',
            { id: first.id },
            author.token,
          )
        ).data!.practice.version,
        input: practiceInput({
          title: 'Returnee savings groups in Lombok and Sumbawa',
          themes: ['ENTREPRENEURSHIP', 'SKILLS_TRAINING'],
          evidenceLevel: 'MONITORED',
          sources: [{ sourceId: cited!.id }, { title: 'Sumbawa pilot notes', url: 'https://example.org/sumbawa' }],
        }),
      },
      author.token,
    );
    await ok(atlas, SUBMIT, { id: first.id }, author.token);

    const resubmitted = await review(first.id, editor.token);
    expect(Date.parse(resubmitted.submittedAt!)).toBeGreaterThan(Date.parse(firstSubmittedAt));
    const changes = Object.fromEntries(
      resubmitted.changesSincePublished!.map(({ field, before, after }) => [field, { before, after }]),
    );
    expect(Object.keys(changes)).toEqual(['title', 'themes', 'evidenceLevel', 'sources']);
    expect(changes.title).toEqual({
      before: ['Returnee savings groups in Lombok'],
      after: ['Returnee savings groups in Lombok and Sumbawa'],
    });
    expect(changes.themes!.before.sort()).toEqual(['ACCESS_TO_FINANCE', 'ENTREPRENEURSHIP']);
    expect(changes.themes!.after.sort()).toEqual(['ENTREPRENEURSHIP', 'SKILLS_TRAINING']);
    expect(changes.evidenceLevel).toEqual({ before: ['DOCUMENTED'], after: ['MONITORED'] });
    expect(changes.sources!.before).toEqual([cited!.title]);
    expect(changes.sources!.after.sort()).toEqual([cited!.title, 'Sumbawa pilot notes'].sort());
  });

  it('reads the history of a whole page of the queue in one statement', async () => {
    for (let i = 0; i < 3; i++) {
      const draft = await createDraft(atlas, author.token);
      await ok(atlas, SUBMIT, { id: draft.id }, author.token);
    }
    const QUEUE = `{ practices(filter: { statuses: [IN_REVIEW] }, first: 20) { totalCount nodes {
      submittedAt submittedBy { name organisation country { name } } changesSincePublished { field } } } }`;
    const { result, statements } = await countStatements(() => atlas.graphql(QUEUE, {}, editor.token));
    expect(result.errors).toBeUndefined();
    expect((result.data as { practices: { totalCount: number } }).practices.totalCount).toBe(4);
    expect(statements.filter((sql) => /from [`"]revision[`"]/i.test(sql))).toHaveLength(1);
  });
});

describe('when a practice was last updated', () => {
  it('is null for a practice as the seed wrote it, and the time of the last change by a person after one', async () => {
    const SEEDED = '{ practices(first: 1, filter: { countryCodes: ["PH"] }) { nodes { id lastEditedAt updatedAt } } }';
    const seeded = (
      await atlas.graphql<{ practices: { nodes: { id: string; lastEditedAt: string | null }[] } }>(SEEDED)
    ).data!.practices.nodes[0]!;
    expect(seeded.lastEditedAt).toBeNull();

    const draft = await createDraft(atlas, author.token);
    const created = await review(draft.id, author.token);
    expect(created.lastEditedAt).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await ok(atlas, SUBMIT, { id: draft.id }, author.token);
    const submitted = await review(draft.id, author.token);
    expect(Date.parse(submitted.lastEditedAt!)).toBeGreaterThan(Date.parse(created.lastEditedAt!));
    expect(Math.abs(Date.parse(submitted.lastEditedAt!) - Date.parse(submitted.submittedAt!))).toBeLessThan(1000);
  });
});

describe('the migration that adds lastEditedAt', () => {
  it('fills it in from the history: the last change by a person, never an import', async () => {
    const em = atlas.em();
    const [edited, imported] = await em.find(Practice, { lastEditedAt: null }, { limit: 2, orderBy: { id: 'asc' } });
    const byPerson = new Date('2026-03-04T05:06:07.000Z');
    const revision = (entityId: number, action: RevisionAction, at: Date) => {
      recordRevision(em, ANONYMOUS, { entityType: 'Practice', entityId, action, before: null, after: null }).createdAt =
        at;
    };
    revision(edited!.id, RevisionAction.UPDATE, byPerson);
    revision(edited!.id, RevisionAction.IMPORT, new Date());
    revision(imported!.id, RevisionAction.IMPORT, new Date());
    await em.flush();

    const migrator = atlas.orm.getMigrator();
    await migrator.down({ to: 'Migration20261129140000_facet_changes' });
    await migrator.up();

    const after = atlas.em();
    expect((await after.findOneOrFail(Practice, edited!.id)).lastEditedAt).toEqual(byPerson);
    expect((await after.findOneOrFail(Practice, imported!.id)).lastEditedAt).toBeNull();
  });
});
