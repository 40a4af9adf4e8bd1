import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '../format';
import { InEnglish } from '../test-support/in-english';
import { watchedFetch } from './connection';
import { OfflineNote } from './OfflineNote';
import { SAVED_AT_HEADER } from './saved-answer';

const FETCHED = 'Fri, 04 Dec 2026 20:15:00 GMT';

/** Answers every request as the service worker would: live, from its saved copy, or not at all. */
function answerWith(answer: 'live' | 'saved' | 'unreachable') {
  vi.stubGlobal('fetch', async () => {
    if (answer === 'unreachable') throw new TypeError('Failed to fetch');
    const headers = answer === 'saved' ? { [SAVED_AT_HEADER]: FETCHED } : undefined;
    return new Response('{"data":{}}', { headers });
  });
}

const ask = () =>
  act(() =>
    watchedFetch('/graphql?query=%7B__typename%7D').then(
      () => {},
      () => {},
    ),
  );

describe('the offline note', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('says nothing while the Atlas answers', async () => {
    answerWith('live');
    render(<OfflineNote />, { wrapper: InEnglish });
    await ask();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says when the saved answers on the page were fetched, and goes once the Atlas answers again', async () => {
    render(<OfflineNote />, { wrapper: InEnglish });
    answerWith('saved');
    await ask();
    expect(screen.getByRole('status').textContent).toBe(
      `You are offline. The data on this page was fetched on ${formatDateTime('en', new Date(FETCHED))}.`,
    );
    answerWith('live');
    await ask();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says the connection is down when nothing answers, or the browser says so', async () => {
    render(<OfflineNote />, { wrapper: InEnglish });
    answerWith('unreachable');
    await ask();
    expect(screen.getByRole('status').textContent).toBe(
      'You are offline. Pages you have opened before can still be read.',
    );
    answerWith('live');
    await ask();
    expect(screen.queryByRole('status')).toBeNull();

    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => void window.dispatchEvent(new Event('offline')));
    expect(screen.getByRole('status')).toBeTruthy();
  });
});
