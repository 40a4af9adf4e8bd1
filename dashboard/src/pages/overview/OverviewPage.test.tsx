import { Theme } from '@atlas/shared';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../i18n/catalogs';
import { LocalizedRoutes } from '../../i18n/LocalizedRoutes';
import { practicesHref } from '../../practice-filter-params';
import { renderAt, stubApi } from '../../test-support/api-stub';
import OverviewPage from './OverviewPage';
import type { OverviewData, OverviewFiguresData } from './queries';
import { REMITTANCES, citation } from '../../test-support/fixtures';

const MEMBERS: [string, string, OverviewData['countries'][number]['migrationProfile'], number, number][] = [
  ['BN', 'Brunei Darussalam', 'DESTINATION', 0, 0],
  ['KH', 'Cambodia', 'ORIGIN', 4, 4],
  ['ID', 'Indonesia', 'ORIGIN', 5, 12],
  ['LA', 'Lao PDR', 'ORIGIN', 2, 3],
  ['MY', 'Malaysia', 'DESTINATION', 0, 1],
  ['MM', 'Myanmar', 'ORIGIN', 1, 1],
  ['PH', 'Philippines', 'ORIGIN', 4, 12],
  ['SG', 'Singapore', 'DESTINATION', 0, 1],
  ['TH', 'Thailand', 'ORIGIN_AND_DESTINATION', 1, 6],
  ['TL', 'Timor-Leste', 'ORIGIN', 1, 1],
  ['VN', 'Viet Nam', 'ORIGIN', 3, 11],
];

const theme = (
  value: OverviewData['practices']['facets']['themes'][number]['value'],
  label: string,
  count: number,
) => ({
  value,
  label,
  count,
});

/** What both headline figures measure, and where. */
const villagesFormed = {
  sex: 'TOTAL',
  indicator: {
    code: 'DESMIGRATIF_VILLAGES_CUMULATIVE',
    name: 'Desmigratif villages formed, cumulative',
    unit: 'villages',
    translations: [] as never[],
  },
  country: { code: 'ID', name: 'Indonesia' },
  program: { id: 'UHJvZ3JhbTox', name: 'Productive Migrant Village', acronym: 'Desmigratif' },
} as const;

const overview: OverviewData = {
  countries: MEMBERS.map(([code, name, migrationProfile, programCount, practiceCount]) => ({
    id: `country-${code}`,
    code,
    name,
    migrationProfile,
    programCount,
    practiceCount,
  })),
  programs: { totalCount: 21 },
  practices: {
    totalCount: 52,
    facets: {
      themes: [
        theme('ENTREPRENEURSHIP', 'Entrepreneurship', 10),
        theme('SKILLS_RECOGNITION', 'Skills recognition', 1),
        theme('POLICY_AND_GOVERNANCE', 'Policy and governance', 11),
        theme('FAMILY_SUPPORT', 'Family support', 0),
      ],
    },
  },
  outcomes: { totalCount: 56 },
  highlights: {
    nodes: [
      {
        yearStated: true,
        destination: null,
        phase: null,
        ...villagesFormed,
        id: 'o1',
        year: 2019,
        value: 402,
        note: null,
        source: {
          id: 'U291cmNlOjE',
          title: 'IDX Channel',
          url: 'https://example.org/idx',
          publisher: null,
          publishedOn: null,
          language: null,
          weak: false,
          translations: [],
        },
      },
      {
        yearStated: true,
        destination: null,
        phase: null,
        ...villagesFormed,
        id: 'o2',
        year: 2022,
        value: 503,
        note: 'Villages formed 2016–2022.',
        source: citation(
          'Kemnaker adakan evaluasi program Desa Migran Produktif',
          'https://example.org/abadikini',
          'Abadikini',
          '2024-05-22',
        ),
      },
    ],
  },
};

const worldBank = citation(
  'Personal remittances, received (current US$)',
  'https://example.org/remittances',
  'IndexMundi',
);

const figures: OverviewFiguresData = {
  compareCountries: {
    indicators: [
      {
        indicator: REMITTANCES,
        values: [
          {
            country: { code: 'ID', name: 'Indonesia' },
            year: 2020,
            value: 9650927000,
            sex: 'TOTAL',
            note: null,
            source: worldBank,
          },
          {
            country: { code: 'PH', name: 'Philippines' },
            year: 2020,
            value: 34913340000,
            sex: 'TOTAL',
            note: null,
            source: worldBank,
          },
          {
            country: { code: 'PH', name: 'Philippines' },
            year: 2024,
            value: 40200000000,
            sex: 'TOTAL',
            note: 'World Bank estimate.',
            source: citation('PHL remittances 4th', 'https://example.org/phl'),
          },
        ],
      },
    ],
  },
};

const answers = { Overview: overview, OverviewFigures: figures };

describe('OverviewPage', () => {
  it('says what the Atlas is, with ways in', async () => {
    renderAt('/', <OverviewPage />, stubApi(answers));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/reintegration of migrant workers/i);
    expect(screen.getByText(/11 ASEAN member states/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Browse practices' }).getAttribute('href')).toBe('/practices');
    expect(
      screen
        .getByRole('link', { name: /^Compare countries\s?: Indonesia, the Philippines and Viet Nam$/ })
        .getAttribute('href'),
    ).toBe('/compare?countries=ID,PH,VN');
  });

  it('shows the 11 member states as cards with their counts, each linking to its page', async () => {
    renderAt('/', <OverviewPage />, stubApi(answers));
    const section = (await screen.findByRole('heading', { level: 2, name: 'Member states' })).closest('section')!;
    const cards = within(section).getAllByRole('heading', { level: 3 });
    expect(cards).toHaveLength(11);
    expect(within(section).getByRole('link', { name: 'Indonesia (ID)' }).getAttribute('href')).toBe('/countries/ID');
    const indonesia = within(section).getByRole('link', { name: 'Indonesia (ID)' }).closest('li')!;
    expect(within(indonesia).getByText('Origin')).toBeTruthy();
    expect(within(indonesia).getByRole('link', { name: '12 practices of Indonesia' }).getAttribute('href')).toBe(
      practicesHref({ countryCodes: ['ID'] }),
    );
    expect(within(indonesia).getByText('5 programmes')).toBeTruthy();
    const brunei = within(section).getByRole('link', { name: 'Brunei Darussalam (BN)' }).closest('li')!;
    expect(within(brunei).getByText('0 practices')).toBeTruthy();
    expect(within(brunei).getByText('Destination')).toBeTruthy();
  });

  it('gives the totals of the Atlas', async () => {
    renderAt('/', <OverviewPage />, stubApi(answers));
    expect((await screen.findByRole('link', { name: '52 practices' })).getAttribute('href')).toBe('/practices');
    expect(screen.getByText('21')).toBeTruthy();
    expect(screen.getByText('reintegration programmes')).toBeTruthy();
    expect(screen.getByText('56')).toBeTruthy();
  });

  it('offers the themes with most practices as links into the filtered browser', async () => {
    renderAt('/', <OverviewPage />, stubApi(answers));
    const section = (await screen.findByRole('heading', { level: 2, name: 'Browse by theme' })).closest('section')!;
    const links = within(section).getAllByRole('link');
    expect(links[0]!.textContent).toBe('Policy and governance 11 practices');
    expect(links[0]!.getAttribute('href')).toBe(practicesHref({ themes: [Theme.POLICY_AND_GOVERNANCE] }));
    expect(links[0]!.getAttribute('href')).toBe('/practices?theme=POLICY_AND_GOVERNANCE');
    expect(within(section).getByRole('link', { name: 'Skills recognition 1 practice' })).toBeTruthy();
    // Themes without practices lead nowhere.
    expect(within(section).queryByRole('link', { name: /Family support/ })).toBeNull();
  });

  it('shows headline figures, each with a link to its source', async () => {
    renderAt('/', <OverviewPage />, stubApi(answers));
    const figure = await screen.findByRole('figure', { name: /Personal remittances received, 2020/ });
    const rows = within(figure).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Philippines', 'Indonesia']);
    expect(within(rows[0]!).getByText('34.9 billion')).toBeTruthy();
    expect(
      within(rows[0]!)
        .getByRole('link', { name: /Personal remittances, received/ })
        .getAttribute('href'),
    ).toBe('https://example.org/remittances');
    expect(within(figure).getByText(/No 2020 figure in the Atlas for Brunei Darussalam, Cambodia/)).toBeTruthy();

    // The latest programme result, with its source.
    const card = screen
      .getByRole('heading', { level: 4, name: 'Desmigratif villages formed, cumulative' })
      .closest('li')!;
    expect(within(card).getByText('503')).toBeTruthy();
    expect(
      within(card).getByText((_, element) => element?.textContent === 'Indonesia · Desmigratif · 2022'),
    ).toBeTruthy();
    expect(
      within(card)
        .getByRole('link', { name: /Kemnaker adakan evaluasi/ })
        .getAttribute('href'),
    ).toBe('https://example.org/abadikini');
  });

  it('shows the loading state, then an error with a retry when the API cannot be reached', async () => {
    renderAt('/', <OverviewPage />, stubApi({ Overview: 'offline' }));
    expect(screen.getByRole('status').textContent).toMatch(/Loading/);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be reached/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('OverviewPage in Indonesian', () => {
  // A catalog's first import takes about a second under vitest (Vite compiles it): done before the test.
  beforeAll(() => loadCatalog('id'));

  it('names the countries and vocabularies, and writes counts and figures, in Indonesian', async () => {
    renderAt(
      '/id',
      <LocalizedRoutes>
        <OverviewPage />
      </LocalizedRoutes>,
      stubApi(answers),
    );
    const section = (await screen.findByRole('heading', { level: 2, name: 'Negara anggota' })).closest('section')!;
    const philippines = within(section).getByRole('link', { name: 'Filipina (PH)' }).closest('li')!;
    expect(within(philippines).getByText('Asal')).toBeTruthy();
    expect(within(philippines).getByRole('link', { name: '12 praktik dari Filipina' })).toBeTruthy();
    const figure = await screen.findByRole('figure', { name: /Remitansi perorangan yang diterima, 2020/ });
    expect(within(figure).getByText('USD').getAttribute('lang')).toBe('en');
    const rows = within(figure).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Filipina');
    expect(within(rows[0]!).getByText('34,9 miliar')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Jelajahi praktik' }).getAttribute('href')).toBe('/id/practices');
  });
});
