import { useEffect, useState } from 'react';

// What was just saved, by practice ID, for the page the form goes to after saving. In memory only:
// a reload of that page shows no stale confirmation.
const notices = new Map<string, string>();

/** Leaves a confirmation for the practice's page, which shows it once. */
export function leaveSavedNotice(practiceId: string, text: string): void {
  notices.set(practiceId, text);
}

/** The confirmation left for this practice, if any; taken, so that it is shown once. */
export function useSavedNotice(practiceId: string): string | null {
  const [notice] = useState(() => notices.get(practiceId) ?? null);
  useEffect(() => {
    notices.delete(practiceId);
  }, [practiceId]);
  return notice;
}
