import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Link } from 'wouter';
import { renderAt, stubApi } from '../test-support/api-stub';
import { PresentationMode } from './PresentationMode';
import { PresentationSwitch } from './PresentationSwitch';

function Page() {
  return (
    <PresentationMode>
      <PresentationSwitch />
      <Link href="/countries/ID">Indonesia</Link>
    </PresentationMode>
  );
}

const presenting = () => document.documentElement.classList.contains('presenting');

afterEach(() => document.documentElement.classList.remove('presenting'));

describe('the presentation switch', () => {
  it('turns presentation mode on with ?present=1, keeping the page’s own parameters', async () => {
    const view = renderAt('/compare?countries=ID,PH', <Page />, stubApi({}));
    const button = screen.getByRole('button', { name: 'Presentation mode' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(presenting()).toBe(false);

    await userEvent.click(button);

    expect(view.current()).toBe('/compare?countries=ID,PH&present=1');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(presenting()).toBe(true);
  });

  it('keeps the parameter on links while on, and removes it when turned off', async () => {
    const view = renderAt('/compare?countries=ID,PH&present=1', <Page />, stubApi({}));
    expect(screen.getByRole('link', { name: 'Indonesia' }).getAttribute('href')).toBe('/countries/ID?present=1');

    await userEvent.click(screen.getByRole('link', { name: 'Indonesia' }));
    expect(view.current()).toBe('/countries/ID?present=1');
    expect(presenting()).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Presentation mode' }));
    expect(view.current()).toBe('/countries/ID');
    expect(presenting()).toBe(false);
    expect(screen.getByRole('link', { name: 'Indonesia' }).getAttribute('href')).toBe('/countries/ID');
  });

  it('is left with Escape', async () => {
    const view = renderAt('/countries/ID?present=1', <Page />, stubApi({}));
    await userEvent.keyboard('{Escape}');
    expect(view.current()).toBe('/countries/ID');
    expect(presenting()).toBe(false);
  });
});
