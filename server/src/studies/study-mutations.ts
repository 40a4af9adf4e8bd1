import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../access/viewer';
import { inTransaction } from '../db/in-transaction';
import { checkVersion, transactionalVersioned } from '../db/optimistic-lock';
import { uniqueKey } from '../db/unique-key';
import { InputProblems, notFound } from '../graphql/errors';
import { idOf } from '../graphql/global-id';
import { checkInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { applyStudy, loadStudy, studyReferences, studyState } from './study-state';
import { studyInputSchema, type StudyInput } from './study.input';
import { Study } from './study.entity';

/** Creates a study, its key made from its title (unique). */
export async function createStudy(em: EntityManager, viewer: Viewer, input: StudyInput): Promise<Study> {
  return inTransaction(em, async (tx) => {
    const { fields, references } = await checkStudyInput(tx, input);
    const study = tx.create(Study, {
      key: await uniqueKey(tx, Study, fields.title, 'study'),
      title: fields.title,
      design: fields.design,
      measured: fields.measured,
      findings: fields.findings,
      source: references.source!,
    });
    applyStudy(study, fields, references);
    await tx.flush();
    recordStudyRevision(tx, viewer, study, RevisionAction.CREATE, null);
    return study;
  });
}

/** Replaces every field of a study, if it is still at the version the change was based on. */
export async function updateStudy(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  input: StudyInput,
  expectedVersion: number,
): Promise<Study> {
  const studyId = idOf(id, 'Study', 'id');
  return transactionalVersioned(em, { entity: Study, typeName: 'study', expectedVersion }, async (tx) => {
    const study = await loadStudy(tx, studyId);
    if (!study) throw notFound('study');
    const { fields, references } = await checkStudyInput(tx, input);
    checkVersion('study', study, expectedVersion);
    const before = studyState(study);
    applyStudy(study, fields, references);
    await tx.flush();
    recordStudyRevision(tx, viewer, study, RevisionAction.UPDATE, before);
    return study;
  });
}

/** Format problems and missing references, all reported at once; nothing is written before this passes. */
async function checkStudyInput(tx: EntityManager, input: StudyInput) {
  const problems = new InputProblems();
  const { data, problems: formatProblems } = checkInput(studyInputSchema, input);
  problems.addAll(formatProblems);
  const references = await studyReferences(tx, input, problems);
  problems.throwIfAny();
  return { fields: data!, references };
}

function recordStudyRevision(
  tx: EntityManager,
  viewer: Viewer,
  study: Study,
  action: RevisionAction,
  before: ReturnType<typeof studyState> | null,
): void {
  recordRevision(tx, viewer, { entityType: 'Study', entityId: study.id, action, before, after: studyState(study) });
}
