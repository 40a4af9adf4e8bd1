import { figureFields, problem, problemOfIssue, sourceFields, valueProblem } from '@atlas/shared/rules';
import { problemsByPath, type MutationProblems, type SentProblem } from '../../editing/mutation-problems';
import type { FigureValues } from './statistic-draft';

/** A rule of `@atlas/shared/rules`, as far as a form uses it. */
interface Rule {
  safeParse(value: unknown): { success: boolean; error?: { issues: readonly { message: string }[] } };
}

/** What a check found: the English message, with the code and values the rule named. */
type Found = Omit<SentProblem, 'path'>;

/** The first thing the rule says of the value, or undefined when the value passes. */
function problemOf(rule: Rule, value: unknown): Found | undefined {
  const result = rule.safeParse(value);
  const issue = result.success ? undefined : result.error?.issues[0];
  return issue && { message: issue.message, ...problemOfIssue(issue) };
}

const optional = (rule: Rule, text: string) => (text.trim() === '' ? undefined : problemOf(rule, text));

/** Every problem of a figure, at the paths the API would name (`rows[2].value`). */
function problemList(
  draft: FigureValues,
  unitOf: (indicatorCode: string) => string | undefined,
  path: string,
): SentProblem[] {
  const problems: SentProblem[] = [];
  const add = (field: string, found: Found | undefined) => {
    if (found) problems.push({ path: `${path}.${field}`, ...found });
  };
  add('indicatorCode', draft.indicatorCode === '' ? problem('CHOOSE_INDICATOR') : undefined);
  add('year', problemOf(figureFields.year, draft.year));
  const unit = unitOf(draft.indicatorCode);
  add(
    'value',
    problemOf(figureFields.value, draft.value) ??
      (unit !== undefined && draft.value !== null ? valueProblem(draft.value, unit) : undefined),
  );
  add('destination', optional(figureFields.destination, draft.destination.trim().toUpperCase()));
  add('phase', optional(figureFields.phase, draft.phase));
  add('note', optional(figureFields.note, draft.note));
  const { source } = draft;
  if (source.kind === 'existing') {
    add('source', source.source ? undefined : problem('NO_SOURCE'));
  } else {
    add('source.title', problemOf(sourceFields.title, source.title));
    add('source.url', problemOf(sourceFields.url, source.url));
    add('source.publisher', optional(sourceFields.publisher, source.publisher));
    add('source.publishedOn', optional(sourceFields.publishedOn, source.publishedOn));
  }
  return problems;
}

/**
 * Every problem of a figure as the API would name it (`rows[2].value`), with the codes and values
 * the rules named, found with the same rules before anything is sent: the shared field rules, and
 * the value against its indicator's unit. Whether a cited source exists, or already gives the
 * figure, is the API's to say.
 */
export function draftProblems(
  draft: FigureValues,
  unitOf: (indicatorCode: string) => string | undefined,
  path: string,
): Pick<MutationProblems, 'fields' | 'codes'> {
  return problemsByPath(problemList(draft, unitOf, path));
}

/** The problems of several rows (`rows[i]`), all at once; null when there are none. */
export function rowsProblems(
  drafts: readonly FigureValues[],
  unitOf: (indicatorCode: string) => string | undefined,
): Pick<MutationProblems, 'fields' | 'codes'> | null {
  const problems = drafts.flatMap((draft, i) => problemList(draft, unitOf, `rows[${i}]`));
  return problems.length > 0 ? problemsByPath(problems) : null;
}
