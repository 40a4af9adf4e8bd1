import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../accounts/viewer';
import { uniqueKey } from '../db/unique-key';
import { badUserInput } from '../graphql/errors';
import { parseInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction, snapshot } from '../history/record-revision';
import { sourceInputSchema } from './source.input';
import { Source } from './source.entity';

/** Adds a citation, its key made from its title; an address already cited is refused, naming that source. */
export async function createSource(em: EntityManager, viewer: Viewer, input: unknown): Promise<Source> {
  const fields = parseInput(sourceInputSchema, input);
  return em.transactional(async (em) => {
    const tx = em as EntityManager;
    const existing = await tx.findOne(Source, { url: fields.url });
    if (existing) {
      throw badUserInput([
        {
          path: 'input.url',
          message: `is already cited as source ${existing.globalId} (“${existing.title}”): use that one`,
        },
      ]);
    }
    const source = tx.create(Source, {
      key: await uniqueKey(tx, Source, fields.title, 'source'),
      title: fields.title,
      url: fields.url,
      publisher: fields.publisher ?? null,
      publishedOn: fields.publishedOn ?? null,
      language: fields.language ?? null,
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
