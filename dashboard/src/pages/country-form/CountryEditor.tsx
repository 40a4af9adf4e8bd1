import { migrationProfiles, type MigrationProfile } from '@atlas/shared';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useClient, useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { fieldBinding } from '../../editing/field-binding';
import { FormProblems, SelectField, TextField, useVocabularyOptions } from '../../editing/fields';
import { ProblemSummary } from '../../editing/ProblemSummary';
import { problemLabels } from '../../editing/problem-labels';
import { SaveActions } from '../../editing/SaveActions';
import { useSaveProblems } from '../../editing/save-problems';
import { uniqueSources } from '../../editing/source-choice';
import { useVersionConflict, type Versioned } from '../../editing/version-conflict';
import { leaveSavedNotice } from '../../editing/saved-notice';
import { useCountryName } from '../../components/country-name';
import { checkCountry, countryLabels, countryValues, type CountryValues, countryPathLabel } from './country-values';
import { LegalInstrumentsField } from './LegalInstrumentsField';
import type { MessageId } from '../../i18n/message-ids';
import { CountryEditQuery, UpsertCountryMutation, type EditedCountry } from './queries';

const versioned = (country: EditedCountry): Versioned<CountryValues> => ({
  values: countryValues(country),
  version: country.version,
});

/** Every field of CountryInput; saving replaces the entry as a whole, if nobody saved it meanwhile. */
export function CountryEditor({ country }: { country: EditedCountry }) {
  const { code } = country;
  const intl = useIntl();
  const countryName = useCountryName();
  const profileOptions = useVocabularyOptions(migrationProfiles);
  const t = (id: MessageId) => intl.formatMessage({ id });
  const [loaded] = useState(() => versioned(country));
  const [values, setValues] = useState(loaded.values);
  const [state, upsert] = useMutation(UpsertCountryMutation);
  const { problems, setMissing } = useSaveProblems(state.error);
  const [, navigate] = useLocation();
  const client = useClient();
  const conflict = useVersionConflict({
    loaded,
    labels: countryLabels(intl),
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
    leaveSavedNotice(
      code,
      intl.formatMessage({ id: 'countryForm.saved' }, { version: result.data.upsertCountry.version }),
    );
    navigate(`/countries/${code}`);
  };

  return (
    <form noValidate onSubmit={submit} className="ef-form">
      <p className="lede">
        <FormattedMessage
          id="countryForm.lede"
          values={{
            code,
            version: loaded.version,
            country: <Link href={`/countries/${code}`}>{countryName(country)}</Link>,
            statistics: (chunks) => <Link href={`/countries/${code}/statistics`}>{chunks}</Link>,
          }}
        />
      </p>
      {conflict.notice('countryForm.what', problems)}
      <ProblemSummary problems={problems} labels={problemLabels(problems, (path) => countryPathLabel(intl, path))} />
      <FormProblems problems={problems}>
        <TextField {...bind('name')} label={t('countryForm.name')} required />
        <TextField {...bind('iso3')} label={t('countryForm.iso3')} hint={t('countryForm.iso3.hint')} required />
        <TextField
          {...bind('memberSince')}
          label={t('countryForm.memberSince')}
          hint={t('countryForm.dateHint')}
          required
        />
        <TextField
          {...bind('leadAgency')}
          label={t('countryForm.leadAgency')}
          hint={t('countryForm.leadAgency.hint')}
          required
        />
        <SelectField<`${MigrationProfile}`>
          {...bind('migrationProfile')}
          label={t('countryForm.migrationProfile')}
          required
          options={profileOptions}
          onChange={(profile) => {
            if (profile !== '') change({ migrationProfile: profile });
          }}
        />
        <TextField
          {...bind('summary')}
          label={t('countryForm.summary')}
          hint={t('countryForm.summary.hint')}
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
      <SaveActions label={t('countryForm.save')} saving={state.fetching} cancelHref={`/countries/${code}`} />
    </form>
  );
}
