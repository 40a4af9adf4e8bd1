import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../accounts/viewer';
import { checkVersion, transactionalVersioned } from '../db/optimistic-lock';
import { uniqueKey } from '../db/unique-key';
import { badUserInput, InputProblems, notFound } from '../graphql/errors';
import { fromGlobalId } from '../graphql/global-id';
import { parseInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { applyProgram, loadProgram, programReferences, programState } from './program-state';
import { programInputSchema } from './program.input';
import { ReintegrationProgram } from './program.entity';

/** Creates a programme, its key made from its name (unique). */
export async function createProgram(em: EntityManager, viewer: Viewer, input: unknown): Promise<ReintegrationProgram> {
  const fields = parseInput(programInputSchema, input);
  return em.transactional(async (em) => {
    const tx = em as EntityManager;
    const problems = new InputProblems();
    const { country, sources } = await programReferences(tx, fields, problems);
    problems.throwIfAny();
    const program = tx.create(ReintegrationProgram, {
      key: await uniqueKey(tx, ReintegrationProgram, fields.name, 'programme'),
      name: fields.name,
      country: country!,
      leadAgency: fields.leadAgency,
      status: fields.status,
      summary: fields.summary,
    });
    applyProgram(program, fields, { country: country!, sources });
    await tx.flush();
    recordRevision(tx, viewer, {
      entityType: 'ReintegrationProgram',
      entityId: program.id,
      action: RevisionAction.CREATE,
      before: null,
      after: programState(program),
    });
    return program;
  });
}

/** Replaces every field of a programme, if it is still at the version the change was based on. */
export async function updateProgram(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  input: unknown,
  expectedVersion: number,
): Promise<ReintegrationProgram> {
  const decoded = fromGlobalId(id);
  if (decoded?.typeName !== 'ReintegrationProgram') {
    throw badUserInput([{ path: 'id', message: 'is not the global ID of a ReintegrationProgram' }]);
  }
  const fields = parseInput(programInputSchema, input);
  return transactionalVersioned(
    em,
    { entity: ReintegrationProgram, typeName: 'programme', expectedVersion },
    async (tx) => {
      const program = await loadProgram(tx, decoded.id);
      if (!program) throw notFound('programme');
      const problems = new InputProblems();
      const { country, sources } = await programReferences(tx, fields, problems);
      problems.throwIfAny();
      checkVersion('programme', program, expectedVersion);
      const before = programState(program);
      applyProgram(program, fields, { country: country!, sources });
      await tx.flush();
      recordRevision(tx, viewer, {
        entityType: 'ReintegrationProgram',
        entityId: program.id,
        action: RevisionAction.UPDATE,
        before,
        after: programState(program),
      });
      return program;
    },
  );
}
