import { ORIGINAL_LANGUAGE } from '@atlas/shared/rules';
import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import { EDITORS, useHasRole } from '../editing/RequireRole';
import { t } from '../i18n/message';
import { textIn, type TranslatedTextsValue } from './localized-text';
import { usePageContentLanguage } from './LocalizedText';

export interface SourceLike {
  /** Its global ID, where known: editors then reach its page (its translations). */
  id?: string;
  title: string;
  url: string;
  publisher?: string | null;
  publishedOn?: string | null;
  /** The language it is written in (its title's). */
  language?: string | null;
  /** A blog, a repost or a document mirror, as the research files flag it: labelled so beside its link. */
  weak?: boolean | null;
  translations?: readonly TranslatedTextsValue[] | null;
}

/** The sources of a record, each a link to the cited document, under `heading` (by default "Sources"). */
export function SourceLinks({ sources, heading }: { sources: readonly SourceLike[]; heading?: string }) {
  const intl = useIntl();
  if (sources.length === 0) return null;
  heading ??= intl.formatMessage({ id: 'sources.heading' });
  return (
    <section className="sources" aria-label={heading}>
      <h3>{heading}</h3>
      <ol>
        <SourceItems sources={sources} />
      </ol>
    </section>
  );
}

/** Each source as a list item linking to it, for a list the caller frames; for editors, a link to its page too. */
export function SourceItems({ sources }: { sources: readonly SourceLike[] }) {
  const editor = useHasRole(EDITORS);
  return sources.map((source) => (
    <li key={source.url}>
      <SourceLink source={source} />
      {editor && source.id && (
        <>
          {' '}
          <Link href={`/sources/${encodeURIComponent(source.id)}`} className="source-page-link" data-editing>
            {t('sources.pageLink')}
          </Link>
        </>
      )}
    </li>
  ));
}

/**
 * A link to the cited document under the title it was published under (marked with its language),
 * followed, where the page's language differs and a translation exists, by the title in the page's
 * language in brackets, as a bibliography gives a translated title. Its `data-source-*` are what a
 * printed page's numbered notes say of it (print/SourceNotes).
 */
export function SourceLink({ source, label }: { source: SourceLike; label?: string }) {
  const page = usePageContentLanguage();
  const meta = [source.publisher, source.publishedOn].filter(Boolean).join(', ');
  const own = source.language ?? ORIGINAL_LANGUAGE;
  const translated = label ? null : textIn(page, source, 'title', source.title);
  return (
    <>
      <a
        href={source.url}
        rel="noreferrer noopener"
        target="_blank"
        data-source-title={source.title}
        data-source-meta={meta || undefined}
      >
        {label ?? <span lang={own === page ? undefined : own}>{source.title}</span>}
        {!label && meta && <span className="source-meta"> ({meta})</span>}
      </a>
      {source.weak && (
        <>
          {' '}
          <WeakSourceLabel />
        </>
      )}
      {translated?.isTranslation && (
        <>
          {' '}
          <span lang={translated.language}>[{translated.text}]</span>{' '}
          <small className="language-note">
            {t(translated.origin === 'SOURCE' ? 'translations.note.bySource' : 'translations.note.byAtlas')}
          </small>
        </>
      )}
    </>
  );
}

/**
 * "weak source", beside a citation of a blog, a repost or a document mirror: what it means shows on
 * hover (`title`) and is read out by screen readers (the hidden text), so no reader takes the copy
 * for the publisher's own.
 */
export function WeakSourceLabel() {
  const intl = useIntl();
  const explanation = intl.formatMessage({ id: 'sources.weak.explanation' });
  return (
    <small className="weak-source" title={explanation}>
      {t('sources.weak')}
      <span className="visually-hidden">: {explanation}</span>
    </small>
  );
}
