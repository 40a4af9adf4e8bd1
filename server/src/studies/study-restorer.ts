import { badUserInput, InputProblems } from '../graphql/errors';
import { parseRecorded, restoreRecord, type Restorer } from '../history/restorers';
import { applyStudy, loadStudy, studyReferences, studyState } from './study-state';
import { studyInputSchema } from './study.input';
import { Study } from './study.entity';

/** Brings a study back to a recorded state (fields, source, programmes, practices, member states), re-creating it if need be. */
export const restoreStudy: Restorer = async (em, viewer, entityId, state) => {
  const invalid = 'the recorded state is not a valid study';
  const fields = parseRecorded(studyInputSchema, state, invalid);
  if (typeof state.key !== 'string') throw badUserInput([{ path: 'id', message: invalid }]);
  const key = state.key;
  const problems = new InputProblems();
  const references = await studyReferences(em, fields, problems);
  problems.throwIfAny();
  const record = { entityType: 'Study', entityId, load: () => loadStudy(em, entityId), stateOf: studyState };
  return restoreRecord(em, viewer, record, (existing) => {
    const study =
      existing ??
      em.create(Study, {
        id: entityId,
        key,
        title: fields.title,
        design: fields.design,
        measured: fields.measured,
        findings: fields.findings,
        source: references.source!,
      });
    applyStudy(study, fields, references);
    return study;
  });
};
