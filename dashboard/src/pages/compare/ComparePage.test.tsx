import { Dimension, Theme } from '@atlas/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../../i18n/catalogs';
import { LocalizedRoutes } from '../../i18n/LocalizedRoutes';
import { practicesHref } from '../../practice-filter-params';
import { renderAt, stubApi } from '../../test-support/api-stub';
import { layOutCharts } from '../../test-support/chart-size';
import ComparePage from './ComparePage';
import { allCountriesComparison, allCountriesData, comparisonData, countriesData } from './fixtures';

const answers = { CompareCountries: countriesData, Comparison: comparisonData };

const ALL_ELEVEN = '/compare?countries=BN,KH,ID,LA,MY,MM,PH,SG,TH,TL,VN';

/** The compare page of all 11 member states, once its two charts have drawn their lines. */
async function compareAllEleven() {
  layOutCharts();
  renderAt(
    ALL_ELEVEN,
    <ComparePage />,
    stubApi({ CompareCountries: allCountriesData, Comparison: allCountriesComparison }),
  );
  // The first chart loads recharts, which takes a while.
  await waitFor(() => expect(document.querySelectorAll('.recharts-line-curve')).toHaveLength(11 + 3), {
    timeout: 10_000,
  });
  return ['Personal remittances received', 'Remittances sent home by workers abroad'].map((name) =>
    screen.getByRole('figure', { name: new RegExp(name) }),
  );
}

/** The colour each member state (or sex) is drawn in by `selector`'s elements under `root`: stroke, by `data-identity`. */
function strokes(root: Element, selector: string): Map<string, string[]> {
  const colours = new Map<string, string[]>();
  for (const element of root.querySelectorAll(selector)) {
    const identity = element.closest('[data-identity]')!.getAttribute('data-identity')!;
    colours.set(identity, [...(colours.get(identity) ?? []), element.getAttribute('stroke')!]);
  }
  return colours;
}

afterEach(() => vi.restoreAllMocks());

describe('ComparePage', () => {
  it('compares the countries of the query string, in its order, and notes the unknown codes', async () => {
    renderAt('/compare?countries=ph,ID,XX', <ComparePage />, stubApi(answers));
    expect(screen.getByRole('heading', { level: 1, name: 'Compare member states' })).toBeTruthy();
    expect(await screen.findByText(/Comparing/)).toBeTruthy();
    expect(screen.getByText(/Comparing/).textContent).toBe('Comparing Philippines and Indonesia.');
    expect(screen.getByText('“XX” is not an ASEAN member state code: ignored.')).toBeTruthy();

    const selector = screen.getByRole('group', { name: 'Member states to compare' });
    expect(within(selector).getByRole<HTMLInputElement>('checkbox', { name: /Philippines/ }).checked).toBe(true);
    expect(within(selector).getByRole<HTMLInputElement>('checkbox', { name: /Indonesia/ }).checked).toBe(true);
    expect(within(selector).getByRole<HTMLInputElement>('checkbox', { name: /Viet Nam/ }).checked).toBe(false);
  });

  it('adds and removes countries in the query string, keeping the order', async () => {
    const user = userEvent.setup();
    const { current } = renderAt('/compare?countries=PH,ID', <ComparePage />, stubApi(answers));
    await screen.findByText(/Comparing/);
    await user.click(screen.getByRole('checkbox', { name: /Viet Nam/ }));
    expect(current()).toBe('/compare?countries=PH,ID,VN');
    await user.click(screen.getByRole('checkbox', { name: /Philippines/ }));
    expect(current()).toBe('/compare?countries=ID,VN');
  });

  it('explains that two countries are needed, and asks nothing of the API until then', async () => {
    const stub = stubApi(answers);
    renderAt('/compare?countries=ID', <ComparePage />, stub);
    expect(await screen.findByText(/Indonesia is chosen: choose at least one more member state/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Indonesia, Philippines and Viet Nam' }).getAttribute('href')).toBe(
      '/compare?countries=ID,PH,VN',
    );
    expect(screen.getByRole('group', { name: 'Member states to compare' })).toBeTruthy();
    expect(stub.requests.some((request) => request.operationName === 'Comparison')).toBe(false);
  });

  it('shows the empty state with no countries at all', async () => {
    renderAt('/compare', <ComparePage />, stubApi(answers));
    expect(await screen.findByText('Choose at least two member states to compare them side by side.')).toBeTruthy();
  });

  it('links every non-zero coverage cell to the practices of that country, dimension and theme', async () => {
    renderAt('/compare?countries=PH,ID', <ComparePage />, stubApi(answers));
    const coverage = (await screen.findByRole('heading', { level: 2, name: 'Practice coverage' })).closest('section')!;
    const tables = within(coverage).getAllByRole('table');
    expect(tables.length).toBeGreaterThan(0);
    const economic = within(coverage).getByRole('table', { name: /economic dimension/ });
    const headers = within(economic).getAllByRole('columnheader');
    expect(headers.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(headers[1]).toBe(within(economic).getByRole('columnheader', { name: 'Philippines' }));
    expect(headers[2]).toBe(within(economic).getByRole('columnheader', { name: 'Indonesia' }));
    expect(within(economic).getByRole('rowheader', { name: 'Entrepreneurship' })).toBeTruthy();

    const cell = within(economic).getByRole('link', { name: '5 practices of Philippines: Economic, Entrepreneurship' });
    expect(cell.getAttribute('href')).toBe(
      practicesHref({ countryCodes: ['PH'], dimensions: [Dimension.ECONOMIC], themes: [Theme.ENTREPRENEURSHIP] }),
    );
    expect(cell.getAttribute('href')).toBe('/practices?country=PH&theme=ENTREPRENEURSHIP&dimension=ECONOMIC');
    const social = within(coverage).getByRole('table', { name: /social dimension/ });
    expect(
      within(social).getByRole('link', { name: /1 practice of Indonesia: Social, Community development/ }),
    ).toBeTruthy();
    // Zero counts are shown, not linked.
    expect(within(social).queryByRole('link', { name: /of Philippines/ })).toBeNull();
  });

  it('lists the programmes side by side and charts shared indicators with their sources', async () => {
    renderAt('/compare?countries=PH,ID', <ComparePage />, stubApi(answers));
    expect(await screen.findByRole('link', { name: 'National Reintegration Center for OFWs' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Productive Migrant Village' }).getAttribute('href')).toBe(
      '/programs/UHJvZ3JhbTox',
    );
    const chart = screen.getByRole('figure', { name: /Personal remittances received/ });
    expect(within(chart).getByRole('columnheader', { name: 'Philippines' })).toBeTruthy();
    expect(within(chart).getByRole('columnheader', { name: 'Indonesia' })).toBeTruthy();
    expect(within(chart).getAllByRole('link', { name: 'source' })[0]!.getAttribute('href')).toBe(
      'https://example.org/remittances',
    );
    // Indicators of one country are listed, not charted.
    const single = screen.getByRole('heading', { level: 2, name: 'Figures of one country' }).closest('section')!;
    expect(within(single).getByText('New Desmigratif villages formed in the year')).toBeTruthy();
    expect(
      within(single)
        .getByRole('link', { name: /Kemnaker sasar 150 desa/ })
        .getAttribute('href'),
    ).toBe('https://example.org/kontan');
  });

  it('marks a regional programme in each state’s column as regional', async () => {
    const [philippines, indonesia] = comparisonData.compareCountries.countries;
    const triangle = {
      id: 'UHJvZ3JhbTo5',
      name: 'ILO TRIANGLE in ASEAN',
      acronym: 'TRIANGLE',
      status: 'ACTIVE' as const,
      kind: 'REINTEGRATION' as const,
      reach: 'REGIONAL' as const,
      startYear: 2015,
      endYear: null,
    };
    const regional = {
      compareCountries: {
        ...comparisonData.compareCountries,
        countries: [philippines!, { ...indonesia!, programs: [...indonesia!.programs, triangle] }],
      },
    };
    renderAt('/compare?countries=PH,ID', <ComparePage />, stubApi({ ...answers, Comparison: regional }));
    const item = (await screen.findByRole('link', { name: 'ILO TRIANGLE in ASEAN' })).closest('li')!;
    expect(item.textContent).toMatch(/· Regional$/);
    const own = screen.getByRole('link', { name: 'Productive Migrant Village' }).closest('li')!;
    expect(own.textContent).not.toMatch(/Regional/);
  });

  it('downloads exactly this comparison as CSV', async () => {
    const user = userEvent.setup();
    let blob: Blob | undefined;
    const createObjectURL = vi.fn((object: Blob | MediaSource) => {
      blob = object as Blob;
      return 'blob:atlas-test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });

    renderAt('/compare?countries=PH,ID', <ComparePage />, stubApi(answers));
    await user.click(await screen.findByRole('button', { name: 'Download CSV of this comparison' }));

    expect(downloads).toEqual(['atlas-compare-PH-ID.csv blob:atlas-test']);
    const text = (await blob!.text()).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'section,country_code,country,indicator_code,indicator,unit,year,value,sex,kind,programme,note,source_title,source_url,dimension,theme,practice_count',
    );
    expect(lines).toContain(
      'figure,ID,Indonesia,DESMIGRATIF_VILLAGES_NEW,New Desmigratif villages formed in the year,villages,2018,130,TOTAL,OUTCOME,Productive Migrant Village,"In 87 regencies, 12 provinces.","Kemnaker sasar 150 desa, ""Desmigratif""",https://example.org/kontan,,,',
    );
    expect(lines).toContain(
      'figure,PH,Philippines,REMITTANCES_USD,Personal remittances received,USD,2020,34913340000,TOTAL,STATISTIC,,,"Personal remittances, received (current US$)",https://example.org/remittances,,,',
    );
    expect(lines).toContain('coverage,PH,Philippines,,,,,,,,,,,,ECONOMIC,ENTREPRENEURSHIP,5');
    expect(lines).toContain('coverage,ID,Indonesia,,,,,,,,,,,,SOCIAL,COMMUNITY_DEVELOPMENT,1');
    expect(lines).toContain('coverage,ID,Indonesia,,,,,,,,,,,,PSYCHOSOCIAL,FAMILY_SUPPORT,0');
    // 3 figures, 3 dimensions × 14 themes × 2 countries, the header and the final line end.
    expect(lines).toHaveLength(1 + 3 + 3 * 14 * 2 + 1);
  });

  it('draws each member state in its own colour, the same in every chart, legend, table and heading', async () => {
    const [remittances, sentHome] = await compareAllEleven();
    // A marker at each figure: 3 years of 11 countries but Indonesia's 2019; 2 years of 3 lines.
    expect(remittances!.querySelectorAll('.recharts-surface .series-marker')).toHaveLength(32);
    expect(sentHome!.querySelectorAll('.recharts-surface .series-marker')).toHaveLength(6);
    const drawn = new Map<string, Set<string>>();
    const add = (found: Map<string, string[]>) => {
      expect(found.size).toBeGreaterThan(0);
      for (const [identity, colours] of found)
        drawn.set(identity, new Set([...(drawn.get(identity) ?? []), ...colours]));
    };
    for (const chart of [remittances!, sentHome!]) {
      add(strokes(chart, '.recharts-line-curve'));
      add(strokes(chart, '.recharts-surface .series-marker'));
      add(strokes(chart, '.chart-legend .series-swatch line'));
      add(strokes(chart, 'th .series-swatch .series-marker'));
    }
    const coverage = screen.getByRole('heading', { level: 2, name: 'Practice coverage' }).closest('section')!;
    add(strokes(coverage, 'th .series-marker'));
    add(strokes(screen.getByRole('group', { name: 'Member states to compare' }), '.series-marker'));

    const codes = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];
    expect([...drawn.keys()].sort()).toEqual([...codes].sort());
    for (const [identity, colours] of drawn) expect([...colours], identity).toHaveLength(1);
    expect(new Set(codes.map((code) => [...drawn.get(code)!][0])).size).toBe(11);

    // Indonesia and the Philippines are on both charts, with the same swatch (colour and marker) in each.
    const swatch = (chart: HTMLElement, code: string) =>
      chart.querySelector(`.chart-legend .series-swatch[data-identity="${code}"]`)!.innerHTML;
    expect(swatch(remittances!, 'ID')).toBe(swatch(sentHome!, 'ID'));
    expect(swatch(remittances!, 'PH')).toBe(swatch(sentHome!, 'PH'));
    // The Philippines' second line (women's figures) has its colour and marker, dashed.
    const philippines = sentHome!.querySelectorAll('.recharts-line-curve[data-identity="PH"]');
    expect([...philippines].map((line) => line.getAttribute('stroke-dasharray'))).toEqual([null, '6 4']);
    // The 11 markers differ in shape or fill, not only in colour.
    const markers = codes.map((code) => {
      const marker = remittances!.querySelector(`.chart-legend [data-identity="${code}"] .series-marker`)!;
      return `${marker.getAttribute('d')} ${marker.getAttribute('fill') === '#ffffff' ? 'open' : 'filled'}`;
    });
    expect(new Set(markers).size).toBe(11);
  });

  it('draws a year without a figure as a gap in the line, not a line across it', async () => {
    const [remittances] = await compareAllEleven();
    const line = (code: string) =>
      remittances!.querySelector(`.recharts-line-curve[data-identity="${code}"]`)!.getAttribute('d')!;
    // Indonesia has 2018 and 2020 only: two separate points, no segment between them.
    expect(line('ID').match(/M/g)).toHaveLength(2);
    expect(line('ID')).not.toMatch(/L/);
    // The Philippines has all three years: one line through them.
    expect(line('PH').match(/M/g)).toHaveLength(1);
    expect(line('PH').match(/L/g)).toHaveLength(2);
  });

  it('heads the coverage columns with country names, the ISO code in their title', async () => {
    renderAt(
      ALL_ELEVEN,
      <ComparePage />,
      stubApi({ CompareCountries: allCountriesData, Comparison: allCountriesComparison }),
    );
    const economic = await screen.findByRole('table', { name: /economic dimension/ });
    const headers = within(economic).getAllByRole('columnheader').slice(1);
    expect(headers.map((th) => th.textContent)).toEqual(allCountriesData.countries.map((country) => country.name));
    expect(headers.map((th) => th.getAttribute('title'))).toEqual(
      allCountriesData.countries.map((country) => `${country.name} (${country.code})`),
    );
    expect(within(economic).getByRole('columnheader', { name: 'Timor-Leste' })).toBeTruthy();
    // Elsewhere a code stands beside its name, explained on hover.
    const selector = screen.getByRole('group', { name: 'Member states to compare' });
    expect(within(selector).getByTitle('ISO code of Lao PDR').textContent).toBe('LA');
  });

  it('shows the loading state, then an error with a retry when the API cannot be reached', async () => {
    renderAt('/compare?countries=PH,ID', <ComparePage />, stubApi({ CompareCountries: 'offline' }));
    expect(screen.getByRole('status').textContent).toMatch(/Loading/);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be reached/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('ComparePage in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('names the countries, the coverage and the CSV’s columns in Indonesian', async () => {
    const user = userEvent.setup();
    let blob: Blob | undefined;
    Object.assign(URL, {
      createObjectURL: vi.fn((object: Blob | MediaSource) => {
        blob = object as Blob;
        return 'blob:atlas-test';
      }),
      revokeObjectURL: vi.fn(),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderAt(
      '/id/compare?countries=PH,ID',
      <LocalizedRoutes>
        <ComparePage />
      </LocalizedRoutes>,
      stubApi(answers),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Bandingkan negara anggota' })).toBeTruthy();
    expect((await screen.findByText(/Membandingkan/)).textContent).toBe('Membandingkan Filipina dan Indonesia.');
    const coverage = screen.getByRole('heading', { level: 2, name: 'Cakupan praktik' }).closest('section')!;
    const economic = within(coverage).getByRole('table', { name: /dimensi ekonomi/ });
    expect(
      within(economic).getByRole('link', { name: '5 praktik dari Filipina: Ekonomi, Kewirausahaan' }),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Unduh CSV perbandingan ini' }));
    const [header, ...rows] = (await blob!.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'bagian,kode_negara,negara,kode_indikator,indikator,satuan,tahun,nilai,jenis_kelamin,jenis,program,catatan,judul_sumber,url_sumber,dimensi,tema,jumlah_praktik',
    );
    expect(rows).toContain('coverage,PH,Filipina,,,,,,,,,,,,ECONOMIC,ENTREPRENEURSHIP,5');
  });
});
