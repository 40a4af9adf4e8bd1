import type { Sex } from '@atlas/shared';
import type { IntlShape } from 'react-intl';
import type { FieldLabels } from '../../editing/changed-fields';
import {
  breakdownInput,
  breakdownValues,
  NO_BREAKDOWN,
  type FigureBreakdownValues,
} from '../../editing/figure-breakdown';
import { newKey } from '../../editing/list-keys';
import { blankToNull, nullToBlank } from '../../editing/optional-text';
import type { SourceChoice } from '../../editing/source-choice';
import type { MessageId } from '../../i18n/message-ids';
import { formatMessages } from '../../i18n/message-table';
import type { RecordedStatistic, StatisticInput } from './queries';

/** The source of a figure as the form holds it: one of the Atlas's, or a new one typed in. */
export type SourceDraft =
  | { kind: 'existing'; source: SourceChoice | null }
  | { kind: 'new'; title: string; url: string; publisher: string; publishedOn: string };

/** A new figure as a row of the form holds it. */
export interface StatisticDraft extends FigureValues {
  /** The React key of the new row (list-keys.ts). */
  key: string;
}

/** What a figure says and where it stands (its breakdown), as its fields hold it. */
export interface FigureValues extends FigureBreakdownValues {
  indicatorCode: string;
  year: number | null;
  value: number | null;
  sex: `${Sex}`;
  note: string;
  source: SourceDraft;
}

export const NEW_SOURCE: SourceDraft = { kind: 'new', title: '', url: '', publisher: '', publishedOn: '' };

export function emptyDraft(source: SourceChoice | null = null): StatisticDraft {
  return {
    key: newKey(),
    indicatorCode: '',
    year: null,
    value: null,
    sex: 'TOTAL',
    ...NO_BREAKDOWN,
    note: '',
    source: { kind: 'existing', source },
  };
}

/** A stored figure as the fields hold it, to correct it. */
export function valuesOf(statistic: RecordedStatistic): FigureValues {
  return {
    indicatorCode: statistic.indicator.code,
    year: statistic.year,
    value: statistic.value,
    sex: statistic.sex,
    ...breakdownValues(statistic),
    note: nullToBlank(statistic.note),
    source: { kind: 'existing', source: statistic.source },
  };
}

/**
 * A checked draft as the API takes it (statistic-checks.ts has found its year and value); a new
 * source's title and address go as typed, so that the API names the same problems.
 */
export function inputOf(draft: FigureValues): StatisticInput {
  const { source } = draft;
  return {
    indicatorCode: draft.indicatorCode,
    year: draft.year!,
    value: draft.value!,
    sex: draft.sex,
    ...breakdownInput(draft),
    note: blankToNull(draft.note),
    source:
      source.kind === 'existing'
        ? source.source && { sourceId: source.source.id }
        : {
            title: source.title,
            url: source.url.trim(),
            publisher: blankToNull(source.publisher),
            publishedOn: blankToNull(source.publishedOn),
          },
  };
}

const DRAFT_LABELS: Record<keyof FigureValues, MessageId> = {
  indicatorCode: 'editing.figure.indicator',
  year: 'editing.figure.year',
  value: 'editing.figure.value',
  sex: 'editing.figure.sex',
  yearStated: 'editing.figure.yearStated',
  destination: 'editing.figure.destination',
  phase: 'editing.figure.phase',
  note: 'countryStatistics.field.note',
  source: 'countryStatistics.field.source',
};

/** The fields of a draft in the form's words, for the conflict view and the problem summary. */
export function draftLabels(intl: IntlShape): FieldLabels<FigureValues> {
  return formatMessages(intl, DRAFT_LABELS);
}

const SOURCE_LABELS: Record<string, MessageId> = {
  title: 'countryStatistics.field.newSource.title',
  url: 'countryStatistics.field.newSource.url',
  publisher: 'countryStatistics.field.newSource.publisher',
  publishedOn: 'countryStatistics.field.newSource.publishedOn',
};

/** `rows[1].source.url` → "New statistic 2 › New source › address (URL)", for the problem summary. */
export function problemLabel(intl: IntlShape, path: string, itemName: (index: number) => string): string | undefined {
  const match = /^(?:rows\[(\d+)\]|statistics\[\d+\])\.(\w+)(?:\.(\w+))?$/.exec(path);
  if (!match) return undefined;
  const [, index, field = '', sourceField] = match;
  const item = index === undefined ? '' : `${itemName(Number(index))} › `;
  if (sourceField) {
    return `${item}${intl.formatMessage({ id: SOURCE_LABELS[sourceField] ?? 'countryStatistics.field.source' })}`;
  }
  return `${item}${draftLabels(intl)[field as keyof FigureValues] ?? field}`;
}
