import { useMemo, useState } from 'react';
import type { CombinedError } from 'urql';
import { NO_PROBLEMS, problemsOf, type MutationProblems } from './mutation-problems';

/**
 * What stopped the last save: the API's problems, or the form's own when something it cannot even
 * send is missing (a status, a year). Memoised: the summary takes the focus each time they change.
 */
export function useSaveProblems(error: CombinedError | undefined) {
  const [missing, setMissing] = useState<Record<string, string> | null>(null);
  const server = useMemo(() => problemsOf(error), [error]);
  const problems = useMemo<MutationProblems>(
    () => (missing ? { ...NO_PROBLEMS, fields: missing } : server),
    [missing, server],
  );
  return {
    problems,
    /** Shows these problems instead of sending; null before sending. */
    setMissing,
  };
}
