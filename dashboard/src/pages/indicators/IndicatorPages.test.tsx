import { screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../i18n/catalogs';
import { LocalizedRoutes } from '../../i18n/LocalizedRoutes';
import { renderSignedIn } from '../../test-support/signed-in';
import IndicatorPage from './IndicatorPage';
import IndicatorsPage from './IndicatorsPage';

const VILLAGES = {
  id: 'SW5kaWNhdG9yOjIw',
  code: 'DESMIGRATIF_VILLAGES_NEW',
  name: 'New Desmigratif villages formed in the year',
  unit: 'villages',
  description: 'Villages that became Desmigratif villages in the year.',
  higherIsBetter: true,
  translations: [
    {
      field: 'name',
      language: 'id',
      text: 'Desa Desmigratif baru yang dibentuk pada tahun tersebut',
      origin: 'ATLAS' as const,
    },
    { field: 'unit', language: 'id', text: 'desa', origin: 'ATLAS' as const },
  ],
};
const REMITTANCES = {
  id: 'SW5kaWNhdG9yOjEx',
  code: 'REMITTANCES_USD',
  name: 'Personal remittances received',
  unit: 'USD',
  description: 'Personal remittances received by the country.',
  higherIsBetter: null,
  translations: [],
};

function open(path: string, page: ReactNode, role: 'EDITOR' | null = null) {
  return renderSignedIn(role, path, <LocalizedRoutes>{page}</LocalizedRoutes>, {
    IndicatorsPage: { indicators: [REMITTANCES, VILLAGES] },
    RecordTranslations: { node: { __typename: 'Indicator', id: VILLAGES.id, translations: [] } },
  });
}

describe('what the figures measure', () => {
  beforeAll(() => loadCatalog('en'));

  it('lists every indicator by name with its unit and code, each linking to its page', async () => {
    open('/en', <IndicatorsPage />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'New Desmigratif villages formed in the year',
      'Personal remittances received',
    ]);
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('/en/indicators/DESMIGRATIF_VILLAGES_NEW');
    expect(within(rows[1]!).getByText('USD')).toBeTruthy();
  });

  it('shows one indicator, and its translations panel to an editor only', async () => {
    open('/en', <IndicatorPage code="DESMIGRATIF_VILLAGES_NEW" />, 'EDITOR');
    expect(await screen.findByRole('heading', { level: 1, name: VILLAGES.name })).toBeTruthy();
    expect(screen.getByText('Higher is better')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Translations' })).toBeTruthy();
  });

  it('says so for an unknown code', async () => {
    open('/en', <IndicatorPage code="NO_SUCH" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Indicator not found' })).toBeTruthy();
    expect(screen.getByText('The Atlas has no indicator with the code NO_SUCH.')).toBeTruthy();
  });
});

describe('what the figures measure, in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('names indicators in Indonesian where translated, sorted in Indonesian, and marks the rest as English', async () => {
    open('/id', <IndicatorsPage />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Desa Desmigratif baru yang dibentuk pada tahun tersebut',
      'Personal remittances received',
    ]);
    expect(within(rows[0]!).getByText('desa')).toBeTruthy();
    expect(within(rows[1]!).getByText('Personal remittances received').getAttribute('lang')).toBe('en');
  });

  it('says an indicator’s Indonesian name is the Atlas’s translation', async () => {
    open('/id', <IndicatorPage code="DESMIGRATIF_VILLAGES_NEW" />);
    const heading = await screen.findByRole('heading', { level: 1, name: /Desa Desmigratif baru/ });
    expect(within(heading).getByText('diterjemahkan oleh Atlas')).toBeTruthy();
    expect(screen.getByText('Makin tinggi makin baik')).toBeTruthy();
  });
});
