import type { ReactNode } from 'react';
import { useSavedNotice } from './saved-notice';

/**
 * What a change did, once it succeeded ("Programme saved."): a polite live region, on the page
 * before the text arrives, so that screen readers announce it; nothing shows while it is empty.
 */
export function Confirmation({ children }: { children?: ReactNode }) {
  return (
    <p className="confirmation" role="status">
      {children}
    </p>
  );
}

/** The confirmation a form left for this record's page when it saved it and came here (saved-notice.ts). */
export function SavedNotice({ recordKey }: { recordKey: string }) {
  return <Confirmation>{useSavedNotice(recordKey)}</Confirmation>;
}
