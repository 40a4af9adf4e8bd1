import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResultOf } from '../../graphql';
import type { RevisionEntry } from '../../history/queries';
import { loadCatalog } from '../../i18n/catalogs';
import type { ApiAnswers } from '../../test-support/api-stub';
import { badUserInput, conflictAt, lastVariables, problemBeside } from '../../test-support/mutation-answers';
import { renderSignedIn, renderSignedInIndonesian } from '../../test-support/signed-in';
import { expectContributorTurnedAway } from '../../test-support/editors-only';
import CountryStatisticsPage from './CountryStatisticsPage';
import type { RecordedStatistic, StatisticsFormQuery } from './queries';
import { atlasSource } from '../../test-support/fixtures';

const devpolicy = atlasSource(
  1,
  'Remittances: biggest export earner for Timor-Leste after oil',
  'https://devpolicy.org/remittances',
  'Devpolicy Blog',
);
const iom = atlasSource(
  2,
  'First labour migration workshop launched in Timor-Leste',
  'https://iom.int/news/first-labour-migration-workshop',
  'IOM',
);
const abroad = { code: 'NATIONALS_ABROAD', name: 'Nationals living abroad', unit: 'persons', translations: [] };
const share = {
  code: 'REMITTANCES_PCT_GDP',
  name: 'Remittances, share of GDP',
  unit: 'percent of GDP',
  translations: [],
};
const indicators = [abroad, share];
/** What a figure sends when its year is the described one and it has no breakdown. */
const notBrokenDown = { yearStated: true, destination: null, phase: null };
const census: RecordedStatistic = {
  yearStated: true,
  destination: null,
  phase: null,
  id: 'Q291bnRyeVN0YXRpc3RpYzox',
  version: 1,
  indicator: abroad,
  year: 2015,
  value: 18129,
  sex: 'TOTAL',
  note: 'Household members abroad, 2015 census.',
  source: devpolicy,
};
const gdpShare: RecordedStatistic = {
  ...census,
  id: 'Q291bnRyeVN0YXRpc3RpYzoy',
  indicator: share,
  year: 2011,
  value: 12,
  note: null,
  source: iom,
};

const page = (statistics: RecordedStatistic[] = [census, gdpShare]): ResultOf<typeof StatisticsFormQuery> => ({
  country: { id: 'Q291bnRyeToxMQ', code: 'TL', name: 'Timor-Leste', statistics },
  indicators,
});

const renderAs = (role: Parameters<typeof renderSignedIn>[0], answers: ApiAnswers) =>
  renderSignedIn(role, '/countries/TL/statistics', <CountryStatisticsPage code="tl" />, {
    CountryStatisticsForm: page(),
    ...answers,
  });

const row = (n: number) => screen.getByRole('group', { name: `New statistic ${n}` });
const field = (n: number, role: 'combobox' | 'spinbutton' | 'textbox', name: string) =>
  within(row(n)).getByRole(role, { name });

describe('a country’s statistics page', () => {
  it('adds several figures at once, one citing a source found by searching, one a new source, and confirms', async () => {
    const { requests } = renderAs('EDITOR', {
      SourceSearch: ({ search }) => ({ sourcesConnection: { nodes: String(search) === 'workshop' ? [iom] : [] } }),
      RecordCountryStatistics: { recordCountryStatistics: [{ id: 'a' }, { id: 'b' }] },
    });
    const user = userEvent.setup();
    await screen.findByRole('group', { name: 'New statistic 1' });
    await user.selectOptions(field(1, 'combobox', 'Indicator'), abroad.code);
    await user.type(field(1, 'spinbutton', 'Year'), '2024');
    await user.type(field(1, 'spinbutton', 'Value'), '21000');
    expect(within(row(1)).getByText('In persons.')).toBeTruthy();
    await user.type(within(row(1)).getByRole('searchbox', { name: 'Find a source' }), 'workshop');
    await within(row(1)).findByText('1 found: choose one below.');
    await user.selectOptions(field(1, 'combobox', 'Cited source'), iom.id);

    await user.click(screen.getByRole('button', { name: 'Add row' }));
    await user.selectOptions(field(2, 'combobox', 'Indicator'), share.code);
    await user.type(field(2, 'spinbutton', 'Year'), '2024');
    await user.type(field(2, 'spinbutton', 'Value'), '2.5');
    await user.selectOptions(field(2, 'combobox', 'Sex'), 'FEMALE');
    await user.click(within(row(2)).getByRole('radio', { name: 'A new source' }));
    await user.type(field(2, 'textbox', 'Title'), 'Labour migration survey 2024');
    await user.type(field(2, 'textbox', 'Address (URL)'), 'https://example.org/survey-2024');
    await user.type(field(2, 'textbox', 'Publisher'), 'SEFOPE');
    await user.click(screen.getByRole('button', { name: 'Add the 2 statistics' }));

    expect((await screen.findByText('Saved: 2 statistics added to Timor-Leste.')).getAttribute('role')).toBe('status');
    expect(lastVariables(requests, 'RecordCountryStatistics')).toEqual({
      code: 'TL',
      rows: [
        {
          indicatorCode: abroad.code,
          year: 2024,
          value: 21000,
          sex: 'TOTAL',
          ...notBrokenDown,
          note: null,
          source: { sourceId: iom.id },
        },
        {
          indicatorCode: share.code,
          year: 2024,
          value: 2.5,
          sex: 'FEMALE',
          ...notBrokenDown,
          note: null,
          source: {
            title: 'Labour migration survey 2024',
            url: 'https://example.org/survey-2024',
            publisher: 'SEFOPE',
            publishedOn: null,
          },
        },
      ],
    });
    expect(screen.getAllByRole('group', { name: /^New statistic/ })).toHaveLength(1);
    expect(requests.filter((r) => r.operationName === 'CountryStatisticsForm').length).toBeGreaterThan(1);
  });

  it('checks every row with the shared rules before sending: each problem beside its field, at once', async () => {
    const { requests } = renderAs('EDITOR', {});
    const user = userEvent.setup();
    await screen.findByRole('group', { name: 'New statistic 1' });
    for (let n = 2; n <= 4; n++) await user.click(screen.getByRole('button', { name: 'Add row' }));
    // 1: no source; 2: year 2099; 3: a percentage of 150; 4: a negative count.
    const fill = async (n: number, indicator: string, year: string, value: string, source = true) => {
      await user.selectOptions(field(n, 'combobox', 'Indicator'), indicator);
      await user.type(field(n, 'spinbutton', 'Year'), year);
      await user.type(field(n, 'spinbutton', 'Value'), value);
      if (source) await user.selectOptions(field(n, 'combobox', 'Cited source'), devpolicy.id);
    };
    await fill(1, abroad.code, '2024', '100', false);
    await fill(2, abroad.code, '2099', '100');
    await fill(3, share.code, '2024', '150');
    await fill(4, abroad.code, '2024', '-40');
    await user.click(screen.getByRole('button', { name: 'Add the 4 statistics' }));

    await expect
      .poll(() => problemBeside(field(1, 'combobox', 'Cited source')))
      .toBe('choose a source, or give a new one’s title and address');
    expect(problemBeside(field(2, 'spinbutton', 'Year'))).toMatch(/^must be a year from 1900 to 20\d\d$/);
    expect(problemBeside(field(3, 'spinbutton', 'Value'))).toBe('must be a percentage from 0 to 100');
    expect(problemBeside(field(4, 'spinbutton', 'Value'))).toBe(
      'must be a whole number of persons from 0 to 10,000,000,000',
    );
    expect(problemBeside(field(1, 'spinbutton', 'Value'))).toBeNull();
    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'New statistic 1 › Source',
      'New statistic 2 › Year',
      'New statistic 3 › Value',
      'New statistic 4 › Value',
    ]);
    expect(requests.some((r) => r.operationName === 'RecordCountryStatistics')).toBe(false);
  });

  it('shows the API’s problems beside the right row and field, and keeps what was typed', async () => {
    renderAs('EDITOR', {
      RecordCountryStatistics: badUserInput([
        { path: 'rows[1].source', message: 'this source already gives Timor-Leste’s nationals living abroad in 2015' },
        { path: 'rows[0].source.sourceId', message: 'no such source' },
      ]),
    });
    const user = userEvent.setup();
    await screen.findByRole('group', { name: 'New statistic 1' });
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    for (const n of [1, 2]) {
      await user.selectOptions(field(n, 'combobox', 'Indicator'), abroad.code);
      await user.type(field(n, 'spinbutton', 'Year'), '2015');
      await user.type(field(n, 'spinbutton', 'Value'), `1000${n}`);
      await user.selectOptions(field(n, 'combobox', 'Cited source'), devpolicy.id);
    }
    await user.click(screen.getByRole('button', { name: 'Add the 2 statistics' }));
    await expect
      .poll(() => problemBeside(field(2, 'combobox', 'Cited source')))
      .toBe('this source already gives Timor-Leste’s nationals living abroad in 2015');
    expect(problemBeside(field(1, 'combobox', 'Cited source'))).toBe('no such source');
    expect(field(2, 'spinbutton', 'Value')).toHaveProperty('value', '10002');
    expect(screen.queryByText(/^Saved:/)).toBeNull();
  });

  it('corrects a figure; after a conflict it loads the latest version, keeps the edit and says what changed', async () => {
    let saves = 0;
    const { requests } = renderAs('EDITOR', {
      CountryStatisticsForm: () =>
        saves === 0 ? page() : page([{ ...census, version: 2, note: 'Revised by a colleague.' }, gdpShare]),
      UpdateCountryStatistic: () => {
        saves += 1;
        return saves === 1 ? conflictAt(2) : { updateCountryStatistic: { id: census.id, version: 3 } };
      },
    });
    const user = userEvent.setup();
    const item = await screen.findByRole('listitem', { name: 'Nationals living abroad, 2015: 18,129 persons' });
    await user.click(within(item).getByRole('button', { name: /^Correct/ }));
    const editor = within(item).getByRole('form', { name: 'Correct this statistic' });
    const value = within(editor).getByRole('spinbutton', { name: 'Value' });
    await user.clear(value);
    await user.type(value, '18200');
    await user.click(within(editor).getByRole('button', { name: 'Save the correction' }));

    const notice = await within(item).findByRole('alert');
    expect(notice.textContent).toContain('Someone else saved this statistic while you were editing it');
    await user.click(within(notice).getByRole('button', { name: 'Load the latest version and keep my edits' }));
    await within(item).findByText(/They changed: Note\./);
    expect(within(editor).getByRole('textbox', { name: 'Note' })).toHaveProperty('value', 'Revised by a colleague.');
    expect(value).toHaveProperty('value', '18200');
    await user.click(within(editor).getByRole('button', { name: 'Save the correction' }));

    expect(await screen.findByText('Saved: Nationals living abroad, 2015 of Timor-Leste corrected.')).toBeTruthy();
    expect(lastVariables(requests, 'UpdateCountryStatistic')).toEqual({
      id: census.id,
      expectedVersion: 2,
      input: {
        indicatorCode: abroad.code,
        year: 2015,
        value: 18200,
        sex: 'TOTAL',
        ...notBrokenDown,
        note: 'Revised by a colleague.',
        source: { sourceId: devpolicy.id },
      },
    });
  });

  it('names a figure with its breakdown, and corrects it keeping the breakdown it has', async () => {
    const inMalaysia: RecordedStatistic = {
      ...census,
      id: 'Q291bnRyeVN0YXRpc3RpYzoz',
      value: 5000,
      note: null,
      destination: 'MY',
      phase: 'Phase 2',
    };
    const { requests } = renderAs('EDITOR', {
      CountryStatisticsForm: page([census, inMalaysia]),
      UpdateCountryStatistic: { updateCountryStatistic: { id: inMalaysia.id, version: 2 } },
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('listitem', { name: 'Nationals living abroad, 2015: 18,129 persons' })).toBeTruthy();
    const item = screen.getByRole('listitem', {
      name: 'Nationals living abroad, 2015, to Malaysia, Phase 2: 5,000 persons',
    });
    await user.click(within(item).getByRole('button', { name: /^Correct/ }));
    const editor = within(within(item).getByRole('form', { name: 'Correct this statistic' }));
    expect(editor.getByRole('textbox', { name: 'Destination country' })).toHaveProperty('value', 'MY');
    expect(editor.getByText('Malaysia (MY).')).toBeTruthy();
    const phase = editor.getByRole('textbox', { name: 'Programme phase' });
    expect(phase).toHaveProperty('value', 'Phase 2');
    await user.clear(phase);
    await user.selectOptions(
      editor.getByRole('combobox', { name: 'The year is' }),
      'only the year the source was published (it states no other)',
    );
    await user.click(editor.getByRole('button', { name: 'Save the correction' }));

    expect(
      await screen.findByText(
        'Saved: Nationals living abroad, 2015, year of publication, to Malaysia of Timor-Leste corrected.',
      ),
    ).toBeTruthy();
    expect(lastVariables(requests, 'UpdateCountryStatistic')).toMatchObject({
      id: inMalaysia.id,
      expectedVersion: 1,
      input: { value: 5000, yearStated: false, destination: 'MY', phase: null },
    });
  });

  it('deletes a figure at its version after a confirmation', async () => {
    let deleted = false;
    const { requests } = renderAs('ADMIN', {
      CountryStatisticsForm: () => page(deleted ? [census] : [census, gdpShare]),
      DeleteCountryStatistic: () => {
        deleted = true;
        return { deleteCountryStatistic: true };
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'Recorded statistics (2)' })).toBeTruthy();
    const which = 'Remittances, share of GDP, 2011: 12 percent of GDP';
    await user.click(screen.getByRole('button', { name: `Delete ${which}` }));
    const confirm = screen.getByRole('group', { name: `Delete ${which}?` });
    expect(requests.some((r) => r.operationName === 'DeleteCountryStatistic')).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: 'Yes, delete it' }));

    expect(await screen.findByRole('heading', { name: 'Recorded statistics (1)' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'Deleted: Remittances, share of GDP, 2011 of Timor-Leste. Its history keeps it, to restore.',
    );
    expect(lastVariables(requests, 'DeleteCountryStatistic')).toEqual({ id: gdpShare.id, expectedVersion: 1 });
  });

  it('lists the statistics’ history by figure, and removes an added one again from it', async () => {
    const added: RevisionEntry = {
      id: 'UmV2aXNpb246OQ',
      action: 'CREATE',
      entityGlobalId: 'Q291bnRyeVN0YXRpc3RpYzo5',
      createdAt: '2026-05-01T10:00:00.000Z',
      version: 1,
      note: null,
      before: null,
      after: { countryCode: 'TL', indicatorCode: abroad.code, year: 2024, value: 21000, sex: 'TOTAL', version: 1 },
      user: { id: 'VXNlcjoy', name: 'Ed Itor' },
    };
    const { requests } = renderAs('EDITOR', {
      CountryStatisticRevisions: { country: { id: 'Q291bnRyeToxMQ', statisticRevisions: [added] } },
      RestoreRevision: { restoreRevision: null },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'History of the statistics' }));
    const item = await screen.findByRole('listitem', { name: 'Nationals living abroad, 2024' });
    expect(item.textContent).toMatch(/Created.*by Ed Itor · version 1 · current/);
    await user.click(within(item).getByRole('button', { name: 'Restore the state before this change' }));
    const confirm = within(item).getByRole('group', { name: 'Confirm the restore' });
    expect(confirm.textContent).toContain('Remove the record again, as it was before it was created?');
    await user.click(within(confirm).getByRole('button', { name: 'Yes, restore' }));

    expect(await screen.findByText('Removed the record again.')).toBeTruthy();
    expect(lastVariables(requests, 'RestoreRevision')).toEqual({ id: added.id, before: true });
  });

  it('is for editors only', async () => {
    const { requests } = renderAs('CONTRIBUTOR', {});
    await expectContributorTurnedAway(requests, 'edit country statistics');
  });
});

describe('a country’s statistics page in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('lists, corrects, deletes and adds figures in Indonesian', async () => {
    renderSignedInIndonesian('EDITOR', '/countries/TL/statistics', <CountryStatisticsPage code="tl" />, {
      CountryStatisticsForm: page(),
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 2, name: 'Statistik yang tercatat (2)' })).toBeTruthy();
    const figure = screen.getByRole('listitem', { name: 'Nationals living abroad, 2015: 18.129 persons' });
    expect(
      within(figure).getByRole('button', { name: 'Koreksi Nationals living abroad, 2015: 18.129 persons' }),
    ).toBeTruthy();
    await user.click(
      within(figure).getByRole('button', { name: 'Hapus Nationals living abroad, 2015: 18.129 persons' }),
    );
    expect(
      within(figure).getByRole('group', { name: 'Hapus Nationals living abroad, 2015: 18.129 persons?' }),
    ).toBeTruthy();
    expect(within(figure).getByRole('button', { name: 'Jangan hapus' })).toBeTruthy();
    const first = screen.getByRole('group', { name: 'Statistik baru 1' });
    expect(within(first).getByRole('radio', { name: 'Sumber baru' })).toBeTruthy();
    expect(within(first).getByRole('combobox', { name: 'Sumber yang dikutip' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tambahkan statistik' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tambah baris' }));
    expect(screen.getByRole('button', { name: 'Tambahkan 2 statistik' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hapus statistik baru 2' })).toBeTruthy();
  });
});
