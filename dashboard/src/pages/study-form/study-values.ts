import type { StudyDesign } from '@atlas/shared';
import { studyInputSchema } from '@atlas/shared/rules';
import type { IntlShape } from 'react-intl';
import type { FieldLabels } from '../../editing/changed-fields';
import { checkedInput } from '../../editing/checked-input';
import { blankToNull, nullToBlank } from '../../editing/optional-text';
import { inputPathLabel } from '../../editing/problem-labels';
import type { SourceChoice } from '../../editing/source-choice';
import type { MessageId } from '../../i18n/message-ids';
import { formatMessages } from '../../i18n/message-table';
import type { EditedStudy, StudyInput } from './queries';

/** A programme or practice a study concerns, as the form lists it: its ID and its name in words. */
export interface RecordChoice {
  id: string;
  label: string;
}

/** A study as the form holds it: optional texts blank rather than null, its source and records with their names. */
export interface StudyValues {
  title: string;
  authors: string;
  design: `${StudyDesign}` | '';
  year: number | null;
  sampleSize: number | null;
  sample: string;
  measured: string;
  findings: string;
  source: SourceChoice | null;
  programs: RecordChoice[];
  practices: RecordChoice[];
  /** The member states it concerns, by code. */
  countryCodes: readonly string[];
}

const STUDY_LABELS: Record<keyof StudyValues, MessageId> = {
  title: 'studyForm.title',
  authors: 'studyForm.authors',
  design: 'studyForm.design',
  year: 'studyForm.year',
  sampleSize: 'studyForm.sampleSize',
  sample: 'studyForm.sample',
  measured: 'studyForm.measured',
  findings: 'studyForm.findings',
  source: 'studyForm.source',
  programs: 'studyForm.programs',
  practices: 'studyForm.practices',
  countryCodes: 'studyForm.countries',
};

/** The form's labels, for the fields another editor changed. */
export function studyLabels(intl: IntlShape): FieldLabels<StudyValues> {
  return formatMessages(intl, STUDY_LABELS);
}

/** A new study, concerning the records it was added from and their member states. */
export function emptyStudy(
  programs: RecordChoice[] = [],
  practices: RecordChoice[] = [],
  countryCodes: readonly string[] = [],
): StudyValues {
  return {
    title: '',
    authors: '',
    design: '',
    year: null,
    sampleSize: null,
    sample: '',
    measured: '',
    findings: '',
    source: null,
    programs,
    practices,
    countryCodes: [...new Set(countryCodes)],
  };
}

/** A programme in words: its name, with its acronym where it has one. */
export const programChoice = (program: { id: string; name: string; acronym: string | null }): RecordChoice => ({
  id: program.id,
  label: program.acronym ? `${program.name} (${program.acronym})` : program.name,
});

/** A practice in words: its title and its member state (`countryName` in the page's language). */
export const practiceChoice = (
  practice: { id: string; title: string; country: { code: string; name: string } },
  countryName: (country: { code: string; name: string }) => string,
): RecordChoice => ({ id: practice.id, label: `${practice.title} (${countryName(practice.country)})` });

export function studyValues(
  study: EditedStudy,
  countryName: (country: { code: string; name: string }) => string,
): StudyValues {
  return {
    title: study.title,
    authors: nullToBlank(study.authors),
    design: study.design,
    year: study.year,
    sampleSize: study.sampleSize,
    sample: nullToBlank(study.sample),
    measured: study.measured,
    findings: study.findings,
    source: study.source,
    programs: study.programs.map(programChoice),
    practices: study.practices.map((practice) => practiceChoice(practice, countryName)),
    countryCodes: study.countries.map((country) => country.code),
  };
}

/**
 * The form's values as createStudy and updateStudy take them, if they pass the API's rules
 * (`@atlas/shared/rules`: a title, a design, a source, a sample of 1 or more, …); otherwise every
 * problem at once, at the paths the API would name, before anything is sent.
 */
export function checkStudy(values: StudyValues) {
  return checkedInput<StudyInput>(studyInputSchema, {
    title: values.title,
    authors: blankToNull(values.authors),
    design: values.design,
    year: values.year,
    sampleSize: values.sampleSize,
    sample: blankToNull(values.sample),
    measured: values.measured,
    findings: values.findings,
    sourceId: values.source?.id ?? null,
    programIds: values.programs.map((program) => program.id),
    practiceIds: values.practices.map((practice) => practice.id),
    // Always sent: updateStudy empties a list left out.
    countryCodes: [...values.countryCodes],
  });
}

/** A path of StudyInput in the form's words ("Programmes 2"). */
export function studyPathLabel(intl: IntlShape, path: string): string | undefined {
  const labels = studyLabels(intl);
  return inputPathLabel(
    path,
    { ...labels, sourceId: labels.source, programIds: labels.programs, practiceIds: labels.practices },
    {},
  );
}
