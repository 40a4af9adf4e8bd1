import { figureFields, NO_SOURCE, sourceFields, valueProblem } from '@atlas/shared/rules';
import type { FigureValues } from './statistic-draft';

/** A rule of `@atlas/shared/rules`, as far as a form uses it. */
interface Rule {
  safeParse(value: unknown): { success: boolean; error?: { issues: readonly { message: string }[] } };
}

/** The first thing the rule says of the value, or undefined when the value passes. */
function problemOf(rule: Rule, value: unknown): string | undefined {
  const result = rule.safeParse(value);
  return result.success ? undefined : result.error?.issues[0]?.message;
}

const optional = (rule: Rule, text: string) => (text.trim() === '' ? undefined : problemOf(rule, text));

/**
 * Every problem of a figure as the API would name it (`rows[2].value`), found with the same rules
 * before anything is sent: the shared field rules, and the value against its indicator's unit.
 * Whether a cited source exists, or already gives the figure, is the API's to say.
 */
export function draftProblems(
  draft: FigureValues,
  unitOf: (indicatorCode: string) => string | undefined,
  path: string,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const add = (field: string, message: string | undefined) => {
    if (message) problems[`${path}.${field}`] = message;
  };
  add('indicatorCode', draft.indicatorCode === '' ? 'choose an indicator' : undefined);
  add('year', problemOf(figureFields.year, draft.year));
  const unit = unitOf(draft.indicatorCode);
  add(
    'value',
    problemOf(figureFields.value, draft.value) ??
      (unit !== undefined && draft.value !== null ? valueProblem(draft.value, unit) : undefined),
  );
  add('note', optional(figureFields.note, draft.note));
  const { source } = draft;
  if (source.kind === 'existing') {
    add('source', source.source ? undefined : NO_SOURCE);
  } else {
    add('source.title', problemOf(sourceFields.title, source.title));
    add('source.url', problemOf(sourceFields.url, source.url));
    add('source.publisher', optional(sourceFields.publisher, source.publisher));
    add('source.publishedOn', optional(sourceFields.publishedOn, source.publishedOn));
  }
  return problems;
}

/** The problems of several rows (`rows[i]`), all at once; null when there are none. */
export function rowsProblems(
  drafts: readonly FigureValues[],
  unitOf: (indicatorCode: string) => string | undefined,
): Record<string, string> | null {
  const problems = Object.assign({}, ...drafts.map((draft, i) => draftProblems(draft, unitOf, `rows[${i}]`))) as Record<
    string,
    string
  >;
  return Object.keys(problems).length > 0 ? problems : null;
}
