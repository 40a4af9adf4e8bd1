import { useEffect, useState } from 'react';

/** How long typing must pause before a search is sent. */
export const SEARCH_DELAY_MS = 300;

/** `value` once it has stopped changing for `delay` ms: a search as typing pauses, not at every key. */
export function useSettled(value: string, delay = SEARCH_DELAY_MS): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
