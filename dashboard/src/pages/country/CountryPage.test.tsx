import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResultOf } from '../../graphql';
import { leaveSavedNotice } from '../../editing/saved-notice';
import { loadCatalog } from '../../i18n/catalogs';
import { LocalizedRoutes } from '../../i18n/LocalizedRoutes';
import { renderAt, stubApi } from '../../test-support/api-stub';
import CountryPage from './CountryPage';
import type { CountryQuery } from './queries';
import { citation, countries, globalId } from '../../test-support/fixtures';
import { renderSignedIn } from '../../test-support/signed-in';

type Data = ResultOf<typeof CountryQuery>;

const memberStates: Data['countries'] = countries('ID', 'MY', 'PH', 'SG', 'TL');

const indopos = citation(
  '273.747 pekerja migran Indonesia telah diberangkatan sepanjang tahun 2023',
  'https://www.indopos.co.id/nasional/2023/12/29/273-747-pekerja-migran/',
  'Indopos',
  '2023-12-29',
);
const databoks = citation(
  'Ini daftar negara tujuan utama pekerja migran Indonesia sepanjang 2023',
  'https://databoks.katadata.co.id/datapublish/2024/02/05/negara-tujuan/',
  'Databoks (Katadata)',
);
const deployed = {
  code: 'WORKERS_DEPLOYED',
  name: 'Workers deployed or placed abroad in the year',
  unit: 'persons',
  translations: [],
};
const remittances = { code: 'REMITTANCES_USD', name: 'Personal remittances received', unit: 'USD', translations: [] };

const indonesia: NonNullable<Data['country']> = {
  notFound: [],
  officialNames: [],
  id: 'Q291bnRyeTox',
  code: 'ID',
  iso3: 'IDN',
  name: 'Indonesia',
  migrationProfile: 'ORIGIN',
  memberSince: '1967-08-08',
  leadAgency: 'Ministry of Manpower (Kemnaker)',
  summary: 'Indonesia, a founding member of ASEAN, is mainly a country of origin.',
  legalInstruments: [
    {
      id: 'TGVnYWw6MQ',
      title: 'Law No. 18 of 2017 on the Protection of Indonesian Migrant Workers (UU 18/2017)',
      year: 2017,
      date: '2017',
      summary: 'Frames protection as before, during and after work.',
      sources: [citation('Undang-Undang Nomor 18 Tahun 2017', 'https://peraturan.info/uu/2017/18')],
    },
  ],
  statistics: [
    {
      yearStated: true,
      destination: null,
      phase: null,
      id: 'S1',
      indicator: deployed,
      year: 2022,
      value: 200761,
      sex: 'TOTAL',
      note: 'BP2MI placements.',
      source: indopos,
    },
    {
      yearStated: true,
      destination: null,
      phase: null,
      id: 'S2',
      indicator: deployed,
      year: 2023,
      value: 273747,
      sex: 'TOTAL',
      note: 'BP2MI placements.',
      source: indopos,
    },
    {
      yearStated: true,
      destination: null,
      phase: null,
      id: 'S3',
      indicator: deployed,
      year: 2023,
      value: 274965,
      sex: 'TOTAL',
      note: 'Databoks citing BP2MI.',
      source: databoks,
    },
    {
      yearStated: true,
      destination: null,
      phase: null,
      id: 'S4',
      indicator: deployed,
      year: 2023,
      value: 120000,
      sex: 'FEMALE',
      note: 'Women placed abroad.',
      source: databoks,
    },
    {
      yearStated: true,
      destination: null,
      phase: null,
      id: 'S5',
      indicator: remittances,
      year: 2020,
      value: 9650927000,
      sex: 'TOTAL',
      note: null,
      source: citation('Personal remittances, received', 'https://indexmundi.com/remittances', 'IndexMundi'),
    },
  ],
  programs: [
    {
      id: 'UmVpbnRlZ3JhdGlvblByb2dyYW06MQ',
      name: 'Productive Migrant Village',
      localName: 'Desa Migran Produktif',
      acronym: 'Desmigratif',
      status: 'ACTIVE',
      kind: 'REINTEGRATION',
      reach: 'NATIONAL',
      country: { code: 'ID', name: 'Indonesia' },
      startYear: 2016,
      endYear: null,
      leadAgency: 'Ministry of Manpower (Kemnaker)',
      practiceCount: 7,
    },
  ],
  practices: {
    totalCount: 12,
    nodes: [
      {
        id: 'UHJhY3RpY2U6Mw',
        title: 'Community parenting for children left behind',
        year: 2016,
        summary: 'Desmigratif villages organise child care.',
        program: { id: 'UmVpbnRlZ3JhdGlvblByb2dyYW06MQ', name: 'Productive Migrant Village', acronym: 'Desmigratif' },
      },
    ],
  },
  studies: [
    {
      id: globalId('Study', 4),
      title: 'Implementing the Productive Migrant Village model in Desa Kenanga, Indramayu',
      authors: 'Sudaryana',
      design: 'DESIGN_NOT_STATED',
      year: 2019,
      sampleSize: 80,
      sample: '80 returnees in Desa Kenanga, Indramayu',
      measured: 'The Desmigratif model, in what its author calls an experiment run for one year in 2019.',
      findings: 'Its findings are not found in the sources consulted.',
      source: citation('Model Desa Migran Produktif', 'https://123dok.com/document/desmigratif-model'),
    },
  ],
};

/** Lao PDR's ministry and department under their Lao names; the department's only source a mirror's copy. */
const laoNames: Data['country'] = {
  ...indonesia,
  code: 'LA',
  name: 'Lao PDR',
  officialNames: [
    {
      id: 'T2ZmaWNpYWxOYW1lOjE',
      name: 'Ministry of Labour and Social Welfare (MoLSW)',
      nameAsGiven: 'ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ',
      language: 'lo',
      source: { ...citation('About the Ministry of Labour', 'https://molsw.example.la/ministry'), language: 'lo' },
    },
    {
      id: 'T2ZmaWNpYWxOYW1lOjI',
      name: 'Department of Employment',
      nameAsGiven: 'ກົມການຈັດຫາງານ',
      language: 'lo',
      source: { ...citation('A copy of a news item', 'https://mirror.example.org/176842', 'A mirror'), weak: true },
    },
  ],
};

function renderCountry(data: Data, code = 'id') {
  return renderAt(`/countries/${code}`, <CountryPage code={code} />, stubApi({ CountryPage: data }));
}

describe('CountryPage', () => {
  it('confirms a save made on the country form, in a live region', async () => {
    leaveSavedNotice('ID', 'Country entry saved (version 5).');
    renderCountry({ country: indonesia, countries: memberStates });
    await screen.findByRole('heading', { level: 1, name: 'Indonesia' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Country entry saved (version 5).'));
  });

  it('shows the profile of the country', async () => {
    renderCountry({ country: indonesia, countries: memberStates });
    expect(await screen.findByRole('heading', { level: 1, name: 'Indonesia' })).toBeTruthy();
    expect(screen.getByText('Origin')).toBeTruthy();
    expect(screen.getByText(/Mainly a country of origin of migrant workers/)).toBeTruthy();
    expect(screen.getByText('8 August 1967')).toBeTruthy();
    expect(screen.getByText(indonesia.summary)).toBeTruthy();
    const law = screen.getByRole('heading', { level: 3, name: /Law No\. 18 of 2017/ });
    expect(law).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Undang-Undang Nomor 18 Tahun 2017' }).getAttribute('href')).toBe(
      'https://peraturan.info/uu/2017/18',
    );
  });

  it('lists every statistic with its year, value, unit and a link to its source', async () => {
    renderCountry({ country: indonesia, countries: memberStates });
    const table = await screen.findByRole('table', { name: /Headline statistics of Indonesia/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    const remittanceRow = rows.find((row) => within(row).queryByText('9,650,927,000'))!;
    expect(within(remittanceRow).getByText('Personal remittances received')).toBeTruthy();
    expect(within(remittanceRow).getByText('2020')).toBeTruthy();
    expect(within(remittanceRow).getByText('USD')).toBeTruthy();
    expect(
      within(remittanceRow)
        .getByRole('link', { name: /Personal remittances, received/ })
        .getAttribute('href'),
    ).toBe('https://indexmundi.com/remittances');
    // The sex is given where a figure is not a total.
    const femaleRow = rows.find((row) => within(row).queryByText('120,000'))!;
    expect(within(femaleRow).getByText('Female')).toBeTruthy();
  });

  it('shows both figures where sources disagree, and says so', async () => {
    renderCountry({ country: indonesia, countries: memberStates });
    const table = await screen.findByRole('table', { name: /Headline statistics of Indonesia/ });
    const first = within(table).getByText('273,747').closest('tr')!;
    const second = within(table).getByText('274,965').closest('tr')!;
    expect(within(first).getByText('Sources disagree')).toBeTruthy();
    expect(within(second).getByText('Sources disagree')).toBeTruthy();
    expect(within(first).getByRole('link').getAttribute('href')).toBe(indopos.url);
    expect(within(second).getByRole('link').getAttribute('href')).toBe(databoks.url);
    // Figures for another year, or for women only, do not disagree with them.
    expect(within(within(table).getByText('200,761').closest('tr')!).queryByText('Sources disagree')).toBeNull();
    expect(within(within(table).getByText('120,000').closest('tr')!).queryByText('Sources disagree')).toBeNull();
  });

  it('charts an indicator with figures for two years or more, with a table of values and sources', async () => {
    renderCountry({ country: indonesia, countries: memberStates });
    const chart = await screen.findByRole('figure', { name: /Workers deployed or placed abroad in the year/ });
    await userEvent.click(within(chart).getByText('Table of the values, with sources'));
    const values = within(chart).getByRole('table');
    expect(within(values).getByRole('columnheader', { name: 'Total' })).toBeTruthy();
    expect(within(values).getByRole('columnheader', { name: 'Female' })).toBeTruthy();
    expect(within(values).getByText(/274,965/)).toBeTruthy();
    // One year only: no chart.
    expect(screen.queryByRole('figure', { name: /Personal remittances received/ })).toBeNull();
  });

  it('links to the programmes, the practices and the comparison', async () => {
    renderCountry({ country: indonesia, countries: memberStates });
    const programme = await screen.findByRole('link', { name: 'Productive Migrant Village' });
    expect(programme.getAttribute('href')).toBe('/programs/UmVpbnRlZ3JhdGlvblByb2dyYW06MQ');
    expect(screen.getByText('Desa Migran Produktif · Desmigratif')).toBeTruthy();
    expect(screen.getByText('Since 2016')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Practices (12)' })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Community parenting for children left behind' }).getAttribute('href'),
    ).toBe('/practices/UHJhY3RpY2U6Mw');
    expect(
      screen.getByRole('link', { name: /Browse and filter the practices from Indonesia/ }).getAttribute('href'),
    ).toBe('/practices?country=ID');
    expect(screen.getByRole('link', { name: 'Compare with its neighbours' }).getAttribute('href')).toBe(
      '/compare?countries=ID,MY,SG,PH,TL',
    );
    expect(screen.getByText('(Malaysia, Singapore, Philippines, Timor-Leste)')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Compare with other countries/ }).getAttribute('href')).toBe(
      '/compare?countries=ID',
    );
  });

  it('marks a regional programme it takes part in, with the state it is filed under, and says each kind', async () => {
    const triangle = {
      ...indonesia.programs[0]!,
      id: 'UmVpbnRlZ3JhdGlvblByb2dyYW06Mg',
      name: 'ILO TRIANGLE in ASEAN',
      localName: null,
      acronym: 'TRIANGLE',
      reach: 'REGIONAL' as const,
      country: { code: 'KH', name: 'Cambodia' },
    };
    renderCountry({ country: { ...indonesia, programs: [...indonesia.programs, triangle] }, countries: memberStates });
    const card = (await screen.findByRole('link', { name: 'ILO TRIANGLE in ASEAN' })).closest('li')!;
    expect(within(card).getByText('Regional, filed under Cambodia')).toBeTruthy();
    expect(within(card).getByText('Reintegration')).toBeTruthy();
    const own = screen.getByRole('link', { name: 'Productive Migrant Village' }).closest('li')!;
    expect(within(own).queryByText(/filed under/)).toBeNull();
  });

  it('lists official names in the national language, each with its language and source, and marks a weak source', async () => {
    renderCountry({ country: laoNames, countries: memberStates }, 'la');
    const section = await screen.findByRole('region', { name: 'Official names' });
    const table = within(section).getByRole('table', { name: 'Official names in the national language' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const ministry = within(rows[0]!);
    expect(ministry.getByRole('rowheader').textContent).toBe('Ministry of Labour and Social Welfare (MoLSW)');
    // Marked with its language, so that a screen reader reads it in Lao.
    expect(ministry.getByText('ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ').getAttribute('lang')).toBe('lo');
    expect(ministry.getByText('Lao')).toBeTruthy();
    expect(ministry.getByRole('link', { name: 'About the Ministry of Labour' }).getAttribute('href')).toBe(
      'https://molsw.example.la/ministry',
    );
    expect(ministry.queryByText('weak source')).toBeNull();
    // A mirror's copy says so, with what that means on hover and for screen readers.
    const weak = within(rows[1]!).getByText('weak source');
    expect(weak.getAttribute('title')).toMatch(
      /^The research files flag this source as weak: a blog, a repost or a document mirror/,
    );
    expect(weak.textContent).toMatch(/weak source: The research files flag this source as weak/);
  });

  it('shows no official names block where no source gives such names', async () => {
    renderCountry({ country: indonesia, countries: memberStates });
    await screen.findByRole('heading', { level: 1, name: 'Indonesia' });
    expect(screen.queryByRole('region', { name: 'Official names' })).toBeNull();
  });

  it('says when there is no statistic, programme or practice', async () => {
    renderCountry({
      country: {
        ...indonesia,
        statistics: [],
        programs: [],
        legalInstruments: [],
        practices: { totalCount: 0, nodes: [] },
        studies: [],
      },
      countries: memberStates,
    });
    expect(await screen.findByText('No headline statistic is recorded for Indonesia yet.')).toBeTruthy();
    expect(screen.getByText('No programme or measure is recorded for Indonesia yet.')).toBeTruthy();
    expect(screen.getByText('No published practice from Indonesia yet.')).toBeTruthy();
    expect(screen.getByText(/No law or policy on migrant workers is recorded/)).toBeTruthy();
    const studies = screen.getByRole('region', { name: 'Studies (0)' });
    expect(within(studies).getByText('No study of it was found in the sources consulted.')).toBeTruthy();
  });

  it('lists the studies that concern the state, with design, sample and source', async () => {
    renderCountry({ country: indonesia, countries: memberStates });
    const studies = await screen.findByRole('region', { name: 'Studies (1)' });
    expect(within(studies).getByText(/^Implementing the Productive Migrant Village model/)).toBeTruthy();
    expect(within(studies).getByText('Design not stated')).toBeTruthy();
    expect(within(studies).getByText('80 returnees in Desa Kenanga, Indramayu')).toBeTruthy();
    expect(within(studies).getByRole('link', { name: 'Model Desa Migran Produktif' })).toBeTruthy();
    expect(within(studies).queryByRole('link', { name: 'Add a study' })).toBeNull();
  });

  it('offers editors to add a study of the state and to edit each, coming back to the country', async () => {
    renderSignedIn('EDITOR', '/countries/ID', <CountryPage code="ID" />, {
      CountryPage: { country: indonesia, countries: memberStates },
    });
    const studies = await screen.findByRole('region', { name: 'Studies (1)' });
    expect(within(studies).getByRole('link', { name: 'Add a study' }).getAttribute('href')).toBe(
      '/studies/new?country=ID',
    );
    expect(
      within(studies)
        .getByRole('link', { name: /^Edit the study: Implementing the Productive Migrant Village model/ })
        .getAttribute('href'),
    ).toBe(`/studies/${globalId('Study', 4)}/edit?country=ID`);
  });

  it('says clearly when the code is not a member state', async () => {
    renderCountry({ country: null, countries: memberStates }, 'XX');
    expect(await screen.findByRole('heading', { level: 1, name: 'Country not found' })).toBeTruthy();
    expect(screen.getByText(/“XX” is not the code of an ASEAN member state/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Malaysia' }).getAttribute('href')).toBe('/countries/MY');
  });

  it('shows loading, then an error with a retry when the API cannot be reached', async () => {
    const { unmount } = renderAt('/countries/ID', <CountryPage code="ID" />, stubApi({ CountryPage: 'pending' }));
    expect(screen.getByRole('status').textContent).toMatch(/Loading country/);
    unmount();
    renderAt('/countries/ID', <CountryPage code="ID" />, stubApi({ CountryPage: 'offline' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be reached/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('CountryPage in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('writes the profile, its figures and dates in Indonesian', async () => {
    renderAt(
      '/id/countries/ID',
      <LocalizedRoutes>
        <CountryPage code="ID" />
      </LocalizedRoutes>,
      stubApi({ CountryPage: { country: indonesia, countries: memberStates } }),
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Statistik utama' })).toBeTruthy();
    expect(screen.getByText('Asal')).toBeTruthy();
    expect(screen.getByText('8 Agustus 1967')).toBeTruthy();
    expect(screen.getByText('(Malaysia, Singapura, Filipina, Timor-Leste)')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Statistik utama Indonesia, beserta sumbernya' });
    expect(within(table).getByRole('columnheader', { name: 'Jenis kelamin' })).toBeTruthy();
    const first = within(table).getByText('273.747').closest('tr')!;
    expect(within(first).getByText('Sumber berbeda')).toBeTruthy();
    expect(within(table).getByText('Perempuan')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Praktik (12)' })).toBeTruthy();
    expect(screen.getByText('Sejak 2016')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Jelajahi dan saring praktik dari Indonesia' }).getAttribute('href')).toBe(
      '/id/practices?country=ID',
    );
  });

  it('names the official names block, its columns and a weak source in Indonesian', async () => {
    renderAt(
      '/id/countries/LA',
      <LocalizedRoutes>
        <CountryPage code="LA" />
      </LocalizedRoutes>,
      stubApi({ CountryPage: { country: laoNames, countries: memberStates } }),
    );
    const section = await screen.findByRole('region', { name: 'Nama resmi' });
    const table = within(section).getByRole('table', { name: 'Nama resmi dalam bahasa nasional' });
    expect(within(table).getByRole('columnheader', { name: 'Sebagaimana ditulis sumbernya' })).toBeTruthy();
    expect(within(table).getAllByText('Lao')).toHaveLength(2);
    const weak = within(table).getByText('sumber lemah');
    expect(weak.getAttribute('title')).toMatch(/^Berkas riset menandai sumber ini lemah/);
  });
});
