import type { TranslatableType } from '@atlas/shared/rules';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { t } from '../i18n/message';
import { useClient, useMutation } from 'urql';
import { ConflictNotice } from './ConflictNotice';
import { FormProblems, SelectField, TextField } from './fields';
import { ProblemSummary } from './ProblemSummary';
import { ActionOrCancel } from './SaveActions';
import { useSaveProblems } from './save-problems';
import { fieldOptions, languageOptions, useTranslationName } from './translation-labels';
import { RecordTranslationsQuery, SetTranslationMutation } from './translation-queries';

/**
 * What the form edits: a field in a language, its text, the source whose wording it is (null: the
 * Atlas translated it), and the version the edit replaces (0 for a new one).
 */
export interface TranslationDraft {
  field: string;
  language: string;
  text: string;
  sourceId: string | null;
  version: number;
}

/** A source a translation may quote: one the record cites (a source's own page offers the source itself). */
export interface CitableSource {
  id: string;
  title: string;
}

/** The value of the "whose wording" select that stands for the Atlas's own translation. */
const BY_ATLAS = 'ATLAS';

/**
 * Adds a translation of one field (field and language chosen here), or edits one (both fixed), saved
 * with setTranslation on the version it was based on: after a CONFLICT the notice loads the one saved
 * meanwhile and keeps the text typed here, to save on top of it.
 */
export function TranslationForm({
  recordId,
  type,
  originalLanguage,
  citableSources,
  start,
  onSaved,
  onCancel,
}: {
  recordId: string;
  type: TranslatableType;
  originalLanguage: string;
  citableSources: readonly CitableSource[];
  start: TranslationDraft;
  onSaved(draft: TranslationDraft): void;
  onCancel(): void;
}) {
  const intl = useIntl();
  const client = useClient();
  const translationName = useTranslationName();
  const [draft, setDraft] = useState(start);
  const [theirChanges, setTheirChanges] = useState<string[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [saving, save] = useMutation(SetTranslationMutation);
  const { problems } = useSaveProblems(saving.error);
  const isNew = start.version === 0;
  const labels = {
    'input.field': intl.formatMessage({ id: 'translations.form.field' }),
    'input.language': intl.formatMessage({ id: 'translations.form.language' }),
    'input.text': intl.formatMessage({ id: 'translations.form.text' }),
    'input.sourceId': intl.formatMessage({ id: 'translations.form.origin' }),
  };
  const originOptions = [
    { value: BY_ATLAS, label: intl.formatMessage({ id: 'translations.form.origin.atlas' }) },
    ...citableSources.map((source) => ({
      value: source.id,
      label: intl.formatMessage({ id: 'translations.form.origin.source' }, { source: source.title }),
    })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTheirChanges(null);
    const { field, language, text, sourceId, version } = draft;
    const origin = sourceId ? 'SOURCE' : 'ATLAS';
    const result = await save({
      input: { recordId, field, language, text, origin, sourceId },
      expectedVersion: version,
    });
    if (!result.error) onSaved(draft);
  };

  const loadLatest = async () => {
    setLoading(true);
    const latest = await client.query(RecordTranslationsQuery, { id: recordId }, { requestPolicy: 'network-only' });
    setLoading(false);
    const translations = latest.data?.node && 'translations' in latest.data.node ? latest.data.node.translations : [];
    const theirs = translations.find((t) => t.field === draft.field && t.language === draft.language);
    setTheirChanges(theirs && theirs.text !== start.text ? [labels['input.text']] : []);
    setDraft({ ...draft, version: theirs?.version ?? 0 });
  };

  const heading = isNew
    ? intl.formatMessage({ id: 'translations.form.add' })
    : intl.formatMessage({ id: 'translations.editOne' }, { what: translationName(draft) });
  return (
    <form className="translation-form" aria-label={heading} onSubmit={(event) => void submit(event)} noValidate>
      <h3>{heading}</h3>
      {problems.conflict && (
        <ConflictNotice
          what="translations.what"
          currentVersion={theirChanges === null ? problems.conflict.currentVersion : draft.version}
          theirChanges={theirChanges}
          onLoadLatest={() => void loadLatest()}
          loading={loading}
        />
      )}
      <ProblemSummary problems={problems} labels={labels} />
      <FormProblems problems={problems}>
        {isNew && (
          <>
            <SelectField
              path="input.field"
              label={labels['input.field']}
              options={fieldOptions(intl, type)}
              value={draft.field}
              onChange={(field) => setDraft({ ...draft, field })}
              required
            />
            <SelectField
              path="input.language"
              label={labels['input.language']}
              options={languageOptions(originalLanguage)}
              value={draft.language}
              onChange={(language) => setDraft({ ...draft, language })}
              required
            />
          </>
        )}
        <TextField
          path="input.text"
          label={labels['input.text']}
          multiline
          lang={draft.language}
          value={draft.text}
          onChange={(text) => setDraft({ ...draft, text })}
          required
        />
        {citableSources.length > 0 ? (
          <SelectField
            path="input.sourceId"
            label={labels['input.sourceId']}
            hint={intl.formatMessage({ id: 'translations.form.origin.hint' })}
            options={originOptions}
            value={draft.sourceId ?? BY_ATLAS}
            onChange={(value) => setDraft({ ...draft, sourceId: value === BY_ATLAS || value === '' ? null : value })}
          />
        ) : (
          <p className="meta">{t('translations.form.byAtlas')}</p>
        )}
      </FormProblems>
      <ActionOrCancel
        label={intl.formatMessage({ id: 'translations.form.save' })}
        busy={saving.fetching}
        onCancel={onCancel}
      />
    </form>
  );
}
