import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../access/viewer';
import { badUserInput, InputProblems } from '../graphql/errors';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { applyProgram, loadProgram, programReferences, programState } from './program-state';
import { programInputSchema } from './program.input';
import { ReintegrationProgram } from './program.entity';

/** Brings a programme back to a recorded state (fields, country, sources), re-creating it if need be. */
export async function restoreProgram(
  em: EntityManager,
  viewer: Viewer,
  entityId: number,
  state: Record<string, unknown>,
): Promise<ReintegrationProgram> {
  const parsed = programInputSchema.safeParse(state);
  const key = typeof state.key === 'string' ? state.key : null;
  if (!parsed.success || !key)
    throw badUserInput([{ path: 'id', message: 'the recorded state is not a valid programme' }]);
  const fields = parsed.data;
  const problems = new InputProblems();
  const { country, sources } = await programReferences(em, fields, problems);
  problems.throwIfAny();
  const existing = await loadProgram(em, entityId);
  const before = existing ? programState(existing) : null;
  const program =
    existing ??
    em.create(ReintegrationProgram, {
      id: entityId,
      key,
      name: fields.name,
      country: country!,
      leadAgency: fields.leadAgency,
      status: fields.status,
      summary: fields.summary,
    });
  applyProgram(program, fields, { country: country!, sources });
  await em.flush();
  recordRevision(em, viewer, {
    entityType: 'ReintegrationProgram',
    entityId,
    action: RevisionAction.RESTORE,
    before,
    after: programState(program),
  });
  return program;
}
