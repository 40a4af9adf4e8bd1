import type { Vocabulary } from '@atlas/shared';

import { Link } from 'wouter';
import { useVocabulary } from '../../components/Vocabulary';
import { t } from '../../i18n/message';

/**
 * Vocabulary values as tags, each a link to the practice browser filtered by that value, with its
 * description on hover.
 */
export function LinkedTags<E extends string>({
  vocabulary,
  values,
  label,
  href,
}: {
  vocabulary: Vocabulary<E>;
  values: readonly `${E}`[];
  label: string;
  href: (value: `${E}`) => string;
}) {
  const { labelOf, descriptionOf } = useVocabulary();
  if (values.length === 0) return <span className="meta">{t('practice.facts.noneRecorded')}</span>;
  return (
    <ul className="tags" aria-label={label}>
      {values.map((value) => (
        <li key={value} className="tag linked-tag">
          <Link href={href(value)} title={descriptionOf(vocabulary, value)}>
            {labelOf(vocabulary, value)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
