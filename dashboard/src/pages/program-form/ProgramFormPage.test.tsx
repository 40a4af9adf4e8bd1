import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { SavedNotice } from '../../editing/Confirmation';
import type { ResultOf } from '../../graphql';
import { loadCatalog } from '../../i18n/catalogs';
import ProgramFormPage from './ProgramFormPage';
import type { EditedProgram, ProgramCountriesQuery } from './queries';
import type { SourceByIdQuery } from '../../editing/source-queries';
import { badUserInput, conflictAt, lastVariables, problemBeside } from '../../test-support/mutation-answers';
import { renderSignedIn, renderSignedInIndonesian } from '../../test-support/signed-in';
import { expectContributorTurnedAway } from '../../test-support/editors-only';
import { DESMIGRATIF_ID, KATADATA, KONTAN, atlasSource } from '../../test-support/fixtures';

const ID = DESMIGRATIF_ID;
const katadata = KATADATA;
const kontan = KONTAN;
const antara = atlasSource(
  3,
  'Kemnaker tambah 150 Desmigratif pada 2019',
  'https://m.antaranews.com/amp/berita/788270',
  'Antara',
  '2019-01-15',
);
const countries: ResultOf<typeof ProgramCountriesQuery>['countries'] = [
  { code: 'ID', name: 'Indonesia' },
  { code: 'PH', name: 'Philippines' },
];
/** Fields the edit leaves alone: the form sends them back as they were loaded. */
const keptAsLoaded: Pick<
  EditedProgram,
  'dimensions' | 'levels' | 'stakeholders' | 'targetGroups' | 'partners' | 'components'
> = {
  dimensions: ['ECONOMIC', 'SOCIAL'],
  levels: ['COMMUNITY'],
  stakeholders: ['GOVERNMENT'],
  targetGroups: ['WOMEN'],
  partners: ['Provincial and district governments'],
  components: [
    { name: 'Migration services', description: 'Information and services in the village.' },
    { name: 'Productive enterprise', description: null },
  ],
};
const desmigratif: EditedProgram = {
  id: ID,
  version: 3,
  name: 'Productive Migrant Village',
  acronym: 'Desmigratif',
  localName: 'Desa Migran Produktif',
  country: { code: 'ID' },
  leadAgency: 'Ministry of Manpower (Kemnaker)',
  status: 'ACTIVE',
  kind: 'REINTEGRATION',
  reach: 'NATIONAL',
  partnerCountries: [],
  startYear: 2016,
  endYear: null,
  summary: 'Village-based services for migrant workers and returnees.',
  ...keptAsLoaded,
  sources: [katadata, kontan],
};
const updated = { updateProgram: { id: ID, version: 4 } };

const editAs = (answers: Parameters<typeof renderSignedIn>[3]) =>
  renderSignedIn('EDITOR', `/programs/${ID}/edit`, <ProgramFormPage id={ID} />, {
    ProgramEdit: { program: desmigratif, countries },
    ...answers,
  });

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save the programme' }));

describe('editing a programme', () => {
  it('loads the programme, replaces a source by one already in the Atlas, and saves', async () => {
    const existing: ResultOf<typeof SourceByIdQuery> = { node: { __typename: 'Source', ...antara } };
    const { requests, current } = editAs({
      UpdateProgram: updated,
      CreateSource: badUserInput([
        {
          path: 'input.url',
          message: `is already cited as source ${antara.id} (“${antara.title}”): use that one`,
          code: 'SOURCE_ALREADY_CITED',
          values: { id: antara.id, title: antara.title },
        },
      ]),
      SourceById: existing,
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('textbox', { name: 'Name in English' })).toHaveProperty('value', desmigratif.name);
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveProperty('value', 'ID');
    expect(screen.getByRole('checkbox', { name: 'Economic' })).toHaveProperty('checked', true);
    expect(screen.getByRole('textbox', { name: 'Partners' })).toHaveProperty('value', desmigratif.partners[0]);

    await user.click(screen.getByRole('button', { name: `Remove source: ${kontan.title}` }));
    await user.click(screen.getByRole('button', { name: 'Add a new source' }));
    const panel = screen.getByRole('group', { name: 'New source' });
    await user.type(within(panel).getByRole('textbox', { name: 'Title' }), 'Desmigratif on Antara');
    await user.type(within(panel).getByRole('textbox', { name: 'Address (URL)' }), antara.url);
    await user.click(within(panel).getByRole('button', { name: 'Add this source' }));

    const url = within(panel).getByRole('textbox', { name: 'Address (URL)' });
    await expect.poll(() => problemBeside(url)).toContain(`is already cited as source ${antara.id}`);
    expect(lastVariables(requests, 'CreateSource')).toEqual({
      input: {
        title: 'Desmigratif on Antara',
        url: antara.url,
        publisher: null,
        publishedOn: null,
        language: null,
        weak: false,
      },
    });
    await user.click(await within(panel).findByRole('button', { name: 'Cite this source instead' }));
    const sources = screen.getByRole('group', { name: /^Sources/ });
    expect(
      within(sources)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([`${katadata.title} (Katadata)`, `${antara.title} (Antara, 2019-01-15)`]);
    expect(screen.queryByRole('group', { name: 'New source' })).toBeNull();

    await save();
    await expect.poll(current).toBe(`/programs/${ID}`);
    expect(lastVariables(requests, 'UpdateProgram')).toEqual({
      id: ID,
      expectedVersion: 3,
      input: {
        name: desmigratif.name,
        acronym: 'Desmigratif',
        localName: 'Desa Migran Produktif',
        countryCode: 'ID',
        leadAgency: desmigratif.leadAgency,
        status: 'ACTIVE',
        kind: 'REINTEGRATION',
        reach: 'NATIONAL',
        partnerCountryCodes: [],
        startYear: 2016,
        endYear: null,
        summary: desmigratif.summary,
        ...keptAsLoaded,
        sourceIds: [katadata.id, antara.id],
      },
    });
  });

  it('runs a programme in several member states: the partner states asked for, the lead state not among them', async () => {
    const { requests, current } = editAs({ UpdateProgram: updated });
    const user = userEvent.setup();
    const reach = await screen.findByRole('combobox', { name: /^Reach/ });
    expect(reach).toHaveProperty('value', 'NATIONAL');
    expect(screen.queryByRole('group', { name: /^Other member states it runs in/ })).toBeNull();
    await user.selectOptions(reach, 'MULTI_COUNTRY');
    const partners = screen.getByRole('group', { name: /^Other member states it runs in/ });
    expect(within(partners).queryByRole('checkbox', { name: 'Indonesia' })).toBeNull();
    await save();
    await expect.poll(() => within(partners).queryByText('name the other member states it runs in')).toBeTruthy();
    expect(requests.some((request) => request.operationName === 'UpdateProgram')).toBe(false);

    await user.click(within(partners).getByRole('checkbox', { name: 'Philippines' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Kind/ }), 'RETURN');
    await save();
    await expect.poll(current).toBe(`/programs/${ID}`);
    expect(lastVariables(requests, 'UpdateProgram')).toMatchObject({
      input: { countryCode: 'ID', kind: 'RETURN', reach: 'MULTI_COUNTRY', partnerCountryCodes: ['PH'] },
    });
  });

  it('names five mistakes as five messages at once before sending: an end before the start, the second component’s empty name, a year out of range, …', async () => {
    const { requests } = editAs({});
    const user = userEvent.setup();
    await user.clear(await screen.findByRole('textbox', { name: 'Name in English' }));
    await user.clear(screen.getByRole('textbox', { name: 'Lead agency' }));
    await user.type(await screen.findByRole('spinbutton', { name: 'End year' }), '2010');
    const second = screen.getByRole('group', { name: 'Component 2' });
    await user.clear(within(second).getByRole('textbox', { name: 'Name' }));
    const start = screen.getByRole('spinbutton', { name: 'Start year' });
    await user.clear(start);
    await user.type(start, '2099');
    await save();

    const years = `must be a year from 1900 to ${new Date().getUTCFullYear() + 5}`;
    const endYear = screen.getByRole('spinbutton', { name: 'End year' });
    await expect.poll(() => problemBeside(start)).toBe(years);
    expect(problemBeside(endYear)).toBe('must not be before the start year');
    expect(problemBeside(within(second).getByRole('textbox', { name: 'Name' }))).toBe('required');
    const first = screen.getByRole('group', { name: 'Component 1' });
    expect(problemBeside(within(first).getByRole('textbox', { name: 'Name' }))).toBeNull();
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Component 2 › Name' }).getAttribute('href')).toBe(
      '#field-input-components-1-name',
    );
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((entry) => entry.textContent),
    ).toEqual([
      'Name in English: required',
      'Lead agency: required',
      `Start year: ${years}`,
      'Component 2 › Name: required',
      'End year: must not be before the start year',
    ]);
    expect(requests.some((request) => request.operationName === 'UpdateProgram')).toBe(false);
  });

  it('shows every problem the API finds in the same round: a source and a country no longer in the Atlas', async () => {
    const { requests } = editAs({
      UpdateProgram: badUserInput([
        { path: 'input.countryCode', message: 'no such member state' },
        { path: 'input.sourceIds[1]', message: 'no such source' },
      ]),
    });
    await screen.findByRole('textbox', { name: 'Name in English' });
    await save();
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Country: no such member state', 'Sources 2: no such source']);
    expect(problemBeside(screen.getByRole('combobox', { name: 'Country' }))).toBe('no such member state');
    expect(requests.filter((request) => request.operationName === 'UpdateProgram')).toHaveLength(1);
  });

  it('checks a new source before adding it, beside its own fields, then cites it once added', async () => {
    const created = { createSource: { ...antara, id: 'U291cmNlOjk', publishedOn: null, weak: true } };
    const { requests } = editAs({ CreateSource: created });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a new source' }));
    const panel = screen.getByRole('group', { name: 'New source' });
    await user.type(within(panel).getByRole('textbox', { name: 'Title' }), antara.title);
    await user.type(within(panel).getByRole('textbox', { name: 'Address (URL)' }), 'ftp://antaranews.com/788270');
    await user.type(within(panel).getByRole('textbox', { name: 'Language' }), 'Indonesian{Enter}');

    const language = within(panel).getByRole('textbox', { name: 'Language' });
    await expect.poll(() => problemBeside(language)).toBe('must be a two-letter language code, such as en or id');
    expect(problemBeside(within(panel).getByRole('textbox', { name: 'Address (URL)' }))).toBe(
      'must be a web address starting with http:// or https://',
    );
    expect(problemBeside(screen.getByRole('textbox', { name: 'Name in English' }))).toBeNull();
    expect(requests.some((request) => request.operationName === 'CreateSource')).toBe(false);

    const url = within(panel).getByRole('textbox', { name: 'Address (URL)' });
    await user.clear(url);
    await user.type(url, antara.url);
    await user.clear(language);
    await user.type(language, 'id');
    // A repost of the article, not Antara's own page: a weak source.
    const weak = within(panel).getByRole('checkbox', { name: 'Weak source' });
    expect(weak.getAttribute('aria-describedby')).toBeTruthy();
    await user.click(weak);
    await user.click(within(panel).getByRole('button', { name: 'Add this source' }));
    expect(await screen.findByRole('button', { name: `Remove source: ${antara.title}` })).toBeTruthy();
    expect(requests.filter((request) => request.operationName === 'CreateSource')).toHaveLength(1);
    expect(lastVariables(requests, 'CreateSource')).toMatchObject({ input: { url: antara.url, weak: true } });
    // Cited, it is marked weak for readers.
    const sources = screen.getByRole('group', { name: /^Sources/ });
    expect(within(sources).getByText('weak source')).toBeTruthy();
  });

  it('after a conflict, loads the latest version, keeps the edits and saves on top of it', async () => {
    const latest: EditedProgram = { ...desmigratif, version: 5, status: 'COMPLETED', endYear: 2024 };
    let loads = 0;
    let saves = 0;
    const { requests, current } = editAs({
      ProgramEdit: () => ({ program: loads++ === 0 ? desmigratif : latest, countries }),
      UpdateProgram: () => (saves++ === 0 ? conflictAt(5) : updated),
    });
    const user = userEvent.setup();
    const summary = await screen.findByRole('textbox', { name: 'Summary' });
    await user.type(summary, ' Over 500 villages.');
    await save();

    await user.click(await screen.findByRole('button', { name: 'Load the latest version and keep my edits' }));
    expect(await screen.findByText(/They changed: Status, End year\./)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveProperty(
      'value',
      `${desmigratif.summary} Over 500 villages.`,
    );
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveProperty('value', 'COMPLETED');

    await save();
    await expect.poll(current).toBe(`/programs/${ID}`);
    expect(lastVariables(requests, 'UpdateProgram')).toMatchObject({
      expectedVersion: 5,
      input: { summary: `${desmigratif.summary} Over 500 villages.`, status: 'COMPLETED', endYear: 2024 },
    });
  });
});

describe('after saving a programme', () => {
  it('says so on the programme’s page', async () => {
    const { current } = renderSignedIn(
      'EDITOR',
      `/programs/${ID}/edit`,
      <Switch>
        <Route path="/programs/:id/edit">{({ id }) => <ProgramFormPage id={id} />}</Route>
        <Route path="/programs/:id">{({ id }) => <SavedNotice recordKey={id} />}</Route>
      </Switch>,
      { ProgramEdit: { program: desmigratif, countries }, UpdateProgram: updated },
    );
    await screen.findByRole('textbox', { name: 'Name in English' });
    await save();
    await expect.poll(current).toBe(`/programs/${ID}`);
    expect((await screen.findByRole('status')).textContent).toBe('Your changes were saved (version 4).');
  });
});

describe('adding a programme', () => {
  it('starts in the country it was added from, asks for everything it lacks at once, and opens the new programme', async () => {
    const { requests, current } = renderSignedIn('ADMIN', '/programs/new?country=PH', <ProgramFormPage />, {
      ProgramCountries: { countries },
      CreateSource: { createSource: antara },
      CreateProgram: { createProgram: { id: 'UmVpbnRlZ3JhdGlvblByb2dyYW06OQ', version: 1 } },
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('combobox', { name: 'Country' })).toHaveProperty('value', 'PH');
    await user.type(screen.getByRole('textbox', { name: 'Name in English' }), 'Balik Pinas, Balik Hanapbuhay');
    await user.click(screen.getByRole('button', { name: 'Add the programme' }));

    const status = screen.getByRole('combobox', { name: 'Status' });
    await expect.poll(() => problemBeside(status)).toBe('choose a status');
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Lead agency: required',
      'Status: choose a status',
      'Summary: required',
      'Sources: cite at least one source',
    ]);
    expect(requests.some((request) => request.operationName === 'CreateProgram')).toBe(false);

    await user.selectOptions(status, 'ACTIVE');
    await user.type(screen.getByRole('textbox', { name: 'Lead agency' }), 'Department of Migrant Workers');
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), 'Livelihood support for returnees.');
    await user.click(screen.getByRole('button', { name: 'Add a new source' }));
    const panel = screen.getByRole('group', { name: 'New source' });
    await user.type(within(panel).getByRole('textbox', { name: 'Title' }), antara.title);
    await user.type(within(panel).getByRole('textbox', { name: 'Address (URL)' }), antara.url);
    await user.click(within(panel).getByRole('button', { name: 'Add this source' }));
    await screen.findByRole('button', { name: `Remove source: ${antara.title}` });
    await user.click(screen.getByRole('button', { name: 'Add the programme' }));

    await expect.poll(current).toBe('/programs/UmVpbnRlZ3JhdGlvblByb2dyYW06OQ');
    expect(lastVariables(requests, 'CreateProgram')).toMatchObject({
      input: { name: 'Balik Pinas, Balik Hanapbuhay', countryCode: 'PH', status: 'ACTIVE', sourceIds: [antara.id] },
    });
  });

  it('is for editors only', async () => {
    const { requests } = renderSignedIn('CONTRIBUTOR', '/programs/new', <ProgramFormPage />, {});
    await expectContributorTurnedAway(requests, 'add programmes');
  });
});

describe('editing a programme in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('names the fields, the member states, the components and the actions in Indonesian', async () => {
    renderSignedInIndonesian('EDITOR', `/programs/${ID}/edit`, <ProgramFormPage id={ID} />, {
      ProgramEdit: { program: desmigratif, countries },
    });
    const name = await screen.findByRole('textbox', { name: 'Nama dalam bahasa Inggris' });
    expect(name).toHaveProperty('value', 'Productive Migrant Village');
    expect(screen.getByRole('heading', { level: 1, name: 'Sunting program' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Catat atau hapus hasilnya' })).toBeTruthy();
    const country = screen.getByRole('combobox', { name: 'Negara' });
    expect(within(country).getByRole('option', { name: 'Filipina' })).toBeTruthy();
    const status = screen.getByRole('combobox', { name: 'Status' });
    expect(within(status).getByRole('option', { name: 'Berjalan' })).toBeTruthy();
    const second = screen.getByRole('group', { name: 'Komponen 2' });
    expect(within(second).getByRole('textbox', { name: 'Deskripsi' })).toBeTruthy();
    expect(within(second).getByRole('button', { name: 'Hapus komponen 2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Simpan program' })).toBeTruthy();
  });
});
