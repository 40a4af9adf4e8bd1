import { CONTENT_LANGUAGES, ORIGINAL_LANGUAGE, type ContentLanguage } from '@atlas/shared/rules';
import { graphql, type ResultOf } from '../graphql';

/** One text of a record as `inLanguage` gives it: in the language asked for where translated, else its own. */
export const LocalizedTextFields = graphql(`
  fragment LocalizedTextFields on LocalizedText @_unmask {
    field
    text
    language
    isTranslation
    origin
  }
`);

export type LocalizedTextValue = ResultOf<typeof LocalizedTextFields>;

/** The content language a page asks the API for: its own (`id`), English for the pseudo-language (`en-XA`). */
export function contentLanguageOf(locale: string): ContentLanguage {
  const code = locale.split('-')[0] ?? '';
  return Object.hasOwn(CONTENT_LANGUAGES, code) ? (code as ContentLanguage) : ORIGINAL_LANGUAGE;
}

/**
 * The text of `field` among a record's `inLanguage` texts; where the answer lacks it, the record's
 * own text in its original language.
 */
export function textOf(texts: readonly LocalizedTextValue[], field: string, original: string): LocalizedTextValue {
  return (
    texts.find((text) => text.field === field) ?? {
      field,
      text: original,
      language: ORIGINAL_LANGUAGE,
      isTranslation: false,
      origin: null,
    }
  );
}

/** A record's translations, for a text picked in the page's language on the page itself (textIn). */
export const TranslatedTexts = graphql(`
  fragment TranslatedTexts on Translation @_unmask {
    field
    language
    text
    origin
  }
`);

export type TranslatedTextsValue = ResultOf<typeof TranslatedTexts>;

/**
 * The text of `field` in `language` among a record's translations, as `inLanguage` would give it;
 * where it has none, the record's own text in its own language.
 */
export function textIn(
  language: string,
  record: { translations?: readonly TranslatedTextsValue[] | null; language?: string | null },
  field: string,
  original: string,
): LocalizedTextValue {
  const own = record.language ?? ORIGINAL_LANGUAGE;
  const translation =
    language === own ? undefined : record.translations?.find((t) => t.field === field && t.language === language);
  return translation
    ? { field, text: translation.text, language, isTranslation: true, origin: translation.origin }
    : { field, text: original, language: own, isTranslation: false, origin: null };
}
