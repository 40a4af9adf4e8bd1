import { NAMED_VOCABULARIES, type Vocabulary } from '@atlas/shared';
import { useMemo } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { MessageId } from '../i18n/message-ids';

/** Each vocabulary's name in the catalogs' ids: `vocabulary.themes.ENTREPRENEURSHIP(.description)`. */
const NAMES = new Map<Vocabulary<string>, string>(
  Object.entries(NAMED_VOCABULARIES).map(([name, vocabulary]) => [vocabulary as Vocabulary<string>, name]),
);

/** A vocabulary value's label or description in the page's language; null for a value the catalogs lack. */
function message(intl: IntlShape, vocabulary: Vocabulary<string>, value: string, part: '' | '.description') {
  const id = `vocabulary.${NAMES.get(vocabulary)}.${value}${part}` as MessageId;
  return intl.messages[id] === undefined ? null : intl.formatMessage({ id });
}

/**
 * The labels and descriptions of vocabulary values in `intl`'s language (`ACCESS_TO_FINANCE` →
 * "Access to finance", "Akses pembiayaan"). Values come as the API returns them (string literals
 * typed by gql.tada) or as the shared enums. In a component: `useVocabulary()`.
 */
export function vocabularyText(intl: IntlShape) {
  return {
    labelOf: <E extends string>(vocabulary: Vocabulary<E>, value: `${E}`): string =>
      message(intl, vocabulary, value, '') ?? value,
    descriptionOf: <E extends string>(vocabulary: Vocabulary<E>, value: `${E}`): string | undefined =>
      message(intl, vocabulary, value, '.description') ?? undefined,
  };
}

/** `vocabularyText` in the page's language. */
export function useVocabulary() {
  const intl = useIntl();
  return useMemo(() => vocabularyText(intl), [intl]);
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
  const { labelOf, descriptionOf } = useVocabulary();
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
