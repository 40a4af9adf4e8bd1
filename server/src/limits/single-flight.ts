/**
 * Identical work asked for while it is in progress is done once: a caller whose `key` names a task
 * still running gets that task's promise (its result or its failure) instead of starting another.
 * Only while it runs: once it settles the next caller starts afresh, so nothing is kept beyond the
 * requests that overlapped it. The key must name everything the result depends on.
 */
export function singleFlight<T>(): (key: string, task: () => Promise<T>) => Promise<T> {
  const running = new Map<string, Promise<T>>();
  return (key, task) => {
    const joined = running.get(key);
    if (joined) return joined;
    const started = task().finally(() => running.delete(key));
    running.set(key, started);
    return started;
  };
}
