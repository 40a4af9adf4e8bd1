/** Refused at once (the line is `maxWaiting` long) or after `maxWaitMs` in line, by a `concurrencyLimit`. */
export class QueueFull extends Error {}

/**
 * Runs at most `limit` tasks at once; the others wait their turn, first come first served. For the
 * few answers that hold megabytes while they are built (compareCountries): fifty of them at once
 * on PostgreSQL, whose driver lets them all proceed together, took the server past 2.5 GB.
 * A bounded line refuses a task with QueueFull when `maxWaiting` already wait, or once it has
 * waited `maxWaitMs` without its turn coming. A task whose `signal` was aborted while it waited (its
 * request timed out, its client went away) is not run when its turn comes: it rejects with the
 * signal's reason and the next one goes. A task given `heldUntil` keeps its slot after it succeeded
 * until that promise settles: for an answer that takes its memory after the task itself, while
 * GraphQL completes it and it is serialized and sent.
 */
export function concurrencyLimit(
  limit: number,
  { maxWaiting = Infinity, maxWaitMs = Infinity }: { maxWaiting?: number; maxWaitMs?: number } = {},
): <T>(task: () => Promise<T>, signal?: AbortSignal, heldUntil?: Promise<unknown>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    // The slot passes straight to the next in line, or is freed.
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return async (task, signal, heldUntil) => {
    if (running < limit) running++;
    else if (waiting.length >= maxWaiting) throw new QueueFull(`${waiting.length} tasks are already waiting`);
    else {
      await new Promise<void>((resolve, reject) => {
        const timer =
          maxWaitMs === Infinity
            ? undefined
            : setTimeout(() => {
                waiting.splice(waiting.indexOf(turn), 1);
                reject(new QueueFull(`waited ${maxWaitMs} ms`));
              }, maxWaitMs);
        const turn = () => {
          clearTimeout(timer);
          resolve();
        };
        waiting.push(turn);
      });
    }
    let result;
    try {
      signal?.throwIfAborted();
      result = await task();
    } catch (error) {
      release();
      throw error;
    }
    if (heldUntil) void heldUntil.then(release, release);
    else release();
    return result;
  };
}
