import { contentLanguage, type TranslatableType } from '@atlas/shared/rules';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { parseInput } from '../graphql/validate-input';
import { Event } from '../events/event.entity';
import { Indicator } from '../indicators/indicator.entity';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { LocalizedText } from './localized-text.type';
import { fieldsOf, TRANSLATABLE } from './translatable';
import { translationsOf } from './translation-loader';
import { Translation } from './translation.entity';

/*
 * `translations` and `inLanguage` on every translatable type, as fields of those types. They live
 * here, with translations, so that practices, programmes, events, indicators and sources never
 * depend on them. The record reached is one the viewer may read, and so are its translations.
 */

/** The record's fields in `language` where translated, else in the record's own language. */
function localized(
  type: TranslatableType,
  record: object,
  translations: Translation[],
  language: string,
): LocalizedText[] {
  const original = TRANSLATABLE[type].language(record);
  return fieldsOf(type).map((field) => {
    const translation =
      language === original ? undefined : translations.find((t) => t.field === field && t.language === language);
    if (translation) {
      return { field, text: translation.text, language, isTranslation: true, origin: translation.origin, translation };
    }
    const text = String((record as Record<string, unknown>)[field] ?? '');
    return { field, text, language: original, isTranslation: false, origin: null, translation: null };
  });
}

function translationFieldsOf<R extends { id: number }>(type: TranslatableType, entity: abstract new () => R) {
  @Resolver(() => entity)
  class RecordTranslationsResolver {
    @FieldResolver(() => [Translation], {
      description: 'Its texts in other languages, by field and language.',
    })
    translations(@Root() record: R, @Ctx() { loaders }: AtlasContext): Promise<Translation[]> {
      return loaders.of(translationsOf).load({ type, id: record.id });
    }

    @FieldResolver(() => [LocalizedText], {
      description:
        'Each of its translatable texts in this language where it has been translated, else in its original language (English unless the record says otherwise); each says which language it is in and whether it is a translation.',
    })
    async inLanguage(
      @Root() record: R,
      @Arg('language', () => String, { description: 'A content language, BCP 47 (`id` for Bahasa Indonesia).' })
      language: string,
      @Ctx() { loaders }: AtlasContext,
    ): Promise<LocalizedText[]> {
      const code = parseInput(contentLanguage, language, 'language');
      const translations = await loaders.of(translationsOf).load({ type, id: record.id });
      return localized(type, record, translations, code);
    }
  }
  Object.defineProperty(RecordTranslationsResolver, 'name', { value: `${type}TranslationsResolver` });
  return RecordTranslationsResolver;
}

export const PracticeTranslationsResolver = translationFieldsOf('Practice', Practice);
export const ProgramTranslationsResolver = translationFieldsOf('ReintegrationProgram', ReintegrationProgram);
export const EventTranslationsResolver = translationFieldsOf('Event', Event);
export const IndicatorTranslationsResolver = translationFieldsOf('Indicator', Indicator);
export const SourceTranslationsResolver = translationFieldsOf('Source', Source);
