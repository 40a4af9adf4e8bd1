import { useIntl } from 'react-intl';

export interface SourceLike {
  title: string;
  url: string;
  publisher?: string | null;
  publishedOn?: string | null;
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

/** Each source as a list item linking to it, for a list the caller frames. */
export function SourceItems({ sources }: { sources: readonly SourceLike[] }) {
  return sources.map((source) => (
    <li key={source.url}>
      <SourceLink source={source} />
    </li>
  ));
}

/** A link to a source; its `data-source-*` are what a printed page's numbered notes say of it (print/SourceNotes). */
export function SourceLink({ source, label }: { source: SourceLike; label?: string }) {
  const meta = [source.publisher, source.publishedOn].filter(Boolean).join(', ');
  return (
    <a
      href={source.url}
      rel="noreferrer noopener"
      target="_blank"
      data-source-title={source.title}
      data-source-meta={meta || undefined}
    >
      {label ?? source.title}
      {!label && meta && <span className="source-meta"> ({meta})</span>}
    </a>
  );
}
