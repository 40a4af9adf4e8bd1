import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../accounts/viewer';
import { InputProblems } from '../graphql/errors';
import { loadReferences } from '../graphql/reference-ids';
import { parseInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction, snapshot } from '../history/record-revision';
import { Indicator } from '../indicators/indicator.entity';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { outcomeBatchSchema, type OutcomeFields } from './outcome.input';
import { Outcome } from './outcome.entity';

/** Records several figures at once, all or none: every bad one is reported at its path (`inputs[2].value`). */
export async function recordOutcomes(em: EntityManager, viewer: Viewer, inputs: unknown): Promise<Outcome[]> {
  const figures = parseInput(outcomeBatchSchema, inputs, 'inputs');
  return em.transactional(async (em) => {
    const tx = em as EntityManager;
    const problems = new InputProblems();
    const refs = <K extends 'programId' | 'practiceId' | 'sourceId'>(key: K) =>
      figures.flatMap((figure, i) => {
        const globalId = figure[key];
        return globalId ? [{ path: `inputs[${i}].${key}`, globalId }] : [];
      });
    const programs = await loadReferences(tx, ReintegrationProgram, refs('programId'), problems, 'programme');
    const practices = await loadReferences(tx, Practice, refs('practiceId'), problems, 'practice');
    const sources = await loadReferences(tx, Source, refs('sourceId'), problems, 'source');
    const codes = [...new Set(figures.map((figure) => figure.indicatorCode))];
    const indicators = new Map(
      (await tx.find(Indicator, { code: { $in: codes } })).map((indicator) => [indicator.code, indicator]),
    );
    figures.forEach((figure, i) => {
      if (!indicators.has(figure.indicatorCode)) problems.add(`inputs[${i}].indicatorCode`, 'no such indicator');
      const program = programs.get(figure.programId);
      const practice = figure.practiceId ? practices.get(figure.practiceId) : undefined;
      if (program && practice && practice.program?.id !== program.id) {
        problems.add(`inputs[${i}].practiceId`, 'is not a practice of this programme');
      }
    });
    problems.throwIfAny();

    const outcomes = figures.map((figure: OutcomeFields) =>
      tx.create(Outcome, {
        program: programs.get(figure.programId)!,
        practice: figure.practiceId ? practices.get(figure.practiceId)! : null,
        indicator: indicators.get(figure.indicatorCode)!,
        year: figure.year,
        value: figure.value,
        sex: figure.sex,
        source: sources.get(figure.sourceId)!,
        note: figure.note ?? null,
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
