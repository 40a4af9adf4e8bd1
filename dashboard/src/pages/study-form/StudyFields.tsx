import { studyDesigns } from '@atlas/shared';
import type { Dispatch, SetStateAction } from 'react';
import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { useCountryName } from '../../components/country-name';
import { fieldBinding } from '../../editing/field-binding';
import {
  Checklist,
  FormProblems,
  NumberField,
  SelectField,
  TextField,
  useVocabularyOptions,
} from '../../editing/fields';
import type { MutationProblems } from '../../editing/mutation-problems';
import { problemLabels } from '../../editing/problem-labels';
import { ProblemSummary } from '../../editing/ProblemSummary';
import type { SourceChoice } from '../../editing/source-choice';
import type { MessageId } from '../../i18n/message-ids';
import { LinkedRecordsField } from './LinkedRecordsField';
import { PracticeSearchQuery, ProgramSearchQuery, type StudyChoicesData } from './queries';
import { StudySourceField } from './StudySourceField';
import { practiceChoice, programChoice, studyPathLabel, type RecordChoice, type StudyValues } from './study-values';

/**
 * The problems of the last save, then every field of StudyInput, each named by its input path so the
 * API's problems show beside it.
 */
export function StudyFields({
  values,
  setValues,
  choices,
  suggestedSources,
  problems,
}: {
  values: StudyValues;
  setValues: Dispatch<SetStateAction<StudyValues>>;
  choices: StudyChoicesData;
  /** Sources offered before any search: those of the records the study concerns. */
  suggestedSources: readonly SourceChoice[];
  problems: MutationProblems;
}) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const countryName = useCountryName();
  const designOptions = useVocabularyOptions(studyDesigns);
  const change = (patch: Partial<StudyValues>) => setValues((current) => ({ ...current, ...patch }));
  const bind = fieldBinding(values, change);
  const byLabel = (a: RecordChoice, b: RecordChoice) => a.label.localeCompare(b.label, intl.locale);
  const programs = choices.programs.nodes.map(programChoice);
  const practices = choices.practices.nodes.map((practice) => practiceChoice(practice, countryName)).sort(byLabel);
  const countries = choices.countries
    .map((country) => ({ value: country.code, label: countryName(country) }))
    .sort((a, b) => a.label.localeCompare(b.label, intl.locale));
  return (
    <>
      <ProblemSummary problems={problems} labels={problemLabels(problems, (path) => studyPathLabel(intl, path))} />
      <FormProblems problems={problems}>
        <TextField {...bind('title')} label={t('studyForm.title')} hint={t('studyForm.title.hint')} required />
        <TextField {...bind('authors')} label={t('studyForm.authors')} hint={t('studyForm.authors.hint')} />
        <SelectField
          {...bind('design')}
          label={t('studyForm.design')}
          required
          emptyLabel={t('studyForm.design.choose')}
          options={designOptions}
        />
        <div className="ef-row">
          <NumberField {...bind('year')} label={t('studyForm.year')} hint={t('studyForm.year.hint')} />
          <NumberField
            {...bind('sampleSize')}
            label={t('studyForm.sampleSize')}
            hint={t('studyForm.sampleSize.hint')}
          />
        </div>
        <TextField {...bind('sample')} label={t('studyForm.sample')} hint={t('studyForm.sample.hint')} />
        <TextField {...bind('measured')} label={t('studyForm.measured')} required multiline />
        <TextField
          {...bind('findings')}
          label={t('studyForm.findings')}
          hint={t('studyForm.findings.hint')}
          required
          multiline
        />
        <StudySourceField
          value={values.source}
          onChange={(source) => change({ source })}
          suggestions={suggestedSources}
        />
        <LinkedRecordsField
          path="input.programIds"
          words={{
            label: 'studyForm.programs',
            hint: 'studyForm.programs.hint',
            find: 'studyForm.programs.find',
            pick: 'studyForm.programs.pick',
            remove: 'studyForm.programs.remove',
          }}
          value={values.programs}
          onChange={(chosen) => change({ programs: chosen })}
          offered={programs}
          useMatches={useProgramMatches}
          problems={problems}
        />
        <LinkedRecordsField
          path="input.practiceIds"
          words={{
            label: 'studyForm.practices',
            hint: 'studyForm.practices.hint',
            find: 'studyForm.practices.find',
            pick: 'studyForm.practices.pick',
            remove: 'studyForm.practices.remove',
          }}
          value={values.practices}
          onChange={(chosen) => change({ practices: chosen })}
          offered={practices}
          useMatches={usePracticeMatches}
          problems={problems}
        />
        <Checklist
          {...bind('countryCodes')}
          label={t('studyForm.countries')}
          hint={t('studyForm.countries.hint')}
          options={countries}
        />
      </FormProblems>
    </>
  );
}

/** Programmes found by part of their name; undefined until the API has answered. */
function useProgramMatches(text: string, pause: boolean): RecordChoice[] | undefined {
  const [found] = useQuery({ query: ProgramSearchQuery, variables: { text }, pause });
  return found.fetching ? undefined : found.data?.programs.nodes.map(programChoice);
}

/** Practices found by words of their text; undefined until the API has answered. */
function usePracticeMatches(text: string, pause: boolean): RecordChoice[] | undefined {
  const countryName = useCountryName();
  const [found] = useQuery({ query: PracticeSearchQuery, variables: { text }, pause });
  return found.fetching
    ? undefined
    : found.data?.practices.nodes.map((practice) => practiceChoice(practice, countryName));
}
