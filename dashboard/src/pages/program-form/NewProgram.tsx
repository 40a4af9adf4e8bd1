import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { QueryState } from '../../components/QueryState';
import { leaveSavedNotice } from '../../editing/saved-notice';
import { checkProgram, emptyProgram } from './program-values';
import { ProgramFields } from './ProgramFields';
import { CreateProgramMutation, ProgramCountriesQuery, type CountryChoice } from './queries';
import { SaveActions } from '../../editing/SaveActions';
import { useSaveProblems } from '../../editing/save-problems';

/** A new programme; `?country=ID` chooses its member state (the link from a country page). */
export function NewProgram() {
  const country = new URLSearchParams(useSearch()).get('country')?.toUpperCase() ?? '';
  const [result, reexecute] = useQuery({ query: ProgramCountriesQuery });
  return (
    <QueryState what="programForm.countries.what" result={result} data={result.data?.countries} retry={reexecute}>
      {(countries) => (
        <NewProgramForm countries={countries} countryCode={countries.some((c) => c.code === country) ? country : ''} />
      )}
    </QueryState>
  );
}

function NewProgramForm({ countries, countryCode }: { countries: readonly CountryChoice[]; countryCode: string }) {
  const intl = useIntl();
  const [values, setValues] = useState(() => emptyProgram(countryCode));
  const [state, create] = useMutation(CreateProgramMutation);
  const { problems, setMissing } = useSaveProblems(state.error);
  const [, navigate] = useLocation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkProgram(values);
    setMissing(checked.problems?.fields ?? null);
    if (!checked.input) return;
    const result = await create({ input: checked.input });
    if (!result.data) return;
    const { id } = result.data.createProgram;
    leaveSavedNotice(id, intl.formatMessage({ id: 'programForm.added' }));
    navigate(`/programs/${id}`);
  };

  return (
    <form noValidate onSubmit={submit} className="ef-form">
      <ProgramFields
        values={values}
        setValues={setValues}
        countries={countries}
        knownSources={[]}
        problems={problems}
      />
      <SaveActions
        label={intl.formatMessage({ id: 'programForm.add' })}
        saving={state.fetching}
        cancelHref={countryCode ? `/countries/${countryCode}` : '/'}
      />
    </form>
  );
}
