import { useMemo, useState } from 'react';
import type { CombinedError } from 'urql';
import { NO_PROBLEMS, problemsOf, type MutationProblems } from './mutation-problems';

/**
 * What stopped the last save: the problems the form found with the API's rules before sending
 * (editing/checked-input.ts), or else the API's. Memoised: the summary takes the focus each time
 * they change.
 */
export function useSaveProblems(error: CombinedError | undefined) {
  const [missing, setMissing] = useState<Pick<MutationProblems, 'fields' | 'codes'> | null>(null);
  const server = useMemo(() => problemsOf(error), [error]);
  const problems = useMemo<MutationProblems>(
    () => (missing ? { ...NO_PROBLEMS, ...missing } : server),
    [missing, server],
  );
  return {
    problems,
    /** Shows these problems (messages by path, with their codes) instead of sending; null when sending. */
    setMissing,
  };
}
