import type { EntityManager } from '@mikro-orm/knex';
import { isTranslatableType } from '@atlas/shared/rules';
import { badUserInput } from '../graphql/errors';
import { parseRecorded, removeRecord, restoreRecord, type Remover, type Restorer } from '../history/restorers';
import { Source } from '../sources/source.entity';
import { TRANSLATABLE } from './translatable';
import { recordedTranslation, translationState } from './translation-state';
import { Translation } from './translation.entity';

/** A translation as its restorer and remover read and record it. */
const translationRecord = (em: EntityManager, entityId: number) => ({
  entityType: 'Translation',
  entityId,
  load: () => em.findOne(Translation, { id: entityId }),
  stateOf: translationState,
});

/** Brings a translation back to a recorded state; a removed one is re-created under its old ID. */
export const restoreTranslation: Restorer = async (em, viewer, entityId, state) => {
  const recorded = parseRecorded(recordedTranslation, state, 'the recorded state is not a valid translation');
  const { recordType, recordId, field, language } = recorded;
  const record = isTranslatableType(recordType)
    ? await em.findOne(TRANSLATABLE[recordType].entity, { id: recordId })
    : null;
  const source = recorded.source ? await em.findOne(Source, { id: recorded.source }) : null;
  if (!record || (recorded.source && !source)) {
    throw badUserInput([{ path: 'id', message: 'the record translated or its source no longer exists' }]);
  }
  const other = await em.findOne(Translation, { recordType, recordId, field, language, id: { $ne: entityId } });
  if (other) {
    throw badUserInput([{ path: 'id', message: 'this text was translated again since: edit that translation' }]);
  }
  return restoreRecord(em, viewer, translationRecord(em, entityId), (existing) => {
    const fields = { recordType, recordId, field, language, text: recorded.text, origin: recorded.origin, source };
    return existing
      ? em.assign(existing, { ...fields, updatedAt: new Date() })
      : em.create(Translation, { id: entityId, ...fields });
  });
};

/** Undoes the addition of a translation: removes it, with a RESTORE revision that keeps it. */
export const removeTranslationRecord: Remover = (em, viewer, entityId) =>
  removeRecord(em, viewer, translationRecord(em, entityId), 'this translation is already gone');
