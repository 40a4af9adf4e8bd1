import { valueProblem } from '@atlas/shared/rules';
import type { EntityManager } from '@mikro-orm/knex';
import { inTransaction } from '../db/in-transaction';
import type { Viewer } from '../access/viewer';
import { badUserInput, InputProblems } from '../graphql/errors';
import { loadReferences } from '../db/reference-ids';
import { checkInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction, snapshot } from '../history/record-revision';
import { Indicator } from '../indicators/indicator.entity';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { MAX_FIGURES, outcomeBatchSchema, type OutcomeFields, type OutcomeInput } from './outcome.input';
import { breakdownOf } from '../indicators/figure-breakdown';
import { Outcome } from './outcome.entity';

/**
 * Records several figures at once, all or none: every bad one is reported at its path
 * (`inputs[2].value`), format, reference and unit problems in one round. The checks read the figures
 * as GraphQL typed them; they are written as the schema parsed them.
 */
export async function recordOutcomes(em: EntityManager, viewer: Viewer, inputs: OutcomeInput[]): Promise<Outcome[]> {
  const { data: figures, problems: formatProblems } = checkInput(outcomeBatchSchema, inputs, 'inputs');
  // An empty or oversized batch is refused before anything is read.
  if (inputs.length === 0 || inputs.length > MAX_FIGURES) throw badUserInput(formatProblems);
  return inTransaction(em, async (tx) => {
    const problems = new InputProblems();
    problems.addAll(formatProblems);
    const refs = <K extends 'programId' | 'practiceId' | 'sourceId'>(key: K) =>
      inputs.flatMap((input, i) => {
        const globalId = input[key];
        return globalId ? [{ path: `inputs[${i}].${key}`, globalId }] : [];
      });
    const programs = await loadReferences(tx, ReintegrationProgram, refs('programId'), problems, 'programme');
    const practices = await loadReferences(tx, Practice, refs('practiceId'), problems, 'practice');
    const sources = await loadReferences(tx, Source, refs('sourceId'), problems, 'source');
    const codes = [...new Set(inputs.map((input) => input.indicatorCode))];
    const indicators = new Map(
      (await tx.find(Indicator, { code: { $in: codes } })).map((indicator) => [indicator.code, indicator]),
    );
    inputs.forEach((input, i) => {
      const indicator = indicators.get(input.indicatorCode);
      if (!indicator)
        problems.add(`inputs[${i}].indicatorCode`, 'no such indicator', 'NOT_FOUND', { type: 'Indicator' });
      if (indicator) problems.addIf(`inputs[${i}].value`, valueProblem(input.value, indicator.unit));
      const program = programs.get(input.programId);
      const practice = input.practiceId ? practices.get(input.practiceId) : undefined;
      if (program && practice && practice.program?.id !== program.id) {
        problems.add(`inputs[${i}].practiceId`, 'is not a practice of this programme');
      }
    });
    problems.throwIfAny();

    const outcomes = figures!.map((figure: OutcomeFields) =>
      tx.create(Outcome, {
        program: programs.get(figure.programId)!,
        practice: figure.practiceId ? practices.get(figure.practiceId)! : null,
        indicator: indicators.get(figure.indicatorCode)!,
        year: figure.year,
        value: figure.value,
        sex: figure.sex,
        source: sources.get(figure.sourceId)!,
        note: figure.note ?? null,
        ...breakdownOf(figure),
      }),
    );
    await tx.flush();
    for (const outcome of outcomes) {
      recordRevision(tx, viewer, {
        entityType: 'Outcome',
        entityId: outcome.id,
        action: RevisionAction.CREATE,
        before: null,
        after: snapshot(outcome),
      });
    }
    return outcomes;
  });
}
