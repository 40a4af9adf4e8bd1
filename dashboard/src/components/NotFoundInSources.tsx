import { t } from '../i18n/message';

/**
 * What the sources consulted do not give about a record (its `notFound`), said in this one way on
 * every page that shows such a record, so that no record's prose has to say it.
 */
export function NotFoundInSources({ items }: { items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <p className="not-found-in-sources">
      <strong>{t('notFound.heading')}</strong> {items.join('; ')}.
    </p>
  );
}
