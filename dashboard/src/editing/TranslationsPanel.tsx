import { ORIGINAL_LANGUAGE, TRANSLATABLE_FIELDS, type TranslatableType } from '@atlas/shared/rules';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { t } from '../i18n/message';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../components/QueryState';
import { HistoryPanel, HistorySection } from '../history/HistoryPanel';
import { Confirmation } from './Confirmation';
import { useTranslationName } from './translation-labels';
import { RecordTranslationsQuery, type TranslationEntryValue } from './translation-queries';
import { TranslationForm, type CitableSource, type TranslationDraft } from './TranslationForm';
import { TranslationRemoval, type RemovalOutcomes } from './TranslationRemoval';
import './editor-forms.css';
import './translations.css';

interface PanelProps {
  recordId: string;
  type: TranslatableType;
  /** The language of the record's own texts (a source's may be other than English). */
  originalLanguage?: string | null;
  /** The sources whose wording a translation may give (the record's own; none: the Atlas translates). */
  citableSources?: readonly CitableSource[];
  /** Refreshes what the page reads once a translation changed. */
  onChanged?: () => void;
}

/**
 * A record's texts in other languages, for those who may edit the record: collapsed, like the
 * history, so that its query runs only once opened. Inside, each translation with its history, a
 * form to add one or edit it, and its removal.
 */
export function TranslationsPanel(props: PanelProps) {
  const intl = useIntl();
  return (
    <HistorySection heading={intl.formatMessage({ id: 'translations.heading' })}>
      {() => <Translations {...props} />}
    </HistorySection>
  );
}

function Translations({ recordId, type, originalLanguage, citableSources = [], onChanged }: PanelProps) {
  const ownLanguage = originalLanguage ?? ORIGINAL_LANGUAGE;
  const intl = useIntl();
  const [{ data, error }, refetch] = useQuery({
    query: RecordTranslationsQuery,
    variables: { id: recordId },
    requestPolicy: 'network-only',
  });
  const [editing, setEditing] = useState<TranslationDraft | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const changed = (message: string) => {
    setEditing(null);
    setDone(message);
    reload();
    onChanged?.();
  };
  const translations = data?.node && 'translations' in data.node ? data.node.translations : [];
  const [firstField = ''] = Object.keys(TRANSLATABLE_FIELDS[type]);

  return (
    <>
      <p className="meta">{t('translations.explanation')}</p>
      <Confirmation>{done}</Confirmation>
      {error && !data ? (
        <ErrorState error={error} retry={reload} />
      ) : !data ? (
        <Loading what="translations.loading" />
      ) : translations.length === 0 ? (
        <p className="meta">{t('translations.none')}</p>
      ) : (
        <ul className="translation-list">
          {translations.map((translation) => (
            <TranslationItem
              key={translation.id}
              translation={translation}
              onEdit={() => setEditing({ ...translation, sourceId: translation.source?.id ?? null })}
              onRemoved={() => changed(intl.formatMessage({ id: 'translations.removed' }))}
              onStale={reload}
            />
          ))}
        </ul>
      )}
      {editing ? (
        <TranslationForm
          key={`${editing.field}-${editing.language}-${editing.version}`}
          recordId={recordId}
          type={type}
          originalLanguage={ownLanguage}
          citableSources={withQuoted(citableSources, translations, editing)}
          start={editing}
          onSaved={() => changed(intl.formatMessage({ id: 'translations.saved' }))}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <p className="form-actions">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDone(null);
              setEditing({
                field: firstField,
                language: nextLanguage(translations, ownLanguage),
                text: '',
                sourceId: null,
                version: 0,
              });
            }}
          >
            {t('translations.add')}
          </button>
        </p>
      )}
    </>
  );
}

/**
 * The language a new translation starts in: that of the record's first translation, else Indonesian
 * (English for a record written in Indonesian).
 */
function nextLanguage(translations: readonly TranslationEntryValue[], ownLanguage: string): string {
  return (
    translations.find((t) => t.language !== ownLanguage)?.language ?? (ownLanguage === 'id' ? ORIGINAL_LANGUAGE : 'id')
  );
}

/** The sources a translation may quote, with the one the edited translation already quotes (the record may no longer cite it). */
function withQuoted(
  citable: readonly CitableSource[],
  translations: readonly TranslationEntryValue[],
  editing: TranslationDraft,
): readonly CitableSource[] {
  const quoted = translations.find((t) => t.field === editing.field && t.language === editing.language)?.source;
  return quoted && !citable.some((source) => source.id === quoted.id) ? [...citable, quoted] : citable;
}

function TranslationItem({
  translation,
  onEdit,
  ...outcomes
}: RemovalOutcomes & { translation: TranslationEntryValue; onEdit(): void }) {
  const intl = useIntl();
  const [removing, setRemoving] = useState(false);
  const what = useTranslationName()(translation);
  return (
    <li>
      <h3>{what}</h3>
      <p lang={translation.language} className="translation-text">
        {translation.text}
      </p>
      <p className="meta">
        {translation.origin === 'SOURCE' && translation.source
          ? t('translations.origin.source', { source: translation.source.title })
          : t('translations.origin.atlas')}{' '}
        {t('translations.version', { version: translation.version })}
      </p>
      {removing ? (
        <TranslationRemoval translation={translation} what={what} {...outcomes} onCancel={() => setRemoving(false)} />
      ) : (
        <p className="form-actions">
          <button
            type="button"
            className="secondary"
            onClick={onEdit}
            aria-label={intl.formatMessage({ id: 'translations.editOne' }, { what })}
          >
            {t('translations.edit')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => setRemoving(true)}
            aria-label={intl.formatMessage({ id: 'translations.removeOne' }, { what })}
          >
            {t('translations.remove')}
          </button>
        </p>
      )}
      <HistoryPanel entityId={translation.id} heading={intl.formatMessage({ id: 'translations.history' }, { what })} />
    </li>
  );
}
