import type { Vocabulary } from '@atlas/shared';

/**
 * The label of a vocabulary value (`ACCESS_TO_FINANCE` → "Access to finance"). Takes the value as
 * the API returns it (a string literal typed by gql.tada) or as the shared enum.
 */
export function labelOf<E extends string>(vocabulary: Vocabulary<E>, value: `${E}`): string {
  return (vocabulary as Record<string, { label: string } | undefined>)[value]?.label ?? value;
}

/** The description of a vocabulary value, for a tooltip or a note. */
export function descriptionOf<E extends string>(vocabulary: Vocabulary<E>, value: `${E}`): string | undefined {
  return (vocabulary as Record<string, { description: string } | undefined>)[value]?.description;
}

/** Vocabulary values as a list of tags, each with its description on hover. */
export function VocabularyTags<E extends string>({
  vocabulary,
  values,
  label,
}: {
  vocabulary: Vocabulary<E>;
  values: readonly `${E}`[];
  label: string;
}) {
  if (values.length === 0) return null;
  return (
    <ul className="tags" aria-label={label}>
      {values.map((value) => (
        <li key={value} className="tag" title={descriptionOf(vocabulary, value)}>
          {labelOf(vocabulary, value)}
        </li>
      ))}
    </ul>
  );
}

/** The values that are members of an enum, as its members (API values are plain strings). */
export function members<E extends string>(all: readonly E[], values: readonly string[]): E[] {
  return values.flatMap((value) => all.filter((member) => member === value));
}
