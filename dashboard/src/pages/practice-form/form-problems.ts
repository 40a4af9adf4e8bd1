import type { MutationProblems } from '../../editing/mutation-problems';
import { FIELD_LABELS, type DraftField } from './practice-draft';

const SOURCE_FIELD_LABELS: Record<string, string> = {
  sourceId: 'which source',
  title: 'title',
  url: 'address (URL)',
  publisher: 'publisher',
  publishedOn: 'date published',
};

const isDraftField = (name: string): name is DraftField => name in FIELD_LABELS;

/** The form's own name for each problem's field, for the summary ("Source 1: address (URL)"). */
export function problemLabels(problems: MutationProblems): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const path of Object.keys(problems.fields)) {
    const field = /^input\.(\w+)$/.exec(path)?.[1];
    const source = /^input\.sources\[(\d+)\]\.(\w+)$/.exec(path);
    if (field && isDraftField(field)) labels[path] = FIELD_LABELS[field];
    else if (source) labels[path] = `Source ${Number(source[1]) + 1}: ${SOURCE_FIELD_LABELS[source[2]!] ?? source[2]}`;
  }
  return labels;
}

/**
 * Partners are typed one per line in a single field, so a problem with one partner
 * (`input.partners[2]`) is shown beside that field, naming the line.
 */
export function foldLineProblems(problems: MutationProblems): MutationProblems {
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(problems.fields)) {
    const line = /^input\.partners\[(\d+)\]$/.exec(path);
    if (!line) fields[path] = message;
    else {
      const text = `line ${Number(line[1]) + 1}: ${message}`;
      fields['input.partners'] = fields['input.partners'] ? `${fields['input.partners']}; ${text}` : text;
    }
  }
  return { ...problems, fields };
}
