import { useState, type FormEvent } from 'react';
import { UnitNames } from '../../editing/unit-names';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, QueryState } from '../../components/QueryState';
import { Confirmation } from '../../editing/Confirmation';
import { FormProblems } from '../../editing/fields';
import { ProblemSummary } from '../../editing/ProblemSummary';
import { EDITORS, RequireRole } from '../../editing/RequireRole';
import { PageTitle } from '../../layout/PageTitle';
import { useSaveProblems } from '../../editing/save-problems';
import { ExistingOutcomes } from './ExistingOutcomes';
import { NewOutcomeRows } from './NewOutcomeRows';
import { checkOutcomes, emptyRow, rowLabels } from './outcome-rows';
import { OutcomesFormQuery, RecordOutcomesMutation, type IndicatorChoice, type OutcomesProgram } from './queries';
import '../../editing/editor-forms.css';
import { t } from '../../i18n/message';

/** `/programs/:id/outcomes`: a programme's figures, deleted one by one or recorded several at once. */
export default function OutcomesFormPage({ id }: { id: string }) {
  const intl = useIntl();
  return (
    <section className="ef-page">
      <PageTitle page={intl.formatMessage({ id: 'outcomesForm.title' })} />
      <h1>{t('outcomesForm.title')}</h1>
      <RequireRole roles={EDITORS} what="outcomesForm.requiredRole">
        {() => <Outcomes id={id} />}
      </RequireRole>
    </section>
  );
}

function Outcomes({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: OutcomesFormQuery, variables: { id }, requestPolicy: 'network-only' });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const [deleted, setDeleted] = useState<string | null>(null);
  if (result.data && result.data.program === null) {
    return <Empty>{t('outcomesForm.notFound')}</Empty>;
  }
  return (
    <QueryState what="outcomesForm.what" result={result} data={result.data?.program} retry={refresh}>
      {(program) => (
        <>
          <p className="lede">
            <Link href={`/programs/${program.id}`}>{program.name}</Link>
            {program.acronym && ` (${program.acronym})`}.{' '}
            <Link href={`/programs/${program.id}/edit`}>{t('outcomesForm.editProgramme')}</Link>
          </p>
          <section aria-labelledby="outcomes-recorded">
            <h2 id="outcomes-recorded">{t('outcomesForm.recorded', { count: program.outcomes.length })}</h2>
            <Confirmation>{deleted && t('outcomesForm.deleted', { what: deleted })}</Confirmation>
            <ExistingOutcomes
              outcomes={program.outcomes}
              onDeleted={(what) => {
                setDeleted(what);
                refresh();
              }}
            />
          </section>
          <UnitNames indicators={result.data?.indicators ?? []}>
            <RecordOutcomes program={program} indicators={result.data?.indicators ?? []} onRecorded={refresh} />
          </UnitNames>
        </>
      )}
    </QueryState>
  );
}

/** New figures, recorded all at once or not at all. */
function RecordOutcomes({
  program,
  indicators,
  onRecorded,
}: {
  program: OutcomesProgram;
  indicators: readonly IndicatorChoice[];
  onRecorded(): void;
}) {
  const intl = useIntl();
  const defaultSource = program.sources.length === 1 ? program.sources[0]?.id : '';
  const [rows, setRows] = useState(() => [emptyRow(defaultSource)]);
  const [recorded, setRecorded] = useState<number | null>(null);
  const [state, record] = useMutation(RecordOutcomesMutation);
  const { problems, setMissing } = useSaveProblems(state.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRecorded(null);
    const checked = checkOutcomes(program.id, rows, indicators);
    setMissing(checked.problems);
    if (!checked.input) return;
    // The programme's cached queries are stale even where they held no outcome yet.
    const result = await record({ inputs: checked.input }, { additionalTypenames: ['ReintegrationProgram'] });
    if (result.data) {
      setRecorded(result.data.recordOutcomes.length);
      setRows([emptyRow(defaultSource)]);
      onRecorded();
    }
  };

  return (
    <section aria-labelledby="outcomes-new">
      <h2 id="outcomes-new">{t('outcomesForm.new')}</h2>
      <p className="meta">{t('outcomesForm.new.explanation')}</p>
      <form noValidate onSubmit={submit} className="ef-form">
        <ProblemSummary problems={problems} labels={rowLabels(intl, rows)} />
        <FormProblems problems={problems}>
          <NewOutcomeRows rows={rows} onChange={setRows} indicators={indicators} sources={program.sources} />
        </FormProblems>
        <div className="form-actions">
          <button type="submit" disabled={state.fetching}>
            {state.fetching ? t('outcomesForm.new.recording') : t('outcomesForm.new.record', { count: rows.length })}
          </button>
          <Confirmation>{recorded !== null && t('outcomesForm.new.recorded', { count: recorded })}</Confirmation>
        </div>
      </form>
    </section>
  );
}
