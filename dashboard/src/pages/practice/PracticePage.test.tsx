import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../i18n/catalogs';
import { LocalizedRoutes } from '../../i18n/LocalizedRoutes';
import { renderAt, stubApi } from '../../test-support/api-stub';
import { renderSignedIn } from '../../test-support/signed-in';
import { findPageSources } from '../../test-support/page-sources';
import PracticePage from './PracticePage';
import type { PracticeData, PracticeDetail } from './queries';
import { atlasSource, citation } from '../../test-support/fixtures';

const kontan = citation(
  'Kemnaker sasar 150 desa masuk program Desa Migran Produktif tahun ini',
  'https://amp.kontan.co.id/news/kemnaker-sasar-150-desa',
  'Kontan',
);

const PRACTICE: PracticeDetail = {
  id: 'UHJhY3RpY2U6NQ',
  title: 'Scaling up Desmigratif from two pilot villages to 503',
  texts: [],
  summary: 'Kemnaker grew Desmigratif from 2 villages in 2016 to 503 by 2022.',
  body: 'Desmigratif started in 2016 with 2 villages.\nKontan reports 122 new villages in 2017.\n\nVillages are chosen among migrant villages.',
  year: 2016,
  updatedAt: '2026-11-29T09:13:44.791Z',
  lastEditedAt: null,
  status: 'PUBLISHED',
  version: 3,
  rejectionReason: null,
  country: { code: 'ID', name: 'Indonesia' },
  program: { id: 'UmVpbnRlZ3JhdGlvblByb2dyYW06MQ', name: 'Productive Migrant Village', acronym: 'Desmigratif' },
  themes: ['COMMUNITY_DEVELOPMENT', 'POLICY_AND_GOVERNANCE'],
  dimensions: ['ECONOMIC', 'SOCIAL'],
  levels: ['COMMUNITY'],
  stakeholders: ['GOVERNMENT', 'COMMUNITY'],
  targetGroups: ['FAMILIES_AND_CHILDREN'],
  evidenceLevel: 'MONITORED',
  kind: 'REINTEGRATION',
  partners: ['World Bank (village survey in Karanganyar)'],
  notFound: ['results of the 2024 evaluation'],
  event: {
    id: 'RXZlbnQ6MQ',
    name: 'ASEAN Workshop on Reintegration Programmes for Returning Migrant Workers',
    localName: null,
    texts: [],
    city: 'Yogyakarta',
    startDate: '2019-08-27',
    endDate: '2019-08-28',
    organiser: 'Kemnaker and the ILO',
    country: { code: 'ID', name: 'Indonesia' },
  },
  outcomes: [
    {
      yearStated: true,
      destination: null,
      phase: null,
      id: 'T3V0Y29tZTo4',
      year: 2017,
      value: 1220,
      sex: 'TOTAL',
      note: 'Antara quotes the same official with the same figure.',
      indicator: {
        code: 'DESMIGRATIF_NEW_VILLAGES',
        name: 'New Desmigratif villages formed in the year',
        unit: 'villages',
        translations: [],
      },
      source: kontan,
    },
  ],
  sources: [
    { ...kontan, id: 'U291cmNlOjg4' },
    atlasSource(
      4,
      'Kemnaker adakan evaluasi program Desa Migran Produktif',
      'https://www.abadikini.com/2024/05/22/kemnaker-adakan-evaluasi',
      'Abadikini',
      '2024-05-22',
    ),
  ],
  studies: [
    {
      id: 'U3R1ZHk6MQ',
      title: 'Kemnaker’s evaluation of the Productive Migrant Village programme',
      authors: 'Ministry of Manpower (Kemnaker)',
      design: 'EVALUATION',
      year: 2024,
      sampleSize: null,
      sample: 'The 503 Desmigratif villages formed 2016–2022',
      measured: 'Sustainability and local-government involvement.',
      findings: 'Its quantitative results are not found in the sources consulted.',
      source: kontan,
    },
  ],
};

function openPractice(id: string, answer: PracticeData | 'pending' | 'offline' | (() => PracticeData | 'offline')) {
  const stub = stubApi({ Practice: answer });
  const view = renderAt(`/practices/${id}`, <PracticePage id={id} />, stub);
  return { ...view, calls: stub.requests };
}

describe('the page of a practice', () => {
  it('shows the practice: title, summary, body in paragraphs, country, programme and year', async () => {
    const { calls } = openPractice(PRACTICE.id, { practice: PRACTICE });
    expect(await screen.findByRole('heading', { level: 1, name: PRACTICE.title })).toBeTruthy();
    expect(calls[0]).toEqual({ operationName: 'Practice', variables: { id: PRACTICE.id, language: 'en' } });
    expect(screen.getByText(PRACTICE.summary)).toBeTruthy();
    expect(
      screen.getByText('Desmigratif started in 2016 with 2 villages. Kontan reports 122 new villages in 2017.'),
    ).toBeTruthy();
    expect(screen.getByText('Villages are chosen among migrant villages.').tagName).toBe('P');
    const facts = screen.getByRole('complementary', { name: 'At a glance' });
    expect(within(facts).getByRole('link', { name: 'Indonesia' }).getAttribute('href')).toBe('/countries/ID');
    expect(
      within(facts).getByRole('link', { name: 'Productive Migrant Village (Desmigratif)' }).getAttribute('href'),
    ).toBe('/programs/UmVpbnRlZ3JhdGlvblByb2dyYW06MQ');
    expect(within(facts).getByText('World Bank (village survey in Karanganyar)')).toBeTruthy();
  });

  it('says how current it is: its newest source’s date as the seed wrote it, then the last change by a person', async () => {
    const { unmount } = openPractice(PRACTICE.id, { practice: PRACTICE });
    const seeded = await screen.findByText(/^Source dated/);
    expect(seeded.textContent).toBe('Source dated 22 May 2024.');
    expect(seeded.querySelector('time')?.getAttribute('datetime')).toBe('2024-05-22');
    expect(screen.queryByText(/29 November 2026/)).toBeNull();
    unmount();

    openPractice(PRACTICE.id, { practice: { ...PRACTICE, lastEditedAt: '2026-12-03T12:00:00.000Z' } });
    expect((await screen.findByText(/^Last updated/)).textContent).toBe('Last updated 3 December 2026.');
  });

  it('shows the vocabularies by label, each a link to the practices that share it', async () => {
    openPractice(PRACTICE.id, { practice: PRACTICE });
    await screen.findByRole('heading', { level: 1 });
    const themes = screen.getByRole('list', { name: 'Themes' });
    expect(within(themes).getByRole('link', { name: 'Community development' }).getAttribute('href')).toBe(
      '/practices?theme=COMMUNITY_DEVELOPMENT',
    );
    const stakeholders = screen.getByRole('list', { name: 'Stakeholders' });
    expect(within(stakeholders).getByRole('link', { name: 'Government' }).getAttribute('href')).toBe(
      '/practices?stakeholder=GOVERNMENT',
    );
    expect(within(screen.getByRole('list', { name: 'Dimensions' })).getAllByRole('link')).toHaveLength(2);
    expect(within(screen.getByRole('list', { name: 'Levels' })).getByRole('link', { name: 'Community' })).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'Target groups' })).getByRole('link', { name: 'Families and children' }),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'Evidence level' }))
        .getByRole('link', { name: 'Monitored' })
        .getAttribute('href'),
    ).toBe('/practices?evidence=MONITORED');
    expect(screen.getByText(/Output figures reported/)).toBeTruthy();
  });

  it('shows the event where it was presented', async () => {
    openPractice(PRACTICE.id, { practice: PRACTICE });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Presented at' });
    const event = heading.closest('section')!;
    expect(within(event).getByText(PRACTICE.event!.name)).toBeTruthy();
    expect(within(event).getByText(/Yogyakarta, Indonesia · 27–28 August 2019/)).toBeTruthy();
  });

  it('lists its outcomes, each with its source as a link', async () => {
    openPractice(PRACTICE.id, { practice: PRACTICE });
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('row', { name: /New Desmigratif villages formed in the year/ });
    expect(within(row).getByText('2017')).toBeTruthy();
    expect(within(row).getByText('1,220')).toBeTruthy();
    expect(within(row).getByText('villages')).toBeTruthy();
    expect(
      within(row)
        .getByRole('link', { name: /Kemnaker sasar 150 desa/ })
        .getAttribute('href'),
    ).toBe(kontan.url);
  });

  it('tells two figures of one indicator and year apart by their breakdown and year kind', async () => {
    const [outcome] = PRACTICE.outcomes;
    const practice = {
      ...PRACTICE,
      outcomes: [
        { ...outcome!, id: 'T3V0Y29tZTo5', destination: 'AU', value: 2800 },
        { ...outcome!, id: 'T3V0Y29tZToxMA', destination: 'KR', phase: 'Phase II', yearStated: false, value: 500 },
      ],
    };
    openPractice(PRACTICE.id, { practice });
    const table = await screen.findByRole('table');
    const australia = within(table).getByRole('row', { name: /villages formed in the year, to Australia/ });
    expect(within(australia).getByText('2,800')).toBeTruthy();
    const korea = within(table).getByRole('row', { name: /villages formed in the year, to South Korea, Phase II/ });
    expect(within(korea).getByText('500')).toBeTruthy();
    expect(within(korea).getByText(/2017/).textContent).not.toBe('2017');
  });

  it('shows the studies behind its evidence level, with design, year, sample and source', async () => {
    openPractice(PRACTICE.id, { practice: PRACTICE });
    const evidence = await screen.findByRole('region', { name: 'Evidence and sources' });
    expect(within(evidence).getByText('Programme evaluation')).toBeTruthy();
    expect(within(evidence).getByText('2024')).toBeTruthy();
    expect(within(evidence).getByText('The 503 Desmigratif villages formed 2016–2022')).toBeTruthy();
    expect(within(evidence).getAllByRole('link', { name: /Kemnaker sasar 150 desa/ }).length).toBeGreaterThan(0);
  });

  it('gives editors a link to add a study and one to edit each, back to this page; visitors neither', async () => {
    renderSignedIn('EDITOR', `/practices/${PRACTICE.id}`, <PracticePage id={PRACTICE.id} />, {
      Practice: { practice: PRACTICE },
    });
    const evidence = await screen.findByRole('region', { name: 'Evidence and sources' });
    const study = PRACTICE.studies[0]!;
    expect(
      (await within(evidence).findByRole('link', { name: `Edit the study: ${study.title}` })).getAttribute('href'),
    ).toBe(`/studies/${study.id}/edit?practice=${PRACTICE.id}`);
    expect(within(evidence).getByRole('link', { name: 'Add a study' }).getAttribute('href')).toBe(
      `/studies/new?practice=${PRACTICE.id}`,
    );
  });

  it('offers visitors no way to edit its studies', async () => {
    openPractice(PRACTICE.id, { practice: PRACTICE });
    const evidence = await screen.findByRole('region', { name: 'Evidence and sources' });
    expect(within(evidence).queryByRole('link', { name: 'Add a study' })).toBeNull();
    expect(within(evidence).queryByRole('link', { name: /^Edit the study/ })).toBeNull();
  });

  it('says in one place when no study of it was found', async () => {
    openPractice(PRACTICE.id, { practice: { ...PRACTICE, studies: [] } });
    expect(await screen.findByText('No study of it was found in the sources consulted.')).toBeTruthy();
  });

  it('lists its sources as links to the cited documents', async () => {
    openPractice(PRACTICE.id, { practice: PRACTICE });
    const sources = await findPageSources();
    const links = within(sources).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(PRACTICE.sources.map((source) => source.url));
    expect(links[1]!.textContent).toContain('Abadikini, 2024-05-22');
  });

  it('says what the sources consulted do not give, in one line under its sources', async () => {
    const { unmount } = openPractice(PRACTICE.id, { practice: PRACTICE });
    const line = await screen.findByText('Not found in the sources consulted:');
    expect(line.parentElement?.textContent).toBe('Not found in the sources consulted: results of the 2024 evaluation.');
    unmount();
    openPractice(PRACTICE.id, { practice: { ...PRACTICE, notFound: [] } });
    await findPageSources();
    expect(screen.queryByText('Not found in the sources consulted:')).toBeNull();
  });

  it('says so when a practice has no outcome, no event and no programme', async () => {
    openPractice(PRACTICE.id, {
      practice: { ...PRACTICE, outcomes: [], event: null, program: null, partners: [] },
    });
    expect(await screen.findByText('No measured result is attributed to this practice yet.')).toBeTruthy();
    expect(screen.getByText('Not part of a programme')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Presented at' })).toBeNull();
  });

  it('shows "not found" for an unknown id', async () => {
    openPractice('nope', { practice: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Practice not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Browse all practices' }).getAttribute('href')).toBe('/practices');
  });

  it('shows that the practice is loading', () => {
    openPractice(PRACTICE.id, 'pending');
    expect(screen.getByText('Loading practice…')).toBeTruthy();
  });

  it('shows an error with a retry when the API cannot be reached', async () => {
    const user = userEvent.setup();
    let online = false;
    openPractice(PRACTICE.id, () => (online ? { practice: PRACTICE } : 'offline'));
    expect(await screen.findByRole('alert')).toBeTruthy();
    online = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: PRACTICE.title })).toBeTruthy();
  });
});

describe('the page of a practice in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('names its facts, vocabularies, country, event and figures in Indonesian', async () => {
    renderAt(
      `/id/practices/${PRACTICE.id}`,
      <LocalizedRoutes>
        <PracticePage id={PRACTICE.id} />
      </LocalizedRoutes>,
      stubApi({ Practice: { practice: PRACTICE } }),
    );
    const facts = await screen.findByRole('complementary', { name: 'Sekilas' });
    expect(within(facts).getByRole('link', { name: 'Indonesia' }).getAttribute('href')).toBe('/id/countries/ID');
    expect(
      within(screen.getByRole('list', { name: 'Kelompok sasaran' })).getByRole('link', { name: 'Keluarga dan anak' }),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'Tingkat bukti' })).getByRole('link', { name: 'Dipantau' }),
    ).toBeTruthy();
    expect(screen.getByText(/Yogyakarta, Indonesia · 27–28 Agustus 2019/)).toBeTruthy();
    const row = within(screen.getByRole('table')).getByRole('row', { name: /New Desmigratif villages/ });
    expect(within(row).getByText('1.220')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Indikator' })).toBeTruthy();
    expect(screen.getByText(/^Sumber bertanggal/).textContent).toBe('Sumber bertanggal 22 Mei 2024.');
  });
});
