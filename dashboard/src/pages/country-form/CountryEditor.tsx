import { migrationProfiles, type MigrationProfile } from '@atlas/shared';
import { useState, type FormEvent } from 'react';
import { useClient, useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { fieldBinding } from '../../editing/field-binding';
import { FormProblems, SelectField, TextField, vocabularyOptions } from '../../editing/fields';
import { ProblemSummary } from '../../editing/ProblemSummary';
import { problemLabels } from '../../editing/problem-labels';
import { SaveActions } from '../../editing/SaveActions';
import { useSaveProblems } from '../../editing/save-problems';
import { uniqueSources } from '../../editing/source-choice';
import { useVersionConflict, type Versioned } from '../../editing/version-conflict';
import { leaveSavedNotice } from '../../editing/saved-notice';
import { checkCountry, COUNTRY_LABELS, countryValues, type CountryValues, countryPathLabel } from './country-values';
import { LegalInstrumentsField } from './LegalInstrumentsField';
import { CountryEditQuery, UpsertCountryMutation, type EditedCountry } from './queries';

const PROFILE_OPTIONS = vocabularyOptions(migrationProfiles);

const versioned = (country: EditedCountry): Versioned<CountryValues> => ({
  values: countryValues(country),
  version: country.version,
});

/** Every field of CountryInput; saving replaces the entry as a whole, if nobody saved it meanwhile. */
export function CountryEditor({ country }: { country: EditedCountry }) {
  const { code } = country;
  const [loaded] = useState(() => versioned(country));
  const [values, setValues] = useState(loaded.values);
  const [state, upsert] = useMutation(UpsertCountryMutation);
  const { problems, setMissing } = useSaveProblems(state.error);
  const [, navigate] = useLocation();
  const client = useClient();
  const conflict = useVersionConflict({
    loaded,
    labels: COUNTRY_LABELS,
    values,
    setValues,
    fetchLatest: async () => {
      const latest = await client.query(CountryEditQuery, { code }, { requestPolicy: 'network-only' }).toPromise();
      return latest.data?.country ? versioned(latest.data.country) : null;
    },
  });
  const change = (patch: Partial<CountryValues>) => setValues((current) => ({ ...current, ...patch }));
  const bind = fieldBinding(values, change);
  const knownSources = uniqueSources(
    ...loaded.values.legalInstruments.map((instrument) => instrument.sources),
    ...values.legalInstruments.map((instrument) => instrument.sources),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkCountry(code, values);
    setMissing(checked.problems);
    if (!checked.input) return;
    conflict.saving();
    const result = await upsert({ input: checked.input, expectedVersion: conflict.expectedVersion });
    if (!result.data) return;
    leaveSavedNotice(code, `Country entry saved (version ${result.data.upsertCountry.version}).`);
    navigate(`/countries/${code}`);
  };

  return (
    <form noValidate onSubmit={submit} className="ef-form">
      <p className="lede">
        <Link href={`/countries/${code}`}>{country.name}</Link> ({code}), version {loaded.version}. Its headline
        statistics have a page of their own: <Link href={`/countries/${code}/statistics`}>add or correct them</Link>.
      </p>
      {conflict.notice('country entry', problems)}
      <ProblemSummary problems={problems} labels={problemLabels(problems, countryPathLabel)} />
      <FormProblems problems={problems}>
        <TextField {...bind('name')} label="Name" required />
        <TextField
          {...bind('iso3')}
          label="ISO 3166-1 alpha-3 code"
          hint="Three capital letters, such as IDN."
          required
        />
        <TextField {...bind('memberSince')} label="ASEAN member since" hint="YYYY, YYYY-MM or YYYY-MM-DD." required />
        <TextField
          {...bind('leadAgency')}
          label="Lead agency"
          hint="The government agency leading on migrant workers."
          required
        />
        <SelectField<`${MigrationProfile}`>
          {...bind('migrationProfile')}
          label="Migration profile"
          required
          options={PROFILE_OPTIONS}
          onChange={(profile) => {
            if (profile !== '') change({ migrationProfile: profile });
          }}
        />
        <TextField
          {...bind('summary')}
          label="Summary"
          hint="Its role in labour migration and its return and reintegration arrangements."
          required
          multiline
        />
        <LegalInstrumentsField
          value={values.legalInstruments}
          onChange={(edit) =>
            setValues((current) => ({ ...current, legalInstruments: edit(current.legalInstruments) }))
          }
          knownSources={knownSources}
          problems={problems}
        />
      </FormProblems>
      <SaveActions label="Save the country entry" saving={state.fetching} cancelHref={`/countries/${code}`} />
    </form>
  );
}
