import { problem } from '@atlas/shared/rules';
import type { EntityManager } from '@mikro-orm/knex';
import { inTransaction } from '../db/in-transaction';
import type { Viewer } from '../access/viewer';
import { readableOnly } from '../db/related-records';
import { uniqueKey } from '../db/unique-key';
import { badUserInput } from '../graphql/errors';
import { parseInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction, snapshot } from '../history/record-revision';
import { sourceInputSchema } from './source.input';
import { Source } from './source.entity';

/**
 * Adds a citation as the viewer's, its key made from its title. An address already cited is refused,
 * naming that source if the viewer may read it (and only saying that it exists otherwise).
 */
export async function createSource(em: EntityManager, viewer: Viewer, input: unknown): Promise<Source> {
  const fields = parseInput(sourceInputSchema, input);
  return inTransaction(em, async (tx) => {
    const existing = await tx.findOne(Source, { url: fields.url });
    if (existing) {
      const readable = (await readableOnly(tx, viewer, Source, [existing])).length > 0;
      const found = readable
        ? problem('SOURCE_ALREADY_CITED', { id: existing.globalId, title: existing.title })
        : problem('SOURCE_NOT_VISIBLE');
      throw badUserInput([{ path: 'input.url', ...found }]);
    }
    const source = tx.create(Source, {
      key: await uniqueKey(tx, Source, fields.title, 'source'),
      title: fields.title,
      url: fields.url,
      publisher: fields.publisher ?? null,
      publishedOn: fields.publishedOn ?? null,
      language: fields.language ?? null,
      weak: fields.weak ?? false,
      createdBy: viewer.userId!,
    });
    await tx.flush();
    recordRevision(tx, viewer, {
      entityType: 'Source',
      entityId: source.id,
      action: RevisionAction.CREATE,
      before: null,
      after: snapshot(source),
    });
    return source;
  });
}
