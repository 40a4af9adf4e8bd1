import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useClient, useMutation, useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { Empty, QueryState } from '../../components/QueryState';
import { leaveSavedNotice } from '../../editing/saved-notice';
import { checkProgram, programLabels, programValues, type ProgramValues } from './program-values';
import { ProgramFields } from './ProgramFields';
import { ProgramEditQuery, UpdateProgramMutation, type CountryChoice, type EditedProgram } from './queries';
import { SaveActions } from '../../editing/SaveActions';
import { useSaveProblems } from '../../editing/save-problems';
import { useVersionConflict, type Versioned } from '../../editing/version-conflict';
import { t } from '../../i18n/message';

const versioned = (program: EditedProgram): Versioned<ProgramValues> => ({
  values: programValues(program),
  version: program.version,
});

/** A programme as it is now (never from the cache: its version must be the latest), to edit. */
export function EditProgram({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: ProgramEditQuery, variables: { id }, requestPolicy: 'network-only' });
  if (result.data && result.data.program === null) {
    return <Empty>{t('programForm.notFound')}</Empty>;
  }
  return (
    <QueryState what="programForm.what" result={result} data={result.data?.program} retry={reexecute}>
      {(program) => <EditProgramForm id={id} program={program} countries={result.data?.countries ?? []} />}
    </QueryState>
  );
}

function EditProgramForm({
  id,
  program,
  countries,
}: {
  id: string;
  program: EditedProgram;
  countries: readonly CountryChoice[];
}) {
  const intl = useIntl();
  const [loaded] = useState(() => versioned(program));
  const [values, setValues] = useState(loaded.values);
  const [state, update] = useMutation(UpdateProgramMutation);
  const { problems, setMissing } = useSaveProblems(state.error);
  const [, navigate] = useLocation();
  const client = useClient();
  const conflict = useVersionConflict({
    loaded,
    labels: programLabels(intl),
    values,
    setValues,
    fetchLatest: async () => {
      const latest = await client.query(ProgramEditQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
      return latest.data?.program ? versioned(latest.data.program) : null;
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkProgram(values);
    setMissing(checked.problems);
    if (!checked.input) return;
    conflict.saving();
    const result = await update({ id, input: checked.input, expectedVersion: conflict.expectedVersion });
    if (!result.data) return;
    leaveSavedNotice(
      id,
      intl.formatMessage({ id: 'programForm.saved' }, { version: result.data.updateProgram.version }),
    );
    navigate(`/programs/${id}`);
  };

  return (
    <form noValidate onSubmit={submit} className="ef-form">
      <p className="lede">
        {t('programForm.lede', {
          version: loaded.version,
          programme: <Link href={`/programs/${id}`}>{program.name}</Link>,
          outcomes: (chunks) => <Link href={`/programs/${id}/outcomes`}>{chunks}</Link>,
        })}
      </p>
      {conflict.notice('programForm.what', problems)}
      <ProgramFields
        values={values}
        setValues={setValues}
        countries={countries}
        knownSources={loaded.values.sources}
        problems={problems}
      />
      <SaveActions
        label={intl.formatMessage({ id: 'programForm.save' })}
        saving={state.fetching}
        cancelHref={`/programs/${id}`}
      />
    </form>
  );
}
