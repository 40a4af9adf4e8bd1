import { describe, expect, it } from 'vitest';
import { concurrencyLimit, QueueFull } from './concurrency-limit';

describe('concurrencyLimit', () => {
  it('runs at most the limit at once, the rest in order, through failures too', async () => {
    const limited = concurrencyLimit(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (n: number) => async () => {
      started.push(n);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      if (n === 1) throw new Error('task 1 failed');
      return n;
    };
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => limited(task(n))));
    expect(most).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'failed'))).toEqual(['failed', 2, 3, 4, 5]);
    expect(await limited(async () => 'free again')).toBe('free again');
  });

  it('skips a waiting task whose request ended meanwhile, and passes its turn on', async () => {
    const limited = concurrencyLimit(1);
    const started: string[] = [];
    const task = (name: string) => async () => {
      started.push(name);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return name;
    };
    const gone = new AbortController();
    const results = Promise.allSettled([
      limited(task('first')),
      limited(task('abandoned'), gone.signal),
      limited(task('next'), new AbortController().signal),
    ]);
    gone.abort(new Error('the client went away'));
    expect((await results).map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
      'first',
      'Error: the client went away',
      'next',
    ]);
    expect(started).toEqual(['first', 'next']);
  });
});

describe('concurrencyLimit with a bounded line', () => {
  it('refuses a task at once when maxWaiting are already waiting, and takes new ones once the line moves', async () => {
    const limited = concurrencyLimit(1, { maxWaiting: 2 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = limited(() => gate.then(() => 'first'));
    const waiting = [limited(async () => 'second'), limited(async () => 'third')];
    await expect(limited(async () => 'fourth')).rejects.toBeInstanceOf(QueueFull);
    release();
    expect(await Promise.all([first, ...waiting])).toEqual(['first', 'second', 'third']);
    expect(await limited(async () => 'fifth')).toBe('fifth');
  });

  it('refuses a task that waited maxWaitMs without its turn, and keeps the others in order', async () => {
    const limited = concurrencyLimit(1, { maxWaitMs: 50 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = limited(() => gate.then(() => 'first'));
    const tooLate = limited(async () => 'too late');
    await expect(tooLate).rejects.toBeInstanceOf(QueueFull);
    const next = limited(async () => 'next');
    release();
    expect(await Promise.all([first, next])).toEqual(['first', 'next']);
    expect(await limited(async () => 'free again')).toBe('free again');
  });

  it('keeps the slot of a task given heldUntil until that settles, and frees it at once when the task fails', async () => {
    const limited = concurrencyLimit(1);
    let answered!: () => void;
    const sent = new Promise<void>((resolve) => (answered = resolve));
    expect(await limited(async () => 'built', undefined, sent)).toBe('built');
    let nextRan = false;
    const next = limited(async () => (nextRan = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(nextRan).toBe(false);
    answered();
    await next;
    expect(nextRan).toBe(true);
    await expect(limited(() => Promise.reject(new Error('failed')), undefined, new Promise(() => {}))).rejects.toThrow(
      'failed',
    );
    expect(await limited(async () => 'free again')).toBe('free again');
  });
});
