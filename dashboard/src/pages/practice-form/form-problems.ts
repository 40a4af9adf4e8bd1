import type { IntlShape } from 'react-intl';
import type { MutationProblems } from '../../editing/mutation-problems';
import type { MessageId } from '../../i18n/message-ids';
import { FIELD_LABELS, type DraftField } from './practice-draft';

const SOURCE_FIELD_LABELS: Record<string, MessageId> = {
  sourceId: 'practiceForm.problem.source.sourceId',
  title: 'practiceForm.problem.source.title',
  url: 'practiceForm.problem.source.url',
  publisher: 'practiceForm.problem.source.publisher',
  publishedOn: 'practiceForm.problem.source.publishedOn',
};

const isDraftField = (name: string): name is DraftField => name in FIELD_LABELS;

/** The form's own name for each problem's field, for the summary ("Source 1: address (URL)"). */
export function problemLabels(intl: IntlShape, problems: MutationProblems): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const path of Object.keys(problems.fields)) {
    const field = /^input\.(\w+)$/.exec(path)?.[1];
    const source = /^input\.sources\[(\d+)\]\.(\w+)$/.exec(path);
    if (field && isDraftField(field)) labels[path] = intl.formatMessage({ id: FIELD_LABELS[field] });
    else if (source) {
      const label = SOURCE_FIELD_LABELS[source[2]!];
      labels[path] = intl.formatMessage(
        { id: 'practiceForm.problem.source' },
        { number: Number(source[1]) + 1, field: label ? intl.formatMessage({ id: label }) : source[2] },
      );
    }
  }
  return labels;
}

/**
 * Partners are typed one per line in a single field, so a problem with one partner
 * (`input.partners[2]`) is shown beside that field, naming the line.
 */
export function foldLineProblems(intl: IntlShape, problems: MutationProblems): MutationProblems {
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(problems.fields)) {
    const line = /^input\.partners\[(\d+)\]$/.exec(path);
    if (!line) fields[path] = message;
    else {
      const text = intl.formatMessage({ id: 'practiceForm.problem.line' }, { number: Number(line[1]) + 1, message });
      fields['input.partners'] = fields['input.partners'] ? `${fields['input.partners']}; ${text}` : text;
    }
  }
  return { ...problems, fields };
}
