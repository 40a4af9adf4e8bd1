import { useEffect, useState, type RefObject } from 'react';
import { t } from '../i18n/message';

interface Note {
  url: string;
  title: string;
  meta: string | null;
}

/**
 * Numbers every source a printed page links to, once per address in the order they come, and lists
 * them at its end with their full addresses: paper cannot follow a link. Each link gets its number
 * (`data-note`, shown as "[n]" in print). Read from the page as rendered, because a dozen parts of
 * the pages cite sources (SourceLink marks each one), some of them loaded later (charts, tables).
 */
export function SourceNotes({ content }: { content: RefObject<HTMLElement | null> }) {
  const [notes, setNotes] = useState<readonly Note[]>([]);
  useEffect(() => {
    const root = content.current;
    if (!root) return;
    const number = () => {
      const next = numberSources(root);
      setNotes((notes) => (JSON.stringify(notes) === JSON.stringify(next) ? notes : next));
    };
    number();
    const observer = new MutationObserver(number);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [content]);
  if (notes.length === 0) return null;
  return (
    <section className="print-only source-notes" aria-labelledby="source-notes">
      <h2 id="source-notes">{t('print.sources')}</h2>
      <ol>
        {notes.map((note, index) => (
          <li key={note.url}>
            [{index + 1}] {note.title}
            {note.meta && ` (${note.meta})`}.{' '}
            <span className="note-url" lang="zxx">
              {note.url}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function numberSources(root: HTMLElement): Note[] {
  const notes = new Map<string, Note & { number: number }>();
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-source-title]')) {
    const url = link.href;
    let note = notes.get(url);
    if (!note) {
      note = {
        url,
        title: link.dataset.sourceTitle ?? url,
        meta: link.dataset.sourceMeta ?? null,
        number: notes.size + 1,
      };
      notes.set(url, note);
    }
    if (link.dataset.note !== String(note.number)) link.dataset.note = String(note.number);
  }
  return [...notes.values()];
}
