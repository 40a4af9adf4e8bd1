import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../i18n/catalogs';
import { LocalizedRoutes } from '../../i18n/LocalizedRoutes';
import { renderSignedIn } from '../../test-support/signed-in';
import { citation } from '../../test-support/fixtures';
import SourcePage from './SourcePage';

const ILO_REPORT = {
  __typename: 'Source' as const,
  ...citation(
    'Return and reintegration of migrant workers in ASEAN',
    'https://www.ilo.org/publications/return-and-reintegration',
    'ILO',
    '2022',
  ),
  key: 'ilo-return-reintegration-2022',
  language: 'en',
  translations: [
    {
      field: 'title',
      language: 'id',
      text: 'Kepulangan dan reintegrasi pekerja migran di ASEAN',
      origin: 'ATLAS' as const,
    },
  ],
};

/** The source's page at `path` (with its language prefix), for an account of `role` or anonymously. */
function openSource(path: string, role: 'EDITOR' | null, node: object | null = ILO_REPORT) {
  return renderSignedIn(
    role,
    path,
    <LocalizedRoutes>
      <SourcePage id={ILO_REPORT.id} />
    </LocalizedRoutes>,
    {
      SourcePage: { node },
      RecordTranslations: { node: { __typename: 'Source', id: ILO_REPORT.id, translations: [] } },
    },
  );
}

describe('a source’s page', () => {
  beforeAll(() => loadCatalog('en'));

  it('shows the document under its own title, its address in full, and no translations panel to a reader', async () => {
    openSource('/en', null);
    expect(await screen.findByRole('heading', { level: 1, name: ILO_REPORT.title })).toBeTruthy();
    const address = screen.getByRole('link', { name: ILO_REPORT.url });
    expect(address.getAttribute('href')).toBe(ILO_REPORT.url);
    expect(screen.getByText(ILO_REPORT.key)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Translations' })).toBeNull();
  });

  it('gives an editor its translations panel', async () => {
    openSource('/en', 'EDITOR');
    expect(await screen.findByRole('button', { name: 'Translations' })).toBeTruthy();
  });

  it('says so when no source has the address', async () => {
    openSource('/en', null, null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Source not found' })).toBeTruthy();
  });
});

describe('a source’s page, in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('keeps the title it was published under, marked English, with its Indonesian title beside it', async () => {
    openSource('/id', null);
    const heading = await screen.findByRole('heading', { level: 1, name: ILO_REPORT.title });
    expect(heading.getAttribute('lang')).toBe('en');
    const document = screen.getByRole('link', {
      name: /Return and reintegration of migrant workers in ASEAN \(ILO, 2022\)/,
    });
    const translated = within(document.parentElement!).getByText(
      '[Kepulangan dan reintegrasi pekerja migran di ASEAN]',
    );
    expect(translated.getAttribute('lang')).toBe('id');
    expect(within(document.parentElement!).getByText('diterjemahkan oleh Atlas')).toBeTruthy();
    expect(screen.getByText('Penerbit')).toBeTruthy();
  });
});
