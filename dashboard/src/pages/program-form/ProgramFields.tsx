import { geographicReaches, measureKinds, programStatuses, type ProgramStatus } from '@atlas/shared';
import type { Dispatch, SetStateAction } from 'react';
import { useIntl } from 'react-intl';
import { useCountryName } from '../../components/country-name';
import { ClassificationFields } from '../../editing/ClassificationFields';
import { fieldBinding } from '../../editing/field-binding';
import {
  Checklist,
  FormProblems,
  LinesField,
  NumberField,
  SelectField,
  TextField,
  useVocabularyOptions,
} from '../../editing/fields';
import { ProblemSummary } from '../../editing/ProblemSummary';
import { problemLabels } from '../../editing/problem-labels';
import type { MutationProblems } from '../../editing/mutation-problems';
import { ComponentsField } from './ComponentsField';
import { programPathLabel, type ProgramValues } from './program-values';
import type { CountryChoice } from './queries';
import type { SourceChoice } from '../../editing/source-choice';
import { SourcesField } from '../../editing/SourcesField';
import type { MessageId } from '../../i18n/message-ids';

/**
 * The problems of the last save, then every field of ProgramInput, each named by its input path so the
 * API's problems show beside it.
 */
export function ProgramFields({
  values,
  setValues,
  countries,
  knownSources,
  problems,
}: {
  values: ProgramValues;
  setValues: Dispatch<SetStateAction<ProgramValues>>;
  countries: readonly CountryChoice[];
  knownSources: readonly SourceChoice[];
  problems: MutationProblems;
}) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const countryName = useCountryName();
  const statusOptions = useVocabularyOptions(programStatuses);
  const kindOptions = useVocabularyOptions(measureKinds);
  const reachOptions = useVocabularyOptions(geographicReaches);
  const change = (patch: Partial<ProgramValues>) => setValues((current) => ({ ...current, ...patch }));
  const bind = fieldBinding(values, change);
  return (
    <>
      <ProblemSummary problems={problems} labels={problemLabels(problems, (path) => programPathLabel(intl, path))} />
      <FormProblems problems={problems}>
        <TextField {...bind('name')} label={t('programForm.name')} required />
        <TextField {...bind('localName')} label={t('programForm.localName')} hint={t('programForm.localName.hint')} />
        <TextField {...bind('acronym')} label={t('programForm.acronym')} />
        <SelectField
          {...bind('countryCode')}
          label={t('programForm.country')}
          required
          emptyLabel={t('programForm.country.choose')}
          options={countries.map((country) => ({ value: country.code, label: countryName(country) }))}
        />
        <SelectField
          {...bind('reach')}
          label={t('programForm.reach')}
          hint={t('programForm.reach.hint')}
          required
          options={reachOptions}
        />
        {values.reach !== 'NATIONAL' && (
          <Checklist
            {...bind('partnerCountryCodes')}
            label={t('programForm.partnerCountries')}
            hint={t('programForm.partnerCountries.hint')}
            required
            options={countries
              .filter((country) => country.code !== values.countryCode)
              .map((country) => ({ value: country.code, label: countryName(country) }))}
          />
        )}
        <SelectField
          {...bind('kind')}
          label={t('programForm.kind')}
          hint={t('programForm.kind.hint')}
          required
          options={kindOptions}
        />
        <TextField {...bind('leadAgency')} label={t('programForm.leadAgency')} required />
        <SelectField<`${ProgramStatus}`>
          {...bind('status')}
          label={t('programForm.status')}
          hint={t('programForm.status.hint')}
          required
          emptyLabel={t('programForm.status.choose')}
          options={statusOptions}
        />
        <div className="ef-row">
          <NumberField {...bind('startYear')} label={t('programForm.startYear')} />
          <NumberField {...bind('endYear')} label={t('programForm.endYear')} hint={t('programForm.endYear.hint')} />
        </div>
        <TextField
          {...bind('summary')}
          label={t('programForm.summary')}
          hint={t('programForm.summary.hint')}
          required
          multiline
        />
        <ClassificationFields value={values} onChange={change} />
        <LinesField {...bind('partners')} label={t('programForm.partners')} hint={t('programForm.partners.hint')} />
        <ComponentsField value={values.components} onChange={(components) => change({ components })} />
        <SourcesField
          path="input.sourceIds"
          label={t('programForm.sources')}
          hint={t('programForm.sources.hint')}
          value={values.sources}
          onChange={(sources) => change({ sources })}
          known={knownSources}
          problems={problems}
        />
      </FormProblems>
    </>
  );
}
