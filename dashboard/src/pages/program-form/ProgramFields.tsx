import { programStatuses, type ProgramStatus } from '@atlas/shared';
import type { Dispatch, SetStateAction } from 'react';
import { ClassificationFields } from '../../editing/ClassificationFields';
import { LinesField, NumberField, SelectField, TextField, vocabularyOptions } from '../../editing/fields';
import type { MutationProblems } from '../../editing/mutation-problems';
import { ComponentsField } from './ComponentsField';
import type { ProgramValues } from './program-values';
import type { CountryChoice } from './queries';
import type { SourceChoice } from '../../editing/source-choice';
import { SourcesField } from '../../editing/SourcesField';

const STATUS_OPTIONS = vocabularyOptions(programStatuses);

/** Every field of ProgramInput, each named by its input path so the API's problems show beside it. */
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
  const set =
    <K extends keyof ProgramValues>(field: K) =>
    (value: ProgramValues[K]) =>
      setValues((current) => ({ ...current, [field]: value }));
  return (
    <>
      <TextField path="input.name" label="Name in English" required value={values.name} onChange={set('name')} />
      <TextField
        path="input.localName"
        label="Local name"
        hint="In the national language, where different."
        value={values.localName}
        onChange={set('localName')}
      />
      <TextField path="input.acronym" label="Acronym or short name" value={values.acronym} onChange={set('acronym')} />
      <SelectField
        path="input.countryCode"
        label="Country"
        required
        emptyLabel="Choose a member state…"
        options={countries.map((country) => ({ value: country.code, label: country.name }))}
        value={values.countryCode}
        onChange={set('countryCode')}
      />
      <TextField
        path="input.leadAgency"
        label="Lead agency"
        required
        value={values.leadAgency}
        onChange={set('leadAgency')}
      />
      <SelectField<`${ProgramStatus}`>
        path="input.status"
        label="Status"
        hint="As last reported."
        required
        emptyLabel="Choose a status…"
        options={STATUS_OPTIONS}
        value={values.status}
        onChange={set('status')}
      />
      <div className="ef-row">
        <NumberField path="input.startYear" label="Start year" value={values.startYear} onChange={set('startYear')} />
        <NumberField
          path="input.endYear"
          label="End year"
          hint="If it has ended."
          value={values.endYear}
          onChange={set('endYear')}
        />
      </div>
      <TextField
        path="input.summary"
        label="Summary"
        hint="What the programme does, for whom."
        required
        multiline
        value={values.summary}
        onChange={set('summary')}
      />
      <ClassificationFields value={values} onChange={(patch) => setValues((current) => ({ ...current, ...patch }))} />
      <LinesField
        path="input.partners"
        label="Partners"
        hint="Governments, agencies and donors: one per line."
        value={values.partners}
        onChange={set('partners')}
      />
      <ComponentsField value={values.components} onChange={set('components')} />
      <SourcesField
        path="input.sourceIds"
        label="Sources"
        hint="Where the programme is documented: at least one."
        value={values.sources}
        onChange={set('sources')}
        known={knownSources}
        problems={problems}
      />
    </>
  );
}
