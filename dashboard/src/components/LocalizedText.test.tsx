import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../i18n/catalogs';
import { LocalizedRoutes } from '../i18n/LocalizedRoutes';
import { renderAt, stubApi } from '../test-support/api-stub';
import { LocalizedText } from './LocalizedText';
import type { LocalizedTextValue } from './localized-text';

const TITLE: LocalizedTextValue = {
  field: 'title',
  text: 'Scaling up Desmigratif',
  language: 'en',
  isTranslation: false,
  origin: null,
};
const SUMMARY: LocalizedTextValue = {
  field: 'summary',
  text: 'Kemnaker memperluas Desmigratif.',
  language: 'id',
  isTranslation: true,
  origin: 'ATLAS',
};

function Texts() {
  return (
    <>
      <h1>
        <LocalizedText text={TITLE} />
      </h1>
      <p data-testid="summary">
        <LocalizedText text={SUMMARY} />
      </p>
    </>
  );
}

describe('a record’s text in the page’s language', () => {
  it('shows an English text on an English page as it is, unmarked', () => {
    renderAt('/', <Texts />, stubApi({}));
    const title = screen.getByText(TITLE.text);
    expect(title.getAttribute('lang')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(TITLE.text);
  });

  it('marks a text in another language with its lang, and says which language it is in', () => {
    renderAt('/', <Texts />, stubApi({}));
    expect(screen.getByText(SUMMARY.text).getAttribute('lang')).toBe('id');
    expect(screen.getByTestId('summary').textContent).toBe(`${SUMMARY.text} translated by the Atlas`);
  });
});

describe('a record’s text on an Indonesian page', () => {
  beforeAll(() => loadCatalog('id'));
  const page = (
    <LocalizedRoutes>
      <Texts />
    </LocalizedRoutes>
  );

  it('marks the English original as English, and the Atlas’s Indonesian translation as a translation', async () => {
    renderAt('/id', page, stubApi({}));
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText(TITLE.text).getAttribute('lang')).toBe('en');
    expect(heading.textContent).toBe(`${TITLE.text} dalam bahasa Inggris`);
    expect(screen.getByText(SUMMARY.text).getAttribute('lang')).toBeNull();
    expect(screen.getByTestId('summary').textContent).toBe(`${SUMMARY.text} diterjemahkan oleh Atlas`);
  });
});
