import { useMemo, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { t } from '../i18n/message';
import { contentLanguageOf, type LocalizedTextValue } from './localized-text';
import './localized-text.css';

/** The content language of the page being shown (what it asks `inLanguage` for). */
export function usePageContentLanguage(): string {
  return contentLanguageOf(useIntl().locale);
}

/** A language's name in the page's language ("English", "bahasa Inggris" reads "Inggris"). */
export function useLanguageName(): (code: string) => string {
  const { locale } = useIntl();
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    return (code: string) => names.of(code) ?? code;
  }, [locale]);
}

/**
 * A record's text as the page shows it: marked with `lang` where it is not in the page's language
 * (screen readers then read it in its own), followed by a small note saying so, or that it is a
 * translation and whose. `block` for a text of paragraphs (`children` then give them).
 */
export function LocalizedText({
  text,
  block = false,
  children,
}: {
  text: LocalizedTextValue;
  block?: boolean;
  children?: ReactNode;
}) {
  const page = usePageContentLanguage();
  const lang = text.language === page ? undefined : text.language;
  const content = children ?? text.text;
  return (
    <>
      {block ? <div lang={lang}>{content}</div> : <span lang={lang}>{content}</span>}
      <LanguageNote text={text} page={page} />
    </>
  );
}

/** "in English" for an original in another language than the page's, "translated by the Atlas" for a translation. */
function LanguageNote({ text, page }: { text: LocalizedTextValue; page: string }) {
  const languageName = useLanguageName();
  if (!text.isTranslation && text.language === page) return null;
  return (
    <>
      {' '}
      <small className="language-note">
        {text.isTranslation
          ? t(text.origin === 'SOURCE' ? 'translations.note.bySource' : 'translations.note.byAtlas')
          : t('translations.note.original', { language: languageName(text.language) })}
      </small>
    </>
  );
}
