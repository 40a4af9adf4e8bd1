/** Thrown at once, without waiting, when the line of a `concurrencyLimit` is already `maxWaiting` long. */
export class QueueFull extends Error {}

/**
 * Runs at most `limit` tasks at once; the others wait their turn, first come first served. For the
 * few answers that hold megabytes while they are built (compareCountries): fifty of them at once
 * on PostgreSQL, whose driver lets them all proceed together, took the server past 2.5 GB.
 * With `maxWaiting`, a task that would wait behind that many is refused with QueueFull instead.
 */
export function concurrencyLimit(limit: number, maxWaiting = Infinity): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running < limit) running++;
    else if (waiting.length >= maxWaiting) throw new QueueFull(`${waiting.length} tasks are already waiting`);
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, or is freed.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
