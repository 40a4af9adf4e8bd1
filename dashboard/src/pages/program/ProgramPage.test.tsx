import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResultOf } from '../../graphql';
import { leaveSavedNotice } from '../../editing/saved-notice';
import { loadCatalog } from '../../i18n/catalogs';
import { LocalizedRoutes } from '../../i18n/LocalizedRoutes';
import { renderAt, stubApi } from '../../test-support/api-stub';
import { renderSignedIn } from '../../test-support/signed-in';
import { findPageSources } from '../../test-support/page-sources';
import ProgramPage from './ProgramPage';
import type { ProgramQuery } from './queries';
import { citation } from '../../test-support/fixtures';

type Data = ResultOf<typeof ProgramQuery>;

const ID = 'UmVpbnRlZ3JhdGlvblByb2dyYW06MQ';
const kontan = citation(
  'Kemnaker sasar 150 desa masuk program Desa Migran Produktif tahun ini',
  'https://amp.kontan.co.id/news/kemnaker-sasar-150-desa',
  'Kontan',
);
const antara = citation(
  'Kemnaker tambah 150 Desmigratif pada 2019',
  'https://m.antaranews.com/amp/berita/788270',
  'Antara',
);
const katadata = citation(
  'Desa Migran Produktif tekan penempatan pekerja migran non-prosedural',
  'https://katadata.co.id/infografik/desmigratif',
  'Katadata',
);
const newVillages = {
  code: 'DESMIGRATIF_VILLAGES_NEW',
  name: 'New Desmigratif villages formed in the year',
  unit: 'villages',
  translations: [],
};
const cumulative = {
  code: 'DESMIGRATIF_VILLAGES_CUMULATIVE',
  name: 'Desmigratif villages formed, cumulative',
  unit: 'villages',
  translations: [],
};

const desmigratif: NonNullable<Data['program']> = {
  id: ID,
  name: 'Productive Migrant Village',
  localName: 'Desa Migran Produktif',
  texts: [],
  acronym: 'Desmigratif',
  country: { code: 'ID', name: 'Indonesia' },
  leadAgency: 'Ministry of Manpower (Kemnaker)',
  partners: ['Provincial and district governments'],
  notFound: [],
  startYear: 2016,
  endYear: null,
  status: 'ACTIVE',
  kind: 'REINTEGRATION',
  reach: 'NATIONAL',
  partnerCountries: [],
  summary: "Kemnaker's village-based programme, started in 2016.",
  components: [
    { name: 'Migration services', description: 'Migration information and services in the village.' },
    { name: 'Productive enterprise', description: 'Support for productive businesses of returnees.' },
    { name: 'Community parenting', description: 'Child care and learning for children left behind.' },
    { name: 'Desmigratif cooperative', description: null },
  ],
  dimensions: ['ECONOMIC', 'SOCIAL', 'PSYCHOSOCIAL'],
  levels: ['COMMUNITY'],
  targetGroups: ['WOMEN', 'FAMILIES_AND_CHILDREN'],
  stakeholders: [],
  sources: [katadata, kontan],
  studies: [],
  outcomes: [
    {
      yearStated: true,
      destination: null,
      phase: null,
      id: 'O1',
      indicator: newVillages,
      year: 2016,
      value: 2,
      sex: 'TOTAL',
      note: 'Two pilot villages.',
      source: katadata,
    },
    {
      yearStated: true,
      destination: null,
      phase: null,
      id: 'O2',
      indicator: newVillages,
      year: 2018,
      value: 130,
      sex: 'TOTAL',
      note: null,
      source: kontan,
    },
    {
      yearStated: true,
      destination: null,
      phase: null,
      id: 'O3',
      indicator: newVillages,
      year: 2018,
      value: 135,
      sex: 'TOTAL',
      note: 'Same official.',
      source: antara,
    },
    {
      yearStated: true,
      destination: null,
      phase: null,
      id: 'O4',
      indicator: cumulative,
      year: 2022,
      value: 503,
      sex: 'TOTAL',
      note: 'Villages formed 2016–2022.',
      source: kontan,
    },
  ],
  practiceCount: 1,
  practices: {
    totalCount: 1,
    nodes: [
      {
        id: 'UHJhY3RpY2U6Mw',
        title: 'Community parenting for children left behind',
        year: 2016,
        summary: 'Desmigratif villages organise child care.',
      },
    ],
  },
};

function renderProgram(program: Data['program']) {
  const data: Data = { program };
  return renderAt(`/programs/${ID}`, <ProgramPage id={ID} />, stubApi({ ProgramPage: data }));
}

describe('ProgramPage', () => {
  it('confirms a save made on the programme form, once, in a live region', async () => {
    leaveSavedNotice(ID, 'Your changes were saved (version 4).');
    const { unmount } = renderProgram(desmigratif);
    await screen.findByRole('heading', { level: 1, name: 'Productive Migrant Village' });
    // The notice arrives just after the first render, so that the live region is there to announce it.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your changes were saved (version 4).'));
    unmount();
    renderProgram(desmigratif);
    await screen.findByRole('heading', { level: 1, name: 'Productive Migrant Village' });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows the programme with its country, agency, partners, years and status', async () => {
    renderProgram(desmigratif);
    expect(await screen.findByRole('heading', { level: 1, name: 'Productive Migrant Village' })).toBeTruthy();
    expect(screen.getByText('Desa Migran Produktif · Desmigratif')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Indonesia' })[0]!.getAttribute('href')).toBe('/countries/ID');
    expect(screen.getByText('Provincial and district governments')).toBeTruthy();
    expect(screen.getByText('Since 2016')).toBeTruthy();
    expect(screen.getByText('Active')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Dimensions' })).getAllByRole('listitem')).toHaveLength(3);
    expect(within(screen.getByRole('list', { name: 'Target groups' })).getByText('Women')).toBeTruthy();
  });

  it('shows a regional programme’s kind, reach, lead state and the other states it runs in', async () => {
    renderProgram({
      ...desmigratif,
      kind: 'REINTEGRATION',
      reach: 'REGIONAL',
      country: { code: 'KH', name: 'Cambodia' },
      partnerCountries: [
        { code: 'LA', name: 'Lao PDR' },
        { code: 'TH', name: 'Thailand' },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Productive Migrant Village' });
    expect(screen.getByText('Regional')).toBeTruthy();
    expect(screen.getByText('Lead or filing state')).toBeTruthy();
    expect(screen.getByText('Also runs in')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Thailand' }).getAttribute('href')).toBe('/countries/TH');
    expect(screen.getByText('Reintegration')).toBeTruthy();
  });

  it('lists the components with their descriptions', async () => {
    renderProgram(desmigratif);
    const section = (await screen.findByRole('heading', { name: 'Components' })).closest('section')!;
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual([
      'Migration services',
      'Productive enterprise',
      'Community parenting',
      'Desmigratif cooperative',
    ]);
    expect(within(items[2]!).getByText('Child care and learning for children left behind.')).toBeTruthy();
  });

  it('lists every outcome with its unit and source, and marks disagreeing sources', async () => {
    renderProgram(desmigratif);
    const table = await screen.findByRole('table', { name: /All outcomes of Productive Migrant Village/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    const row130 = within(table).getByText('130').closest('tr')!;
    const row135 = within(table).getByText('135').closest('tr')!;
    expect(
      within(row130)
        .getByRole('link', { name: /Kemnaker sasar 150 desa/ })
        .getAttribute('href'),
    ).toBe(kontan.url);
    expect(
      within(row135)
        .getByRole('link', { name: /Kemnaker tambah 150/ })
        .getAttribute('href'),
    ).toBe(antara.url);
    expect(within(row130).getByText('Sources disagree')).toBeTruthy();
    expect(within(row135).getByText('Sources disagree')).toBeTruthy();
    expect(within(row135).getByText(/Same official/)).toBeTruthy();
    expect(within(row130).getByText('villages')).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Indicator', 'Year', 'Value', 'Unit', 'Sex', 'Note', 'Source']);
    expect(within(row130).getByText('Total')).toBeTruthy();
  });

  it('charts an indicator over time, with a table alternative that links each value to its source', async () => {
    renderProgram(desmigratif);
    const chart = await screen.findByRole('figure', { name: /New Desmigratif villages formed in the year/ });
    expect(within(chart).getByText('(villages)')).toBeTruthy();
    await userEvent.click(within(chart).getByText('Table of the values, with sources'));
    const table = within(chart).getByRole('table');
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => within(row).queryByRole('rowheader')?.textContent),
    ).toEqual([undefined, '2016', '2018']);
    // Both 2018 figures are in the table, each with its own source.
    const sourceLinks = within(table).getAllByRole('link', { name: 'source' });
    expect(sourceLinks.map((link) => link.getAttribute('href'))).toEqual([katadata.url, kontan.url, antara.url]);
  });

  it('shows an indicator measured in one year only as a figure with its source, not a chart', async () => {
    renderProgram(desmigratif);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('figure', { name: /cumulative/ })).toBeNull();
    const card = screen
      .getByRole('heading', { level: 3, name: 'Desmigratif villages formed, cumulative' })
      .closest('li')!;
    expect(within(card).getByText('503')).toBeTruthy();
    expect(
      within(card)
        .getByRole('link', { name: /Kemnaker sasar 150 desa/ })
        .getAttribute('href'),
    ).toBe(kontan.url);
  });

  it('links to its practices and to the practice browser filtered by the programme, and lists its sources', async () => {
    renderProgram(desmigratif);
    expect(
      (await screen.findByRole('link', { name: 'Community parenting for children left behind' })).getAttribute('href'),
    ).toBe('/practices/UHJhY3RpY2U6Mw');
    expect(screen.getByRole('link', { name: /practices of this programme/ }).getAttribute('href')).toBe(
      `/practices?program=${ID}`,
    );
    const sources = await findPageSources();
    expect(
      within(sources)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([katadata.url, kontan.url]);
  });

  it('gives editors a link to add a study to the programme and one to edit each of its studies', async () => {
    const study = {
      id: 'U3R1ZHk6Mg',
      title: 'A tracer survey of Desmigratif villages',
      authors: null,
      design: 'TRACER_SURVEY' as const,
      year: 2019,
      sampleSize: 400,
      sample: null,
      measured: 'Work a year after return.',
      findings: 'Most had found work.',
      source: kontan,
    };
    renderSignedIn('EDITOR', `/programs/${ID}`, <ProgramPage id={ID} />, {
      ProgramPage: { program: { ...desmigratif, studies: [study] } },
    });
    const evidence = await screen.findByRole('region', { name: 'Evidence' });
    expect(
      (await within(evidence).findByRole('link', { name: `Edit the study: ${study.title}` })).getAttribute('href'),
    ).toBe(`/studies/${study.id}/edit?program=${ID}`);
    expect(within(evidence).getByRole('link', { name: 'Add a study' }).getAttribute('href')).toBe(
      `/studies/new?program=${ID}`,
    );
  });

  it('says when nothing is measured yet', async () => {
    renderProgram({ ...desmigratif, outcomes: [], practices: { totalCount: 0, nodes: [] } });
    expect(await screen.findByText('No measured outcomes are recorded for this programme yet.')).toBeTruthy();
    expect(screen.getByText('No published practice of this programme yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says clearly when the programme does not exist', async () => {
    renderProgram(null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Programme not found' })).toBeTruthy();
  });

  it('shows an error with a retry when the API cannot be reached', async () => {
    renderAt(`/programs/${ID}`, <ProgramPage id={ID} />, stubApi({ ProgramPage: 'offline' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be reached/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('ProgramPage in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('writes the profile, its focus and its outcomes in Indonesian', async () => {
    renderAt(
      `/id/programs/${ID}`,
      <LocalizedRoutes>
        <ProgramPage id={ID} />
      </LocalizedRoutes>,
      stubApi({ ProgramPage: { program: desmigratif } }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Productive Migrant Village dalam bahasa Inggris' });
    expect(screen.getByText(/Program reintegrasi di/).textContent).toBe('Program reintegrasi di Indonesia');
    expect(screen.getByText('Berjalan')).toBeTruthy();
    expect(screen.getByText('Sejak 2016')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Dimensi' })).getByText('Ekonomi')).toBeTruthy();
    expect(screen.getByText('Belum tercatat')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Semua hasil Productive Migrant Village, beserta sumbernya' });
    expect(within(table).getByRole('columnheader', { name: 'Jenis kelamin' })).toBeTruthy();
    expect(within(table).getAllByText('Sumber berbeda')).toHaveLength(2);
    const chart = screen.getByRole('figure', { name: /New Desmigratif villages formed in the year/ });
    expect(within(chart).getAllByText('Total, angka kedua').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Praktik (1)' })).toBeTruthy();
  });
});
