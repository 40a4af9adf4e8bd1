import { badUserInput, InputProblems } from '../graphql/errors';
import { parseRecorded, restoreRecord, type Restorer } from '../history/restorers';
import { applyProgram, loadProgram, programReferences, programState } from './program-state';
import { programInputSchema } from './program.input';
import { ReintegrationProgram } from './program.entity';

/** Brings a programme back to a recorded state (fields, country, sources), re-creating it if need be. */
export const restoreProgram: Restorer = async (em, viewer, entityId, state) => {
  const invalid = 'the recorded state is not a valid programme';
  const fields = parseRecorded(programInputSchema, state, invalid);
  if (typeof state.key !== 'string') throw badUserInput([{ path: 'id', message: invalid }]);
  const key = state.key;
  const problems = new InputProblems();
  const { country, partnerCountries, sources } = await programReferences(em, fields, problems);
  problems.throwIfAny();
  const record = {
    entityType: 'ReintegrationProgram',
    entityId,
    load: () => loadProgram(em, entityId),
    stateOf: programState,
  };
  return restoreRecord(em, viewer, record, (existing) => {
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
    applyProgram(program, fields, { country: country!, partnerCountries, sources });
    return program;
  });
};
