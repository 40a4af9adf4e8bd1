/**
 * Translations of the Atlas's texts: the languages content may be written in, which fields of which
 * kinds of record may be translated (with each field's own rule), and the rules of `setTranslation`'s
 * input, checked by the API, the seed and the dashboard's translation form.
 */
import * as z from 'zod/mini';
import { TranslationOrigin } from '../vocabulary.js';
import { key, REQUIRED } from './field-rules.js';
import { eventFields, indicatorFields, practiceFields, programFields, sourceFields } from './record-fields.js';

/**
 * The content languages, by BCP 47 code, with their names in their own language: English (the
 * Atlas's working language, in which texts are written unless the record says otherwise), and the
 * languages of the ASEAN member states (Timor-Leste's Tetum and Portuguese included).
 */
export const CONTENT_LANGUAGES = {
  en: 'English',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  fil: 'Filipino',
  th: 'ภาษาไทย',
  vi: 'Tiếng Việt',
  km: 'ភាសាខ្មែរ',
  lo: 'ພາສາລາວ',
  my: 'မြန်မာဘာသာ',
  zh: '中文',
  ta: 'தமிழ்',
  tet: 'Tetun',
  pt: 'Português',
} as const;

export type ContentLanguage = keyof typeof CONTENT_LANGUAGES;

/** The language of a record's own texts where the record does not say otherwise. */
export const ORIGINAL_LANGUAGE: ContentLanguage = 'en';

const LANGUAGE_CODES = Object.keys(CONTENT_LANGUAGES) as ContentLanguage[];

export const contentLanguage = z.enum(LANGUAGE_CODES, {
  error: `must be one of the Atlas's content languages: ${LANGUAGE_CODES.join(', ')}`,
});

/**
 * The translatable text fields of each kind of record (by GraphQL type name), each with the rule of
 * the field itself: a translation is held to the same length as the original. A programme's or an
 * event's `localName` is not here: it is already the name in the national language, and the seed
 * gives it as the translation of `name` too.
 */
export const TRANSLATABLE_FIELDS = {
  Practice: { title: practiceFields.title, summary: practiceFields.summary, body: practiceFields.body },
  ReintegrationProgram: { name: programFields.name, summary: programFields.summary },
  Event: { name: eventFields.name, summary: eventFields.summary },
  Indicator: { name: indicatorFields.name, description: indicatorFields.description, unit: indicatorFields.unit },
  Source: { title: sourceFields.title },
} as const;

export type TranslatableType = keyof typeof TRANSLATABLE_FIELDS;

export function isTranslatableType(typeName: string): typeName is TranslatableType {
  return Object.hasOwn(TRANSLATABLE_FIELDS, typeName);
}

/** The rule of `field` of a kind of record, or undefined when that field is not translatable. */
export function translatableField(type: TranslatableType, field: string): z.ZodMiniType<string> | undefined {
  const fields: Record<string, z.ZodMiniType<string>> = TRANSLATABLE_FIELDS[type];
  return Object.hasOwn(fields, field) ? fields[field] : undefined;
}

/** The longest text any translatable field takes; each field's own cap is checked once the record is known. */
const MAX_TRANSLATION_LENGTH = 50_000;

/** The input of `setTranslation` (the record by global ID, its source by global ID, both checked by the API). */
export const translationInputSchema = z.object({
  recordId: z.string({ error: REQUIRED }).check(z.minLength(1, REQUIRED)),
  field: z.string({ error: REQUIRED }).check(z.minLength(1, REQUIRED)),
  language: contentLanguage,
  text: z
    .string({ error: REQUIRED })
    .check(
      z.trim(),
      z.minLength(1, REQUIRED),
      z.maxLength(MAX_TRANSLATION_LENGTH, `at most ${MAX_TRANSLATION_LENGTH} characters`),
    ),
  origin: z.optional(z.nullable(z.enum(TranslationOrigin))),
  sourceId: z.optional(z.nullable(z.string())),
});

/** A translation in the seed and the import: the record by kind and key (or an indicator's code), its source by key. */
export const translationRecordFields = {
  language: contentLanguage,
  origin: z.enum(TranslationOrigin),
  source: z.optional(key),
};
