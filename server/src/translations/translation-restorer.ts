import type { EntityManager } from '@mikro-orm/knex';
import { isTranslatableType } from '@atlas/shared/rules';
import type { Viewer } from '../access/viewer';
import { badUserInput } from '../graphql/errors';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { Source } from '../sources/source.entity';
import { TRANSLATABLE } from './translatable';
import { recordedTranslation, translationState } from './translation-state';
import { Translation } from './translation.entity';

/**
 * Brings a translation back to a recorded state; a removed one is re-created under its old ID (or,
 * where the same field and language was translated again since, that one takes the recorded text).
 */
export async function restoreTranslation(
  em: EntityManager,
  viewer: Viewer,
  entityId: number,
  state: Record<string, unknown>,
): Promise<Translation> {
  const parsed = recordedTranslation.safeParse(state);
  if (!parsed.success || !isTranslatableType(parsed.data.recordType)) {
    throw badUserInput([{ path: 'id', message: 'the recorded state is not a valid translation' }]);
  }
  const recorded = parsed.data;
  const record = await em.findOne(TRANSLATABLE[parsed.data.recordType].entity, { id: recorded.recordId });
  const source = recorded.source ? await em.findOne(Source, { id: recorded.source }) : null;
  if (!record || (recorded.source && !source)) {
    throw badUserInput([{ path: 'id', message: 'the record translated or its source no longer exists' }]);
  }
  const { recordType, recordId, field, language } = recorded;
  const existing =
    (await em.findOne(Translation, { id: entityId })) ??
    (await em.findOne(Translation, { recordType, recordId, field, language }));
  const before = existing ? translationState(existing) : null;
  const fields = { recordType, recordId, field, language, text: recorded.text, origin: recorded.origin, source };
  const translation = existing
    ? em.assign(existing, { ...fields, updatedAt: new Date() })
    : em.create(Translation, { id: entityId, ...fields });
  await em.flush();
  recordRevision(em, viewer, {
    entityType: 'Translation',
    entityId: translation.id,
    action: RevisionAction.RESTORE,
    before,
    after: translationState(translation),
  });
  return translation;
}

/** Undoes the addition of a translation: removes it, with a RESTORE revision that keeps it. */
export async function removeTranslationRecord(em: EntityManager, viewer: Viewer, entityId: number): Promise<void> {
  const existing = await em.findOne(Translation, { id: entityId });
  if (!existing) throw badUserInput([{ path: 'id', message: 'this translation is already gone' }]);
  recordRevision(em, viewer, {
    entityType: 'Translation',
    entityId,
    action: RevisionAction.RESTORE,
    before: translationState(existing),
    after: null,
  });
  em.remove(existing);
  await em.flush();
}
