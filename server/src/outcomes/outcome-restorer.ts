import { badUserInput } from '../graphql/errors';
import { snapshot } from '../history/record-revision';
import { parseRecorded, restoreRecord, type Restorer } from '../history/restorers';
import { breakdownOf } from '../indicators/figure-breakdown';
import { Indicator } from '../indicators/indicator.entity';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { outcomeStateSchema } from './outcome-state';
import { Outcome } from './outcome.entity';

/** Brings a figure back to a recorded state; a deleted one is re-created under its old ID. */
export const restoreOutcome: Restorer = async (em, viewer, entityId, state) => {
  const figure = parseRecorded(outcomeStateSchema, state, 'the recorded state is not a valid outcome');
  const [program, practice, indicator, source] = await Promise.all([
    em.findOne(ReintegrationProgram, { id: figure.program }),
    figure.practice === null ? null : em.findOne(Practice, { id: figure.practice }),
    em.findOne(Indicator, { id: figure.indicator }),
    em.findOne(Source, { id: figure.source }),
  ]);
  if (!program || !indicator || !source || (figure.practice !== null && !practice)) {
    throw badUserInput([{ path: 'id', message: 'a record this figure refers to no longer exists' }]);
  }
  const record = {
    entityType: 'Outcome',
    entityId,
    load: () => em.findOne(Outcome, { id: entityId }),
    stateOf: snapshot,
  };
  return restoreRecord(em, viewer, record, (existing) => {
    const fields = {
      program,
      practice,
      indicator,
      source,
      year: figure.year,
      value: figure.value,
      sex: figure.sex,
      note: figure.note,
      ...breakdownOf(figure),
    };
    return existing ? em.assign(existing, fields) : em.create(Outcome, { id: entityId, ...fields });
  });
};
