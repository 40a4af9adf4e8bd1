import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import type { ResultOf } from '../graphql';
import { renderAt, stubApi } from '../test-support/api-stub';
import type { NetworkOriginsQuery } from './queries';
import { ShareControl } from './ShareControl';

const ON_THE_NETWORK: ResultOf<typeof NetworkOriginsQuery> = {
  about: { networkOrigins: ['http://192.168.1.20:4000', 'http://10.0.0.5:4000'] },
};

/** Where the page was opened (the browser's address bar): happy-dom's own setter. */
function openedAt(url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** The Share control in the header of /id/countries/ID?tab=charts (the nested language route gives /id). */
function renderShare(stub: ReturnType<typeof stubApi>) {
  return renderAt(
    '/id/countries/ID?tab=charts',
    <Route path="/id" nest>
      <ShareControl />
    </Route>,
    stub,
  );
}

describe('ShareControl', () => {
  afterEach(() => openedAt('http://localhost:3000/'));

  it('shows the page on the network address instead of localhost, as a QR code and in words', async () => {
    openedAt('http://localhost:4000/id/countries/ID?tab=charts');
    const stub = stubApi({ NetworkOrigins: ON_THE_NETWORK });
    renderShare(stub);
    const share = screen.getByRole('button', { name: 'Share' });
    await userEvent.click(share);

    const dialog = screen.getByRole('dialog', { name: 'Open this page on a phone' });
    expect(dialog.hasAttribute('open')).toBe(true);
    const address = 'http://192.168.1.20:4000/id/countries/ID?tab=charts';
    expect(await screen.findByRole('img', { name: address })).toBeTruthy();
    expect(screen.getByText(address)).toBeTruthy();
    expect(screen.queryByText(/localhost/)).toBeNull();

    // With the Wi-Fi and a cable, the facilitator picks the one the phones are on.
    await userEvent.selectOptions(screen.getByLabelText('Address on the network'), 'http://10.0.0.5:4000');
    expect(screen.getByRole('img', { name: 'http://10.0.0.5:4000/id/countries/ID?tab=charts' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(dialog.hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(share);
  });

  it('gives the focus back and drops its content however it closes (Escape, in a browser)', async () => {
    openedAt('http://localhost:4000/id/countries/ID');
    renderShare(stubApi({ NetworkOrigins: ON_THE_NETWORK }));
    const share = screen.getByRole('button', { name: 'Share' });
    await userEvent.click(share);
    const dialog = screen.getByRole('dialog');
    await screen.findByRole('img');
    // happy-dom has no Escape for modal dialogs (the e2e test presses it in Chromium): close it as a browser would.
    (dialog as HTMLDialogElement).close();
    expect(dialog.hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(share);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows a page opened at a network address as it is, without asking the API', async () => {
    openedAt('http://192.168.1.20:4000/id/countries/ID?tab=charts');
    const stub = stubApi({});
    renderShare(stub);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.getByRole('img', { name: 'http://192.168.1.20:4000/id/countries/ID?tab=charts' })).toBeTruthy();
    expect(stub.requests).toEqual([]);
  });

  it('says when the page opens on this computer only', async () => {
    openedAt('http://127.0.0.1:4000/id/countries/ID');
    renderShare(stubApi({ NetworkOrigins: { about: { networkOrigins: [] } } }));
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByRole('img', { name: 'http://127.0.0.1:4000/id/countries/ID?tab=charts' })).toBeTruthy();
    expect(screen.getByText(/opens on this computer only/)).toBeTruthy();
  });
});
