import { CONTENT_LANGUAGES, ORIGINAL_LANGUAGE, TRANSLATABLE_FIELDS, type TranslatableType } from '@atlas/shared/rules';
import { useIntl, type IntlShape } from 'react-intl';
import { useLanguageName } from '../components/LocalizedText';
import type { MessageId } from '../i18n/message-ids';

/** Every translatable field's label, by the name its type gives it. */
const FIELD_LABELS: Readonly<Record<string, MessageId>> = {
  title: 'translations.field.title',
  summary: 'translations.field.summary',
  body: 'translations.field.body',
  name: 'translations.field.name',
  description: 'translations.field.description',
  unit: 'translations.field.unit',
};

/** A translatable field in words of the page's language ("Summary"); its name where it has no label. */
export function fieldLabel(intl: IntlShape, field: string): string {
  const id = FIELD_LABELS[field];
  return id ? intl.formatMessage({ id }) : field;
}

/** The fields of a kind of record that may be translated, labelled, for the field select. */
export function fieldOptions(intl: IntlShape, type: TranslatableType): { value: string; label: string }[] {
  return Object.keys(TRANSLATABLE_FIELDS[type]).map((field) => ({ value: field, label: fieldLabel(intl, field) }));
}

/** The languages a record's texts may be translated into (all but their own), each by its own name ("Bahasa Indonesia"). */
export function languageOptions(originalLanguage: string = ORIGINAL_LANGUAGE): { value: string; label: string }[] {
  return Object.entries(CONTENT_LANGUAGES)
    .filter(([code]) => code !== originalLanguage)
    .map(([value, label]) => ({ value, label }));
}

/** A translation in words ("Summary in Indonesian"), by its field and language. */
export function useTranslationName(): (translation: { field: string; language: string }) => string {
  const intl = useIntl();
  const languageName = useLanguageName();
  return ({ field, language }) =>
    intl.formatMessage(
      { id: 'translations.item' },
      { field: fieldLabel(intl, field), language: languageName(language) },
    );
}
