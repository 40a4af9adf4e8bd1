import { programStatuses, type ProgramStatus } from '@atlas/shared';
import type { Dispatch, SetStateAction } from 'react';
import { ClassificationFields } from '../../editing/ClassificationFields';
import { fieldBinding } from '../../editing/field-binding';
import { FormProblems, LinesField, NumberField, SelectField, TextField, vocabularyOptions } from '../../editing/fields';
import { ProblemSummary } from '../../editing/ProblemSummary';
import { problemLabels } from '../../editing/problem-labels';
import type { MutationProblems } from '../../editing/mutation-problems';
import { ComponentsField } from './ComponentsField';
import { programPathLabel, type ProgramValues } from './program-values';
import type { CountryChoice } from './queries';
import type { SourceChoice } from '../../editing/source-choice';
import { SourcesField } from '../../editing/SourcesField';

const STATUS_OPTIONS = vocabularyOptions(programStatuses);

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
  const change = (patch: Partial<ProgramValues>) => setValues((current) => ({ ...current, ...patch }));
  const bind = fieldBinding(values, change);
  return (
    <>
      <ProblemSummary problems={problems} labels={problemLabels(problems, programPathLabel)} />
      <FormProblems problems={problems}>
        <TextField {...bind('name')} label="Name in English" required />
        <TextField {...bind('localName')} label="Local name" hint="In the national language, where different." />
        <TextField {...bind('acronym')} label="Acronym or short name" />
        <SelectField
          {...bind('countryCode')}
          label="Country"
          required
          emptyLabel="Choose a member state…"
          options={countries.map((country) => ({ value: country.code, label: country.name }))}
        />
        <TextField {...bind('leadAgency')} label="Lead agency" required />
        <SelectField<`${ProgramStatus}`>
          {...bind('status')}
          label="Status"
          hint="As last reported."
          required
          emptyLabel="Choose a status…"
          options={STATUS_OPTIONS}
        />
        <div className="ef-row">
          <NumberField {...bind('startYear')} label="Start year" />
          <NumberField {...bind('endYear')} label="End year" hint="If it has ended." />
        </div>
        <TextField {...bind('summary')} label="Summary" hint="What the programme does, for whom." required multiline />
        <ClassificationFields value={values} onChange={change} />
        <LinesField {...bind('partners')} label="Partners" hint="Governments, agencies and donors: one per line." />
        <ComponentsField value={values.components} onChange={(components) => change({ components })} />
        <SourcesField
          path="input.sourceIds"
          label="Sources"
          hint="Where the programme is documented: at least one."
          value={values.sources}
          onChange={(sources) => change({ sources })}
          known={knownSources}
          problems={problems}
        />
      </FormProblems>
    </>
  );
}
