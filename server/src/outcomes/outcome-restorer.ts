import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../access/viewer';
import { badUserInput } from '../graphql/errors';
import { recordRevision, RevisionAction, snapshot } from '../history/record-revision';
import { Indicator } from '../indicators/indicator.entity';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { outcomeStateSchema } from './outcome-state';
import { Outcome } from './outcome.entity';

/** Brings a figure back to a recorded state; a deleted one is re-created under its old ID. */
export async function restoreOutcome(
  em: EntityManager,
  viewer: Viewer,
  entityId: number,
  state: Record<string, unknown>,
): Promise<Outcome> {
  const parsed = outcomeStateSchema.safeParse(state);
  if (!parsed.success) throw badUserInput([{ path: 'id', message: 'the recorded state is not a valid outcome' }]);
  const figure = parsed.data;
  const [program, practice, indicator, source] = await Promise.all([
    em.findOne(ReintegrationProgram, { id: figure.program }),
    figure.practice === null ? null : em.findOne(Practice, { id: figure.practice }),
    em.findOne(Indicator, { id: figure.indicator }),
    em.findOne(Source, { id: figure.source }),
  ]);
  if (!program || !indicator || !source || (figure.practice !== null && !practice)) {
    throw badUserInput([{ path: 'id', message: 'a record this figure refers to no longer exists' }]);
  }
  const existing = await em.findOne(Outcome, { id: entityId });
  const before = existing ? snapshot(existing) : null;
  const fields = {
    program,
    practice,
    indicator,
    source,
    year: figure.year,
    value: figure.value,
    sex: figure.sex,
    note: figure.note,
  };
  const outcome = existing ? em.assign(existing, fields) : em.create(Outcome, { id: entityId, ...fields });
  await em.flush();
  recordRevision(em, viewer, {
    entityType: 'Outcome',
    entityId,
    action: RevisionAction.RESTORE,
    before,
    after: snapshot(outcome),
  });
  return outcome;
}
