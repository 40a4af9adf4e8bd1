import type { MutationProblems } from './mutation-problems';

/**
 * The labels the problem summary links with, for the paths of the last save's problems that
 * `label` knows ("Law or policy 2 › Year adopted" rather than the path).
 */
export function problemLabels(
  problems: MutationProblems,
  label: (path: string) => string | undefined,
): Record<string, string> {
  return Object.fromEntries(
    Object.keys(problems.fields).flatMap((path) => {
      const text = label(path);
      return text ? [[path, text]] : [];
    }),
  );
}

/**
 * A label for a path of a form's input: a field of its own (`input.name`), or of an item of one of
 * its lists (`input.components[1].name`, `input.sourceIds[0]`), in the words of the form.
 */
export function inputPathLabel(
  path: string,
  fields: Readonly<Record<string, string>>,
  lists: Readonly<Record<string, { item: string; fields: Readonly<Record<string, string>> }>>,
): string | undefined {
  const match = /^input\.(\w+)(?:\[(\d+)\])?(?:\.(\w+)(?:\[(\d+)\])?)?$/.exec(path);
  if (!match) return undefined;
  const [, field = '', index, itemField, itemIndex] = match;
  const ordinal = (n: string | undefined) => (n === undefined ? '' : ` ${Number(n) + 1}`);
  const list = lists[field];
  if (index !== undefined && list && itemField) {
    return `${list.item}${ordinal(index)} › ${list.fields[itemField] ?? itemField}${ordinal(itemIndex)}`;
  }
  if (itemField) return undefined;
  const label = fields[field];
  return label && `${label}${ordinal(index)}`;
}
