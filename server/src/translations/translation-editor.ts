import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { TranslationOrigin } from '@atlas/shared';
import {
  isTranslatableType,
  translatableField,
  translationInputSchema,
  type TranslatableType,
} from '@atlas/shared/rules';
import { authorize } from '../access/policy';
import type { Viewer } from '../access/viewer';
import { readableOnly } from '../db/related-records';
import { checkVersion, transactionalVersioned } from '../db/optimistic-lock';
import { badUserInput, conflict, InputProblems, notFound } from '../graphql/errors';
import { fromGlobalId, idOf } from '../graphql/global-id';
import { checkInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { Practice } from '../practices/practice.entity';
import { Source } from '../sources/source.entity';
import { fieldsOf, TRANSLATABLE } from './translatable';
import type { TranslationInput } from './translation.input';
import { translationState } from './translation-state';
import { Translation } from './translation.entity';

const TYPE_NAME = 'translation';

interface CheckedTranslation {
  type: TranslatableType;
  recordId: number;
  field: string;
  language: string;
  text: string;
  origin: TranslationOrigin;
  source: Source | null;
}

/**
 * Adds a translation or replaces the text of the one there (same record, field and language), if
 * it is still at `expectedVersion`: 0 or none for a new one (else CONFLICT with the current version).
 */
export async function setTranslation(
  em: EntityManager,
  viewer: Viewer,
  input: TranslationInput,
  expectedVersion: number | null | undefined,
): Promise<Translation> {
  const expected = expectedVersion ?? 0;
  try {
    return await transactionalVersioned(
      em,
      { entity: Translation, typeName: TYPE_NAME, expectedVersion: expected },
      (tx) => applyTranslation(tx, viewer, input, expected),
    );
  } catch (error) {
    // Two first translations of the same text at once: the second finds the first there.
    if (error instanceof UniqueConstraintViolationException) throw conflict(TYPE_NAME, expected, 1);
    throw error;
  }
}

async function applyTranslation(
  tx: EntityManager,
  viewer: Viewer,
  input: TranslationInput,
  expectedVersion: number,
): Promise<Translation> {
  if (viewer.userId === null) authorize(viewer, 'content.edit');
  const checked = await checkTranslationInput(tx, viewer, input);
  const record = await findEditableRecord(tx, viewer, checked.type, checked.recordId, 'input.recordId');
  if (TRANSLATABLE[checked.type].language(record) === checked.language) {
    throw badUserInput([
      { path: 'input.language', message: 'is the language of the record’s own text: edit the record' },
    ]);
  }
  // Citing a source makes it public (access/viewer.ts, SOURCE_CITATIONS): an editor's decision.
  if (checked.source) authorize(viewer, 'content.edit');
  const { type, recordId, field, language } = checked;
  const existing = await tx.findOne(Translation, { recordType: type, recordId, field, language });
  checkVersion(TYPE_NAME, existing ?? { id: 0, version: 0 }, expectedVersion);
  const before = existing ? translationState(existing) : null;
  const translation = existing ?? tx.create(Translation, { recordType: type, recordId, field, language, text: '' });
  translation.text = checked.text;
  translation.origin = checked.origin;
  translation.source = checked.source ? tx.getReference(Source, checked.source.id, { wrapped: true }) : null;
  translation.updatedAt = new Date();
  await tx.flush();
  const action = existing ? RevisionAction.UPDATE : RevisionAction.CREATE;
  recordChange(tx, viewer, translation.id, action, before, translationState(translation));
  return translation;
}

/**
 * Removes a translation, if it is still at `expectedVersion` (else CONFLICT); its DELETE revision
 * keeps it, restorable with `restoreRevision`.
 */
export function removeTranslation(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  return transactionalVersioned(em, { entity: Translation, typeName: TYPE_NAME, expectedVersion }, async (tx) => {
    if (viewer.userId === null) authorize(viewer, 'content.edit');
    const translation = await tx.findOne(Translation, { id: idOf(id, 'Translation', 'id') });
    if (!translation || !isTranslatableType(translation.recordType)) throw notFound(TYPE_NAME);
    await findEditableRecord(tx, viewer, translation.recordType, translation.recordId, 'id');
    checkVersion(TYPE_NAME, translation, expectedVersion);
    recordChange(tx, viewer, translation.id, RevisionAction.DELETE, translationState(translation), null);
    tx.remove(translation);
    await tx.flush();
    return true;
  });
}

/** The revision of a change to a translation, in the change's unit of work. */
function recordChange(
  tx: EntityManager,
  viewer: Viewer,
  entityId: number,
  action: RevisionAction,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): void {
  recordRevision(tx, viewer, { entityType: 'Translation', entityId, action, before, after });
}

/**
 * The frame's middle: NOT_FOUND for a record the viewer may not read (a draft is not revealed), then
 * the policy of editing the record itself (a contributor their own draft practice; editors all).
 */
async function findEditableRecord(
  tx: EntityManager,
  viewer: Viewer,
  type: TranslatableType,
  id: number,
  path: string,
): Promise<object> {
  const entity = TRANSLATABLE[type].entity as typeof Practice;
  const found = await tx.findOne(entity, { id });
  const [record] = found ? await readableOnly(tx, viewer, entity, [found]) : [];
  if (!record) throw notFound(type, path);
  if (record instanceof Practice) authorize(viewer, 'practice.edit', record);
  else authorize(viewer, 'content.edit');
  return record;
}

/** Format problems, an untranslatable field, a text over the field's own limit, a missing source: all at once. */
async function checkTranslationInput(
  tx: EntityManager,
  viewer: Viewer,
  input: TranslationInput,
): Promise<CheckedTranslation> {
  const problems = new InputProblems();
  const { data, problems: formatProblems } = checkInput(translationInputSchema, input, 'input');
  formatProblems.forEach(({ path, message }) => problems.add(path, message));
  const decoded = fromGlobalId(input.recordId ?? '');
  const type = decoded && isTranslatableType(decoded.typeName) ? decoded.typeName : null;
  if (!type) {
    problems.add(
      'input.recordId',
      `is not the global ID of a translatable record (${Object.keys(TRANSLATABLE).join(', ')})`,
    );
  }
  const rule = type ? translatableField(type, input.field) : undefined;
  if (type && input.field && !rule) {
    problems.add('input.field', `is not a translatable field of a ${type}: ${fieldsOf(type).join(', ')}`);
  }
  const text = rule && data ? checkInput(rule, data.text, 'input.text') : null;
  text?.problems.forEach(({ path, message }) => problems.add(path, message));
  const origin = data?.origin ?? TranslationOrigin.ATLAS;
  const source = await citedSource(tx, viewer, input.sourceId, origin, problems);
  problems.throwIfAny();
  return {
    type: type!,
    recordId: decoded!.id,
    field: input.field,
    language: data!.language,
    text: text!.data!,
    origin,
    source,
  };
}

/** The source a SOURCE translation cites (required for one, refused for an ATLAS one), if readable. */
async function citedSource(
  tx: EntityManager,
  viewer: Viewer,
  sourceId: string | null | undefined,
  origin: TranslationOrigin,
  problems: InputProblems,
): Promise<Source | null> {
  if (sourceId == null) {
    if (origin === TranslationOrigin.SOURCE) problems.add('input.sourceId', 'give the source of this wording');
    return null;
  }
  if (origin !== TranslationOrigin.SOURCE) {
    problems.add('input.sourceId', 'only a translation of origin SOURCE cites a source');
    return null;
  }
  const decoded = fromGlobalId(sourceId);
  const found = decoded?.typeName === 'Source' ? await tx.findOne(Source, { id: decoded.id }) : null;
  const [source] = found ? await readableOnly(tx, viewer, Source, [found]) : [];
  if (!source) problems.add('input.sourceId', 'no such source');
  return source ?? null;
}
