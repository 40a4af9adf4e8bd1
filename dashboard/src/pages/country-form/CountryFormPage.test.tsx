import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { SavedNotice } from '../../editing/Confirmation';
import type { ResultOf } from '../../graphql';
import { loadCatalog } from '../../i18n/catalogs';
import { badUserInput, conflictAt, lastVariables, problemBeside } from '../../test-support/mutation-answers';
import { renderSignedIn, renderSignedInIndonesian } from '../../test-support/signed-in';
import { expectContributorTurnedAway } from '../../test-support/editors-only';
import CountryFormPage from './CountryFormPage';
import type { CountryEditQuery } from './queries';
import { atlasSource } from '../../test-support/fixtures';

type Country = NonNullable<ResultOf<typeof CountryEditQuery>['country']>;

const uu18 = atlasSource(1, 'Undang-Undang Nomor 18 Tahun 2017', 'https://peraturan.info/uu/2017/18');
const indonesia: Country = {
  id: 'Q291bnRyeTox',
  version: 4,
  code: 'ID',
  name: 'Indonesia',
  iso3: 'IDN',
  memberSince: '1967-08-08',
  leadAgency: 'Ministry of Manpower (Kemnaker)',
  migrationProfile: 'ORIGIN',
  summary: 'Indonesia, a founding member of ASEAN, is mainly a country of origin.',
  legalInstruments: [
    {
      id: 'TGVnYWw6MQ',
      title: 'Law No. 18 of 2017 on the Protection of Indonesian Migrant Workers',
      year: 2017,
      date: '2017',
      summary: null,
      sources: [uu18],
    },
  ],
};
const saved = { upsertCountry: { id: indonesia.id, code: 'ID', version: 5 } };

const renderForm = (
  answers: Parameters<typeof renderSignedIn>[3],
  role: Parameters<typeof renderSignedIn>[0] = 'EDITOR',
) =>
  renderSignedIn(role, '/countries/id/edit', <CountryFormPage code="id" />, {
    CountryEdit: { country: indonesia },
    ...answers,
  });

const instrument = (n: number) => screen.getByRole('group', { name: `Law or policy ${n}` });

describe('editing a country entry', () => {
  it('loads the entry as it is now and saves it whole, then shows the country', async () => {
    const { requests, current } = renderForm({ UpsertCountry: saved });
    const user = userEvent.setup();
    const name = await screen.findByRole('textbox', { name: 'Name' });
    expect(name).toHaveProperty('value', 'Indonesia');
    expect(screen.getByRole('combobox', { name: 'Migration profile' })).toHaveProperty('value', 'ORIGIN');
    expect(within(instrument(1)).getByRole('link', { name: uu18.title })).toBeTruthy();
    expect(lastVariables(requests, 'CountryEdit')).toEqual({ code: 'ID' });

    await user.type(screen.getByRole('textbox', { name: 'Lead agency' }), ' and BP2MI');
    await user.click(screen.getByRole('button', { name: 'Save the country entry' }));
    await expect.poll(current).toBe('/countries/ID');
    expect(lastVariables(requests, 'UpsertCountry')).toEqual({
      expectedVersion: 4,
      input: {
        code: 'ID',
        name: 'Indonesia',
        iso3: 'IDN',
        memberSince: '1967-08-08',
        leadAgency: 'Ministry of Manpower (Kemnaker) and BP2MI',
        migrationProfile: 'ORIGIN',
        summary: indonesia.summary,
        legalInstruments: [
          {
            title: indonesia.legalInstruments[0]!.title,
            year: 2017,
            date: '2017',
            summary: null,
            sourceIds: [uu18.id],
          },
        ],
      },
    });
  });

  it('names five mistakes as five messages at once before sending, each beside its field: the second law’s, not the first’s', async () => {
    const { requests } = renderForm({});
    const user = userEvent.setup();
    await user.clear(await screen.findByRole('textbox', { name: 'Name' }));
    await user.clear(await screen.findByRole('textbox', { name: 'ASEAN member since' }));
    await user.click(screen.getByRole('button', { name: 'Add a law or policy' }));
    const second = instrument(2);
    await user.type(within(second).getByRole('textbox', { name: 'Title' }), 'Migrant Workers Act');
    await user.type(within(second).getByRole('spinbutton', { name: 'Year adopted' }), '1850');
    await user.type(within(second).getByRole('textbox', { name: 'Date adopted' }), '2019-02-30');
    await user.click(screen.getByRole('button', { name: 'Save the country entry' }));

    const year = within(second).getByRole('spinbutton', { name: 'Year adopted' });
    await expect.poll(() => problemBeside(year)).toBe(`must be a year from 1900 to ${new Date().getUTCFullYear() + 5}`);
    expect(problemBeside(within(second).getByRole('textbox', { name: 'Date adopted' }))).toBe(
      '2019-02-30 is not a day on the calendar',
    );
    expect(within(second).getByText('cite at least one source')).toBeTruthy();
    expect(problemBeside(screen.getByRole('textbox', { name: 'ASEAN member since' }))).toBe('required');
    expect(problemBeside(within(instrument(1)).getByRole('spinbutton', { name: 'Year adopted' }))).toBeNull();
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Nothing was saved');
    expect(within(summary).getAllByRole('listitem')).toHaveLength(5);
    expect(problemBeside(screen.getByRole('textbox', { name: 'Name' }))).toBe('required');
    expect(within(summary).getByRole('link', { name: 'Law or policy 2 › Year adopted' }).getAttribute('href')).toBe(
      '#field-input-legalInstruments-1-year',
    );
    expect(requests.some((request) => request.operationName === 'UpsertCountry')).toBe(false);
  });

  it('shows every problem the API finds in the same round: a code taken, a source gone', async () => {
    const { requests } = renderForm({
      UpsertCountry: badUserInput([
        { path: 'input.iso3', message: 'is already the code of Iceland (IS)' },
        { path: 'input.legalInstruments[0].sourceIds[0]', message: 'no such source' },
      ]),
    });
    const user = userEvent.setup();
    const iso3 = await screen.findByRole('textbox', { name: 'ISO 3166-1 alpha-3 code' });
    await user.clear(iso3);
    await user.type(iso3, 'ISL');
    await user.click(screen.getByRole('button', { name: 'Save the country entry' }));
    await expect.poll(() => problemBeside(iso3)).toBe('is already the code of Iceland (IS)');
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['ISO alpha-3 code: is already the code of Iceland (IS)', 'Law or policy 1 › Sources 1: no such source']);
    expect(requests.filter((request) => request.operationName === 'UpsertCountry')).toHaveLength(1);
  });

  it('says on the country’s page that the entry was saved', async () => {
    const { current } = renderSignedIn(
      'EDITOR',
      '/countries/id/edit',
      <Switch>
        <Route path="/countries/:code/edit">{({ code }) => <CountryFormPage code={code} />}</Route>
        <Route path="/countries/:code">{({ code }) => <SavedNotice recordKey={code} />}</Route>
      </Switch>,
      { CountryEdit: { country: indonesia }, UpsertCountry: saved },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Save the country entry' }));
    await expect.poll(current).toBe('/countries/ID');
    expect((await screen.findByRole('status')).textContent).toBe('Country entry saved (version 5).');
  });

  it('after a conflict, loads the latest version, keeps the edits and saves on top of it', async () => {
    const latest: Country = { ...indonesia, version: 6, summary: 'Indonesia sends more than 270,000 workers a year.' };
    let saves = 0;
    let loads = 0;
    const { requests, current } = renderForm({
      CountryEdit: () => ({ country: loads++ === 0 ? indonesia : latest }),
      UpsertCountry: () => (saves++ === 0 ? conflictAt(6) : saved),
    });
    const user = userEvent.setup();
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Republic of Indonesia');
    await user.click(screen.getByRole('button', { name: 'Save the country entry' }));

    const notice = await screen.findByRole('heading', { name: /Someone else saved this country entry/ });
    expect(notice).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Load the latest version and keep my edits' }));
    expect(await screen.findByText(/They changed: Summary\./)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveProperty('value', 'Republic of Indonesia');
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveProperty('value', latest.summary);

    await user.click(screen.getByRole('button', { name: 'Save the country entry' }));
    await expect.poll(current).toBe('/countries/ID');
    const sent = lastVariables(requests, 'UpsertCountry') as { expectedVersion: number; input: Country };
    expect(sent.expectedVersion).toBe(6);
    expect(sent.input.name).toBe('Republic of Indonesia');
    expect(sent.input.summary).toBe(latest.summary);
  });

  it('is for editors only', async () => {
    const { requests } = renderForm({}, 'CONTRIBUTOR');
    await expectContributorTurnedAway(requests, 'edit country entries');
  });

  it('asks an anonymous reader to sign in', async () => {
    renderForm({}, null);
    expect((await screen.findByRole('link', { name: 'Sign in' })).getAttribute('href')).toBe(
      `/sign-in?next=${encodeURIComponent('/countries/id/edit')}`,
    );
  });
});

describe('editing a country entry in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('names the fields, the laws and the actions in Indonesian', async () => {
    renderSignedInIndonesian('EDITOR', '/countries/id/edit', <CountryFormPage code="id" />, {
      CountryEdit: { country: indonesia },
    });
    expect(await screen.findByRole('textbox', { name: 'Nama' })).toHaveProperty('value', 'Indonesia');
    expect(screen.getByRole('heading', { level: 1, name: 'Sunting entri negara' })).toBeTruthy();
    expect(screen.getByText(/, versi 4\. Statistik utamanya memiliki halaman tersendiri/)).toBeTruthy();
    const profile = screen.getByRole('combobox', { name: 'Profil migrasi' });
    expect(profile).toHaveProperty('value', 'ORIGIN');
    expect(within(profile).getByRole('option', { name: 'Asal' })).toBeTruthy();
    const law = screen.getByRole('group', { name: 'Undang-undang atau kebijakan 1' });
    expect(within(law).getByRole('spinbutton', { name: 'Tahun disahkan' })).toHaveProperty('value', '2017');
    expect(within(law).getByRole('button', { name: 'Hapus undang-undang atau kebijakan 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Simpan entri negara' })).toBeTruthy();
  });
});
