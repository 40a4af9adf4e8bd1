import { useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { Empty, QueryState } from '../../components/QueryState';
import { leaveSavedNotice } from '../../editing/saved-notice';
import { checkProgram, PROGRAM_LABELS, programValues, type ProgramValues } from './program-values';
import { ProgramFields } from './ProgramFields';
import { ProgramEditQuery, UpdateProgramMutation, type CountryChoice, type EditedProgram } from './queries';
import { SaveActions } from '../../editing/SaveActions';
import { useSaveProblems } from '../../editing/save-problems';
import { useVersionConflict, type Versioned } from '../../editing/version-conflict';

const versioned = (program: EditedProgram): Versioned<ProgramValues> => ({
  values: programValues(program),
  version: program.version,
});

/** A programme as it is now (never from the cache: its version must be the latest), to edit. */
export function EditProgram({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: ProgramEditQuery, variables: { id }, requestPolicy: 'network-only' });
  if (result.data && result.data.program === null) {
    return <Empty>No programme has this address: it may have been removed, or the link is incomplete.</Empty>;
  }
  return (
    <QueryState what="programme" result={result} data={result.data?.program} retry={reexecute}>
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
  const [loaded] = useState(() => versioned(program));
  const [values, setValues] = useState(loaded.values);
  const [state, update] = useMutation(UpdateProgramMutation);
  const { problems, setMissing } = useSaveProblems(state.error);
  const [, navigate] = useLocation();
  const client = useClient();
  const conflict = useVersionConflict({
    loaded,
    labels: PROGRAM_LABELS,
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
    leaveSavedNotice(id, `Your changes were saved (version ${result.data.updateProgram.version}).`);
    navigate(`/programs/${id}`);
  };

  return (
    <form noValidate onSubmit={submit} className="ef-form">
      <p className="lede">
        <Link href={`/programs/${id}`}>{program.name}</Link>, version {loaded.version}.{' '}
        <Link href={`/programs/${id}/outcomes`}>Record or delete its outcomes</Link>
      </p>
      {conflict.notice('programme', problems)}
      <ProgramFields
        values={values}
        setValues={setValues}
        countries={countries}
        knownSources={loaded.values.sources}
        problems={problems}
      />
      <SaveActions label="Save the programme" saving={state.fetching} cancelHref={`/programs/${id}`} />
    </form>
  );
}
