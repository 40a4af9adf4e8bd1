import { useEffect, useState } from 'react';

// What was just saved, by the record it is about (its ID, or a country's code), for the page a form
// goes to after saving. In memory only: a reload of that page shows no stale confirmation.
const notices = new Map<string, string>();

/** Leaves a confirmation for the page of the record just saved, which shows it once. */
export function leaveSavedNotice(recordKey: string, text: string): void {
  notices.set(recordKey, text);
}

/**
 * The confirmation left for this record, if any; taken, so that it is shown once. It arrives after
 * the first render, so that the live region it fills is already on the page and is announced.
 */
export function useSavedNotice(recordKey: string): string | null {
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    const left = notices.get(recordKey);
    notices.delete(recordKey);
    if (left !== undefined) setNotice(left);
  }, [recordKey]);
  return notice;
}
