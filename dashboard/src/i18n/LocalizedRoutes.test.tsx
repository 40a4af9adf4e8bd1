import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Link } from 'wouter';
import { AuthProvider } from '../auth/AuthProvider';
import { Layout } from '../layout/Layout';
import { PageTitle } from '../layout/PageTitle';
import { renderAt, stubApi } from '../test-support/api-stub';
import { loadCatalog } from './catalogs';
import { LocalizedRoutes } from './LocalizedRoutes';
import { LOCALES, type Locale } from './locales';

/** A page of the app: its title, and a link written without a language prefix. */
function Page() {
  return (
    <>
      <PageTitle page="Test page" />
      <Link href="/practices?theme=ENTREPRENEURSHIP">to the practices</Link>
    </>
  );
}

/** The app at `path`, signed out, for a browser that asks for `languages`. */
function open(path: string, languages: string[] = ['en-US']) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  return renderAt(
    path,
    <AuthProvider apiUrl="http://atlas.test/graphql">
      <LocalizedRoutes>
        <Layout>
          <Page />
        </Layout>
      </LocalizedRoutes>
    </AuthProvider>,
    stubApi({}),
  );
}

// A catalog's first import takes about a second under vitest (Vite compiles it): done before the
// tests, whose queries wait one second at most.
beforeAll(() => Promise.all(Object.keys(LOCALES).map((locale) => loadCatalog(locale as Locale))));

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  document.documentElement.lang = '';
});

describe('LocalizedRoutes', () => {
  it('shows a prefixed address in its language, links keeping the prefix, <html lang> and the title following', async () => {
    const view = open('/id/practices');
    expect(await screen.findByRole('link', { name: 'Praktik' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'to the practices' }).getAttribute('href')).toBe(
      '/id/practices?theme=ENTREPRENEURSHIP',
    );
    expect(document.documentElement.lang).toBe('id');
    expect(document.querySelector('title')?.textContent).toBe('Test page · Atlas Reintegrasi');
    expect(localStorage.getItem('atlas.locale')).toBe('id');
    expect(view.current()).toBe('/id/practices');
  });

  it('switches language on the same page, keeping its query string', async () => {
    const view = open('/id/practices?theme=ENTREPRENEURSHIP');
    const languages = await screen.findByRole('list', { name: 'Bahasa' });
    expect(languages.querySelector('[aria-current="true"]')?.textContent).toBe('Bahasa Indonesia');
    await userEvent.click(screen.getByRole('link', { name: 'English' }));
    expect(await screen.findByRole('link', { name: 'Practices' })).toBeTruthy();
    expect(view.current()).toBe('/en/practices?theme=ENTREPRENEURSHIP');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('atlas.locale')).toBe('en');
  });

  it('sends an address without a prefix to the browser’s language on a first visit', async () => {
    const view = open('/practices?theme=ENTREPRENEURSHIP', ['id-ID', 'en']);
    expect(await screen.findByRole('link', { name: 'Praktik' })).toBeTruthy();
    expect(view.current()).toBe('/id/practices?theme=ENTREPRENEURSHIP');
  });

  it('sends it to the remembered language before the browser’s', async () => {
    localStorage.setItem('atlas.locale', 'id');
    const view = open('/', ['en-GB']);
    expect(await screen.findByRole('link', { name: 'Praktik' })).toBeTruthy();
    expect(view.current()).toBe('/id');
  });

  it('sends it to English when the browser asks for none of our languages', async () => {
    const view = open('/compare', ['th-TH', 'fr']);
    expect(await screen.findByRole('link', { name: 'Practices' })).toBeTruthy();
    expect(view.current()).toBe('/en/compare');
  });

  it('shows an unknown language’s address in English, without an error', async () => {
    const errors = vi.spyOn(console, 'error');
    const view = open('/xx/practices', ['id']);
    expect(await screen.findByRole('link', { name: 'Practices' })).toBeTruthy();
    expect(view.current()).toBe('/en/practices');
    expect(document.documentElement.lang).toBe('en');
    expect(errors).not.toHaveBeenCalled();
  });
});
