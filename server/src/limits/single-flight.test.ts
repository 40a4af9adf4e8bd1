import { expect, it } from 'vitest';
import { singleFlight } from './single-flight';

it('runs a task once for the callers that overlap it, and afresh once it has settled', async () => {
  const flight = singleFlight<string>();
  let runs = 0;
  let release!: () => void;
  const task = (name: string) => () =>
    new Promise<string>((resolve) => {
      runs++;
      release = () => resolve(`${name} #${runs}`);
    });
  const overlapping = [flight('a', task('first')), flight('a', task('second')), flight('a', task('third'))];
  release();
  expect(await Promise.all(overlapping)).toEqual(['first #1', 'first #1', 'first #1']);
  const later = flight('a', task('later'));
  release();
  expect(await later).toBe('later #2');
});

it('keeps different keys apart, and shares a failure only with those who overlapped it', async () => {
  const flight = singleFlight<string>();
  const failing = flight('x', () => Promise.reject(new Error('unreadable')));
  const joined = flight('x', async () => 'never run');
  const other = flight('y', async () => 'y answered');
  await expect(failing).rejects.toThrow('unreadable');
  await expect(joined).rejects.toThrow('unreadable');
  expect(await other).toBe('y answered');
  expect(await flight('x', async () => 'x again')).toBe('x again');
});
