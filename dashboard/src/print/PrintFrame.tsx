import { useRef, type ReactNode } from 'react';
import { PrintFooter } from './PrintFooter';
import { SourceNotes } from './SourceNotes';
import './print.css';

/**
 * A page that prints as a handout: its content, then its numbered sources, with the citation footer
 * on every sheet. The table is for paper only (on screen its parts are `display: contents`): a
 * table's footer is the one thing Chromium repeats on each page, and keeps the fixed footer from
 * covering the text; a fixed footer in the page margin is cut off on the first page.
 */
export function PrintFrame({ children }: { children: ReactNode }) {
  const content = useRef<HTMLDivElement>(null);
  return (
    <>
      <table className="print-frame" role="presentation">
        <tbody>
          <tr>
            <td>
              <div ref={content}>{children}</div>
              <SourceNotes content={content} />
            </td>
          </tr>
        </tbody>
        <tfoot aria-hidden="true">
          <tr>
            <td>
              <div className="print-footer-space" />
            </td>
          </tr>
        </tfoot>
      </table>
      <PrintFooter />
    </>
  );
}
