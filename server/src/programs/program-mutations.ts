import type { EntityManager } from '@mikro-orm/knex';
import { inTransaction } from '../db/in-transaction';
import type { Viewer } from '../access/viewer';
import { checkVersion, transactionalVersioned } from '../db/optimistic-lock';
import { uniqueKey } from '../db/unique-key';
import { InputProblems, notFound } from '../graphql/errors';
import { idOf } from '../graphql/global-id';
import { checkInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { applyProgram, loadProgram, programReferences, programState } from './program-state';
import { programInputSchema, type ProgramInput } from './program.input';
import { ReintegrationProgram } from './program.entity';

/** Creates a programme, its key made from its name (unique). */
export async function createProgram(
  em: EntityManager,
  viewer: Viewer,
  input: ProgramInput,
): Promise<ReintegrationProgram> {
  return inTransaction(em, async (tx) => {
    const { fields, country, partnerCountries, sources } = await checkProgramInput(tx, input);
    const program = tx.create(ReintegrationProgram, {
      key: await uniqueKey(tx, ReintegrationProgram, fields.name, 'programme'),
      name: fields.name,
      country,
      leadAgency: fields.leadAgency,
      status: fields.status,
      summary: fields.summary,
    });
    applyProgram(program, fields, { country, partnerCountries, sources });
    await tx.flush();
    recordProgramRevision(tx, viewer, program, RevisionAction.CREATE, null);
    return program;
  });
}

/** Replaces every field of a programme, if it is still at the version the change was based on. */
export async function updateProgram(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  input: ProgramInput,
  expectedVersion: number,
): Promise<ReintegrationProgram> {
  const programId = idOf(id, 'ReintegrationProgram', 'id');
  return transactionalVersioned(
    em,
    { entity: ReintegrationProgram, typeName: 'programme', expectedVersion },
    async (tx) => {
      const program = await loadProgram(tx, programId);
      if (!program) throw notFound('programme');
      const { fields, country, partnerCountries, sources } = await checkProgramInput(tx, input);
      checkVersion('programme', program, expectedVersion);
      const before = programState(program);
      applyProgram(program, fields, { country, partnerCountries, sources });
      await tx.flush();
      recordProgramRevision(tx, viewer, program, RevisionAction.UPDATE, before);
      return program;
    },
  );
}

/** Format problems and missing references, all reported at once; nothing is written before this passes. */
async function checkProgramInput(tx: EntityManager, input: ProgramInput) {
  const problems = new InputProblems();
  const { data, problems: formatProblems } = checkInput(programInputSchema, input);
  problems.addAll(formatProblems);
  const { country, partnerCountries, sources } = await programReferences(tx, input, problems);
  problems.throwIfAny();
  return { fields: data!, country: country!, partnerCountries, sources };
}

/** The revision of a programme's change: its state before (null for a creation) and now. */
function recordProgramRevision(
  tx: EntityManager,
  viewer: Viewer,
  program: ReintegrationProgram,
  action: RevisionAction,
  before: ReturnType<typeof programState> | null,
): void {
  recordRevision(tx, viewer, {
    entityType: 'ReintegrationProgram',
    entityId: program.id,
    action,
    before,
    after: programState(program),
  });
}
