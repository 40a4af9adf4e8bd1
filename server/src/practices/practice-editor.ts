import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { authorize, type Action } from '../access/policy';
import { User } from '../accounts/user.entity';
import { canReadPractice, type Viewer } from '../access/viewer';
import { checkVersion, transactionalVersioned } from '../db/optimistic-lock';
import { uniqueKey } from '../db/unique-key';
import { InputProblems, notFound } from '../graphql/errors';
import { idOf } from '../graphql/global-id';
import { checkInput, parseInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { practiceState } from './practice-state';
import { createSources, recordCreatedSources } from '../sources/source-reference';
import type { Source } from '../sources/source.entity';
import { practiceInputSchema, rejectionReasonSchema, type PracticeFields, type PracticeInput } from './practice-input';
import { checkReferences, type PracticeReferences } from './practice-references';
import { checkStep, WORKFLOW, type WorkflowStep } from './practice-workflow';
import { Practice } from './practice.entity';
import { PRACTICE_VOCABULARY_FIELDS } from './practice-vocabulary-fields';

type CheckedInput = PracticeFields & { references: PracticeReferences };

/** What a change did, for its revision: the action, a note (a rejection's reason), sources it created. */
interface Change {
  action: RevisionAction;
  note?: string | null;
  created?: Source[];
}

/** Creates a DRAFT practice by the viewer, with its sources (new ones created, known URLs reused). */
export async function createPractice(em: EntityManager, viewer: Viewer, input: PracticeInput): Promise<Practice> {
  authorize(viewer, 'practice.create');
  const checked = await checkPracticeInput(em, viewer, input);
  return em.transactional(async (tx) => {
    const key = await uniqueKey(tx, Practice, checked.title, 'practice');
    const practice = new Practice();
    practice.key = key;
    practice.createdBy = tx.getReference(User, viewer.userId!, { wrapped: true });
    const created = await applyFields(tx, viewer, practice, checked);
    tx.persist(practice);
    return record(tx, viewer, practice, { action: RevisionAction.CREATE, created }, null);
  });
}

/** Replaces a practice's fields, if it is still at `expectedVersion` (else CONFLICT with the current one). */
export function updatePractice(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  input: PracticeInput,
  expectedVersion: number,
): Promise<Practice> {
  return transactionalVersioned(em, { entity: Practice, typeName: 'practice', expectedVersion }, (tx) =>
    changePractice(tx, viewer, id, 'practice.edit', async (practice) => {
      const checked = await checkPracticeInput(tx, viewer, input);
      checkVersion('practice', practice, expectedVersion);
      const created = await applyFields(tx, viewer, practice, checked);
      return { action: RevisionAction.UPDATE, created };
    }),
  );
}

/** Moves a practice through the workflow (practice-workflow.ts); `reason` is required to reject. */
export function movePractice(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  step: WorkflowStep,
  reason?: string,
): Promise<Practice> {
  const rule = WORKFLOW[step];
  return transactionalVersioned(em, { entity: Practice, typeName: 'practice', expectedVersion: null }, (tx) =>
    changePractice(tx, viewer, id, rule.action, (practice) => {
      const note = step === 'reject' ? parseInput(rejectionReasonSchema, reason, 'reason') : null;
      checkStep(step, practice.status);
      practice.status = rule.to;
      practice.rejectionReason = note;
      if (step === 'publish') practice.publishedAt = new Date();
      return Promise.resolve({ action: rule.revision, note });
    }),
  );
}

/**
 * The frame of every change to an existing practice, in one transaction: UNAUTHENTICATED first,
 * NOT_FOUND for what the viewer may not see (so that drafts are not revealed), the policy, then the
 * change and its revision.
 */
async function changePractice(
  tx: EntityManager,
  viewer: Viewer,
  id: string,
  action: Action,
  change: (practice: Practice) => Promise<Change>,
): Promise<Practice> {
  if (viewer.userId === null) authorize(viewer, action);
  const practice = await tx.findOne(Practice, { id: idOf(id, 'Practice', 'id') }, { populate: ['sources'] });
  if (!practice || !canReadPractice(viewer, practice)) throw notFound('practice');
  authorize(viewer, action, practice);
  const before = practiceState(practice);
  return record(tx, viewer, practice, await change(practice), before);
}

/**
 * Flushes the change (a new version, whatever changed) and writes its revision, and one for each
 * source it created, in the same transaction.
 */
async function record(
  tx: EntityManager,
  viewer: Viewer,
  practice: Practice,
  change: Change,
  before: Record<string, unknown> | null,
): Promise<Practice> {
  practice.updatedAt = practice.lastEditedAt = new Date();
  await tx.flush();
  recordCreatedSources(tx, viewer, change.created ?? []);
  recordRevision(tx, viewer, {
    entityType: 'Practice',
    entityId: practice.id,
    action: change.action,
    before,
    after: practiceState(practice),
    note: change.note ?? null,
  });
  return practice;
}

/** Format problems and missing references, all reported at once; nothing is written before this passes. */
async function checkPracticeInput(em: EntityManager, viewer: Viewer, input: PracticeInput): Promise<CheckedInput> {
  const problems = new InputProblems();
  const { data, problems: formatProblems } = checkInput(practiceInputSchema, input, 'input');
  problems.addAll(formatProblems);
  const references = await checkReferences(em, viewer, input, problems);
  problems.throwIfAny();
  return { ...data!, references: references! };
}

/** The input's own fields of a practice; its references are resolved apart. */
const OWN_FIELDS = ['title', 'summary', 'body', 'year', ...PRACTICE_VOCABULARY_FIELDS, 'partners'] as const;

function ownFields(checked: CheckedInput): Pick<CheckedInput, (typeof OWN_FIELDS)[number]> {
  return Object.fromEntries(OWN_FIELDS.map((field) => [field, checked[field]])) as Pick<
    CheckedInput,
    (typeof OWN_FIELDS)[number]
  >;
}

/**
 * Sets the practice's fields and sources; new sources are created first, before the practice
 * changes, as the viewer's (who may read them while no public record cites them: access/viewer.ts).
 */
async function applyFields(
  tx: EntityManager,
  viewer: Viewer,
  practice: Practice,
  checked: CheckedInput,
): Promise<Source[]> {
  const { country, program, event, sources, newSources } = checked.references;
  const created = [...(await createSources(tx, viewer, newSources)).values()];
  Object.assign(practice, ownFields(checked));
  practice.country = ref(country);
  practice.program = program ? ref(program) : null;
  practice.event = event ? ref(event) : null;
  practice.sources.set([...sources, ...created]);
  return created;
}
