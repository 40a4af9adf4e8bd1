import type {
  Dimension,
  GeographicReach,
  Level,
  MeasureKind,
  ProgramStatus,
  Stakeholder,
  TargetGroup,
} from '@atlas/shared';
import { programInputSchema } from '@atlas/shared/rules';
import type { IntlShape } from 'react-intl';
import { checkedInput } from '../../editing/checked-input';
import { cleanLines } from '../../editing/fields';
import type { VariablesOf } from '../../graphql';
import type { FieldLabels } from '../../editing/changed-fields';
import { newKey } from '../../editing/list-keys';
import { inputPathLabel } from '../../editing/problem-labels';
import { blankToNull, nullToBlank } from '../../editing/optional-text';
import type { EditedProgram, UpdateProgramMutation } from './queries';
import type { SourceChoice } from '../../editing/source-choice';
import type { MessageId } from '../../i18n/message-ids';
import { formatMessages } from '../../i18n/message-table';

export interface ComponentValues {
  key: string;
  name: string;
  description: string;
}

/** A programme as the form holds it: optional texts blank rather than null, sources with their titles. */
export interface ProgramValues {
  name: string;
  acronym: string;
  localName: string;
  countryCode: string;
  leadAgency: string;
  status: `${ProgramStatus}` | '';
  kind: `${MeasureKind}`;
  reach: `${GeographicReach}`;
  partnerCountryCodes: readonly string[];
  startYear: number | null;
  endYear: number | null;
  summary: string;
  dimensions: readonly `${Dimension}`[];
  levels: readonly `${Level}`[];
  stakeholders: readonly `${Stakeholder}`[];
  targetGroups: readonly `${TargetGroup}`[];
  partners: readonly string[];
  components: ComponentValues[];
  sources: SourceChoice[];
}

export type ProgramInput = VariablesOf<typeof UpdateProgramMutation>['input'];

const PROGRAM_LABELS: Record<keyof ProgramValues, MessageId> = {
  name: 'programForm.name',
  acronym: 'programForm.acronym.short',
  localName: 'programForm.localName',
  countryCode: 'programForm.country',
  leadAgency: 'programForm.leadAgency',
  status: 'programForm.status',
  kind: 'programForm.kind',
  reach: 'programForm.reach',
  partnerCountryCodes: 'programForm.partnerCountries',
  startYear: 'programForm.startYear',
  endYear: 'programForm.endYear',
  summary: 'programForm.summary',
  dimensions: 'programForm.dimensions',
  levels: 'programForm.levels',
  stakeholders: 'programForm.stakeholders',
  targetGroups: 'programForm.targetGroups',
  partners: 'programForm.partners',
  components: 'programForm.components',
  sources: 'programForm.sources',
};

/** The form's labels, for the fields another editor changed. */
export function programLabels(intl: IntlShape): FieldLabels<ProgramValues> {
  return formatMessages(intl, PROGRAM_LABELS);
}

export function emptyProgram(countryCode = ''): ProgramValues {
  return {
    name: '',
    acronym: '',
    localName: '',
    countryCode,
    leadAgency: '',
    status: '',
    kind: 'REINTEGRATION',
    reach: 'NATIONAL',
    partnerCountryCodes: [],
    startYear: null,
    endYear: null,
    summary: '',
    dimensions: [],
    levels: [],
    stakeholders: [],
    targetGroups: [],
    partners: [],
    components: [],
    sources: [],
  };
}

export function programValues(program: EditedProgram): ProgramValues {
  return {
    name: program.name,
    acronym: nullToBlank(program.acronym),
    localName: nullToBlank(program.localName),
    countryCode: program.country.code,
    leadAgency: program.leadAgency,
    status: program.status,
    kind: program.kind,
    reach: program.reach,
    partnerCountryCodes: program.partnerCountries.map((country) => country.code),
    startYear: program.startYear,
    endYear: program.endYear,
    summary: program.summary,
    dimensions: [...program.dimensions],
    levels: [...program.levels],
    stakeholders: [...program.stakeholders],
    targetGroups: [...program.targetGroups],
    partners: [...program.partners],
    components: program.components.map((component) => ({
      key: newKey(),
      name: component.name,
      description: nullToBlank(component.description),
    })),
    sources: [...program.sources],
  };
}

/**
 * The form's values as the API takes them, if they pass its rules (`@atlas/shared/rules`: a status
 * chosen, years in range and in order, …); otherwise every problem at once, before anything is sent.
 */
export function checkProgram(values: ProgramValues) {
  return checkedInput<ProgramInput>(programInputSchema, {
    name: values.name,
    acronym: blankToNull(values.acronym),
    localName: blankToNull(values.localName),
    countryCode: values.countryCode,
    leadAgency: values.leadAgency,
    status: values.status,
    kind: values.kind,
    reach: values.reach,
    partnerCountryCodes: values.reach === 'NATIONAL' ? [] : [...values.partnerCountryCodes],
    startYear: values.startYear,
    endYear: values.endYear,
    summary: values.summary,
    dimensions: [...values.dimensions],
    levels: [...values.levels],
    stakeholders: [...values.stakeholders],
    targetGroups: [...values.targetGroups],
    partners: cleanLines(values.partners),
    components: values.components.map((component) => ({
      name: component.name,
      description: blankToNull(component.description),
    })),
    sourceIds: values.sources.map((source) => source.id),
  });
}

/** A path of ProgramInput in the form's words ("Component 2 › Name"). */
export function programPathLabel(intl: IntlShape, path: string): string | undefined {
  const labels = programLabels(intl);
  return inputPathLabel(
    path,
    { ...labels, sourceIds: labels.sources },
    {
      components: {
        item: intl.formatMessage({ id: 'programForm.component' }),
        fields: formatMessages(intl, {
          name: 'programForm.component.name',
          description: 'programForm.component.description',
        }),
      },
    },
  );
}
