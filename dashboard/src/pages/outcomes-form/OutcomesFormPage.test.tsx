import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResultOf } from '../../graphql';
import { loadCatalog } from '../../i18n/catalogs';
import { badUserInput, lastVariables, problemBeside } from '../../test-support/mutation-answers';
import { renderSignedIn, renderSignedInIndonesian } from '../../test-support/signed-in';
import { expectContributorTurnedAway } from '../../test-support/editors-only';
import OutcomesFormPage from './OutcomesFormPage';
import type { OutcomesFormQuery, OutcomesProgram } from './queries';
import { DESMIGRATIF_ID, KATADATA, KONTAN } from '../../test-support/fixtures';

const ID = DESMIGRATIF_ID;
const katadata = KATADATA;
const kontan = KONTAN;
const newVillages = {
  code: 'DESMIGRATIF_VILLAGES_NEW',
  name: 'New Desmigratif villages',
  unit: 'villages',
  translations: [],
};
const trained = {
  code: 'RETURNEES_TRAINED',
  name: 'Returnees trained',
  unit: 'persons',
  translations: [
    { field: 'name', language: 'id', text: 'Purna pekerja migran yang dilatih', origin: 'ATLAS' as const },
    { field: 'unit', language: 'id', text: 'orang', origin: 'ATLAS' as const },
  ],
};
const indicators: ResultOf<typeof OutcomesFormQuery>['indicators'] = [newVillages, trained];
const pilot = {
  yearStated: true,
  destination: null,
  phase: null,
  id: 'T3V0Y29tZTox',
  indicator: newVillages,
  year: 2016,
  value: 2,
  sex: 'TOTAL' as const,
  note: 'Two pilot villages.',
  source: katadata,
};
const scaleUp = { ...pilot, id: 'T3V0Y29tZToy', year: 2018, value: 130, note: null, source: kontan };
/** What a new row sends when its year is the described one and it has no breakdown. */
const notBrokenDown = { yearStated: true, destination: null, phase: null };
const desmigratif: OutcomesProgram = {
  id: ID,
  name: 'Productive Migrant Village',
  acronym: 'Desmigratif',
  sources: [katadata, kontan],
  outcomes: [pilot, scaleUp],
};

const renderAs = (role: Parameters<typeof renderSignedIn>[0], answers: Parameters<typeof renderSignedIn>[3]) =>
  renderSignedIn(role, `/programs/${ID}/outcomes`, <OutcomesFormPage id={ID} />, {
    OutcomesForm: { program: desmigratif, indicators },
    ...answers,
  });

const row = (n: number) => screen.getByRole('group', { name: `New outcome ${n}` });

/** The live status region (a confirmation) saying `text`. */
const statusSaying = (text: string) => screen.getAllByRole('status').find((status) => status.textContent === text);

async function fillRow(n: number, values: { indicator: string; year: string; value: string; source: string }) {
  const user = userEvent.setup();
  const fields = within(row(n));
  await user.selectOptions(fields.getByRole('combobox', { name: 'Indicator' }), values.indicator);
  await user.type(fields.getByRole('spinbutton', { name: 'Year' }), values.year);
  await user.type(fields.getByRole('spinbutton', { name: 'Value' }), values.value);
  await user.selectOptions(fields.getByRole('combobox', { name: 'Source' }), values.source);
}

describe('a programme’s outcomes', () => {
  it('lists the recorded outcomes and deletes one after a confirmation', async () => {
    let deleted = false;
    const { requests } = renderAs('EDITOR', {
      OutcomesForm: () => ({
        program: { ...desmigratif, outcomes: deleted ? [scaleUp] : [pilot, scaleUp] },
        indicators,
      }),
      DeleteOutcome: () => {
        deleted = true;
        return { deleteOutcome: true };
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'Recorded outcomes (2)' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Delete New Desmigratif villages, 2016: 2' }));
    const confirm = screen.getByRole('group', { name: 'Delete New Desmigratif villages, 2016?' });
    expect(requests.some((request) => request.operationName === 'DeleteOutcome')).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: 'Yes, delete it' }));

    expect(await screen.findByRole('heading', { name: 'Recorded outcomes (1)' })).toBeTruthy();
    expect(statusSaying('Deleted New Desmigratif villages, 2016. Its history keeps it.')).toBeTruthy();
    expect(lastVariables(requests, 'DeleteOutcome')).toEqual({ id: pilot.id });
    expect(screen.queryByRole('button', { name: 'Delete New Desmigratif villages, 2016: 2' })).toBeNull();
  });

  it('names five mistakes in two rows as five messages at once before sending, a value that does not fit its unit too', async () => {
    const { requests } = renderAs('EDITOR', {});
    const user = userEvent.setup();
    await screen.findByRole('group', { name: 'New outcome 1' });
    await fillRow(1, { indicator: trained.code, year: '2099', value: '1200', source: kontan.id });
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    await fillRow(2, { indicator: trained.code, year: '1850', value: '-5', source: kontan.id });
    await user.selectOptions(within(row(2)).getByRole('combobox', { name: 'Source' }), '');
    await user.selectOptions(within(row(1)).getByRole('combobox', { name: 'Indicator' }), '');
    await user.click(screen.getByRole('button', { name: 'Record the 2 outcomes' }));

    const secondValue = within(row(2)).getByRole('spinbutton', { name: 'Value' });
    await expect
      .poll(() => problemBeside(secondValue))
      .toBe('must be a whole number of persons from 0 to 10,000,000,000');
    expect(problemBeside(within(row(2)).getByRole('combobox', { name: 'Source' }))).toBe('choose a source');
    expect(problemBeside(within(row(1)).getByRole('spinbutton', { name: 'Year' }))).toBe(
      `must be a year from 1900 to ${new Date().getUTCFullYear() + 5}`,
    );
    expect(problemBeside(within(row(1)).getByRole('spinbutton', { name: 'Value' }))).toBeNull();
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'New outcome 1 › Indicator',
      'New outcome 1 › Year',
      'New outcome 2 › Year',
      'New outcome 2 › Source',
      'New outcome 2 › Value',
    ]);
    expect(problemBeside(within(row(1)).getByRole('combobox', { name: 'Indicator' }))).toBe('choose an indicator');
    expect(within(row(1)).getByRole('spinbutton', { name: 'Year' })).toHaveProperty('value', '2099');
    expect(requests.some((request) => request.operationName === 'RecordOutcomes')).toBe(false);
  });

  it('shows every problem the API finds in the same round, each beside its row’s field', async () => {
    const { requests } = renderAs('EDITOR', {
      RecordOutcomes: badUserInput([
        { path: 'inputs[0].indicatorCode', message: 'no such indicator' },
        { path: 'inputs[1].sourceId', message: 'no such source' },
      ]),
    });
    const user = userEvent.setup();
    await screen.findByRole('group', { name: 'New outcome 1' });
    await fillRow(1, { indicator: trained.code, year: '2019', value: '1200', source: kontan.id });
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    await fillRow(2, { indicator: trained.code, year: '2020', value: '900', source: kontan.id });
    await user.click(screen.getByRole('button', { name: 'Record the 2 outcomes' }));

    const firstIndicator = within(row(1)).getByRole('combobox', { name: 'Indicator' });
    await expect.poll(() => problemBeside(firstIndicator)).toBe('no such indicator');
    expect(problemBeside(within(row(2)).getByRole('combobox', { name: 'Source' }))).toBe('no such source');
    expect(lastVariables(requests, 'RecordOutcomes')).toEqual({
      inputs: [
        {
          programId: ID,
          indicatorCode: trained.code,
          year: 2019,
          value: 1200,
          sex: 'TOTAL',
          ...notBrokenDown,
          sourceId: kontan.id,
          note: null,
        },
        {
          programId: ID,
          indicatorCode: trained.code,
          year: 2020,
          value: 900,
          sex: 'TOTAL',
          ...notBrokenDown,
          sourceId: kontan.id,
          note: null,
        },
      ],
    });
  });

  it('asks for what a row lacks before sending, then records every row at once', async () => {
    const { requests } = renderAs('ADMIN', {
      RecordOutcomes: { recordOutcomes: [{ id: 'T3V0Y29tZToz' }, { id: 'T3V0Y29tZTo0' }] },
    });
    const user = userEvent.setup();
    await screen.findByRole('group', { name: 'New outcome 1' });
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    await fillRow(1, { indicator: trained.code, year: '2019', value: '1200', source: kontan.id });
    await user.selectOptions(within(row(1)).getByRole('combobox', { name: 'Sex' }), 'FEMALE');
    await user.selectOptions(within(row(2)).getByRole('combobox', { name: 'Indicator' }), trained.code);
    await user.click(screen.getByRole('button', { name: 'Record the 2 outcomes' }));

    await expect
      .poll(() => problemBeside(within(row(2)).getByRole('spinbutton', { name: 'Year' })))
      .toBe(`must be a year from 1900 to ${new Date().getUTCFullYear() + 5}`);
    expect(problemBeside(within(row(2)).getByRole('spinbutton', { name: 'Value' }))).toBe('required');
    expect(problemBeside(within(row(2)).getByRole('combobox', { name: 'Source' }))).toBe('choose a source');
    expect(problemBeside(within(row(1)).getByRole('spinbutton', { name: 'Year' }))).toBeNull();

    await user.type(within(row(2)).getByRole('spinbutton', { name: 'Year' }), '2019');
    await user.type(within(row(2)).getByRole('spinbutton', { name: 'Value' }), '950.5');
    await user.selectOptions(within(row(2)).getByRole('combobox', { name: 'Source' }), kontan.id);
    await user.type(within(row(2)).getByRole('textbox', { name: 'Note' }), 'Men only.');
    await user.click(screen.getByRole('button', { name: 'Record the 2 outcomes' }));
    const value = within(row(2)).getByRole('spinbutton', { name: 'Value' });
    await expect.poll(() => problemBeside(value)).toBe('must be a whole number of persons from 0 to 10,000,000,000');
    expect(requests.some((request) => request.operationName === 'RecordOutcomes')).toBe(false);

    await user.clear(value);
    await user.type(value, '950');
    await user.click(screen.getByRole('button', { name: 'Record the 2 outcomes' }));
    expect(await screen.findByText('Recorded 2 outcomes.')).toBe(statusSaying('Recorded 2 outcomes.'));
    expect(lastVariables(requests, 'RecordOutcomes')).toMatchObject({
      inputs: [
        { year: 2019, value: 1200, sex: 'FEMALE', note: null },
        { year: 2019, value: 950, sex: 'TOTAL', note: 'Men only.' },
      ],
    });
    expect(screen.getAllByRole('group', { name: /^New outcome/ })).toHaveLength(1);
  });

  it('names each recorded figure with its breakdown, so that two of one indicator and year are told apart', async () => {
    const toKorea = { ...pilot, id: 'T3V0Y29tZToz', indicator: trained, year: 2019, value: 310, note: null };
    const published = { ...toKorea, id: 'T3V0Y29tZTo0', value: 95 };
    renderAs('EDITOR', {
      OutcomesForm: {
        program: {
          ...desmigratif,
          outcomes: [
            { ...toKorea, destination: 'KR', phase: 'TRIANGLE I' },
            { ...published, yearStated: false, destination: 'AU' },
          ],
        },
        indicators,
      },
    });
    expect(await screen.findByText('Returnees trained, 2019, to South Korea, TRIANGLE I')).toBeTruthy();
    expect(screen.getByText('Returnees trained, 2019, year of publication, to Australia')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Delete Returnees trained, 2019, year of publication, to Australia: 95' }),
    ).toBeTruthy();
  });

  it('records a new figure broken down by destination and phase, its year one of publication, after checking the code', async () => {
    const { requests } = renderAs('EDITOR', { RecordOutcomes: { recordOutcomes: [{ id: 'T3V0Y29tZTo1' }] } });
    const user = userEvent.setup();
    await screen.findByRole('group', { name: 'New outcome 1' });
    await fillRow(1, { indicator: trained.code, year: '2019', value: '310', source: kontan.id });
    const fields = within(row(1));
    await user.selectOptions(
      fields.getByRole('combobox', { name: 'The year is' }),
      'only the year the source was published (it states no other)',
    );
    const destination = fields.getByRole('textbox', { name: 'Destination country' });
    await user.type(destination, 'Korea');
    await user.type(fields.getByRole('textbox', { name: 'Programme phase' }), 'TRIANGLE II');
    await user.click(screen.getByRole('button', { name: 'Record the outcome' }));
    await expect
      .poll(() => problemBeside(destination))
      .toBe('must be a country code of two capital letters, such as ID or PH');
    expect(requests.some((request) => request.operationName === 'RecordOutcomes')).toBe(false);

    await user.clear(destination);
    await user.type(destination, 'kr');
    expect(fields.getByText('South Korea (KR).')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Record the outcome' }));
    expect(await screen.findByText('Recorded 1 outcome.')).toBeTruthy();
    expect(lastVariables(requests, 'RecordOutcomes')).toEqual({
      inputs: [
        {
          programId: ID,
          indicatorCode: trained.code,
          year: 2019,
          value: 310,
          sex: 'TOTAL',
          yearStated: false,
          destination: 'KR',
          phase: 'TRIANGLE II',
          sourceId: kontan.id,
          note: null,
        },
      ],
    });
  });

  it('is for editors only', async () => {
    const { requests } = renderAs('CONTRIBUTOR', {});
    await expectContributorTurnedAway(requests, 'record programme outcomes');
  });
});

describe('a programme’s outcomes in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('lists, deletes and records outcomes in Indonesian', async () => {
    renderSignedInIndonesian('EDITOR', `/programs/${ID}/outcomes`, <OutcomesFormPage id={ID} />, {
      OutcomesForm: {
        program: { ...desmigratif, outcomes: [pilot, { ...scaleUp, sex: 'FEMALE', value: 1300 }] },
        indicators,
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'Hasil yang tercatat (2)' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Hasil program' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hapus New Desmigratif villages, 2018 (Perempuan): 1.300' }));
    const confirm = screen.getByRole('group', { name: 'Hapus New Desmigratif villages, 2018 (Perempuan)?' });
    expect(within(confirm).getByRole('button', { name: 'Ya, hapus' })).toBeTruthy();
    expect(
      within(screen.getByRole('group', { name: 'Hasil baru 1' })).getByRole('combobox', { name: 'Sumber' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Catat hasil ini' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tambah baris' }));
    expect(screen.getByRole('button', { name: 'Catat 2 hasil' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hapus hasil baru 2' })).toBeTruthy();
  });

  it('says in Indonesian that a value does not fit its indicator’s unit, named in Indonesian', async () => {
    const { requests } = renderSignedInIndonesian('EDITOR', `/programs/${ID}/outcomes`, <OutcomesFormPage id={ID} />, {
      OutcomesForm: { program: desmigratif, indicators },
    });
    const user = userEvent.setup();
    const fields = within(await screen.findByRole('group', { name: 'Hasil baru 1' }));
    await user.selectOptions(fields.getByRole('combobox', { name: 'Indikator' }), trained.code);
    await user.type(fields.getByRole('spinbutton', { name: 'Tahun' }), '2019');
    await user.type(fields.getByRole('spinbutton', { name: 'Nilai' }), '-5');
    await user.selectOptions(fields.getByRole('combobox', { name: 'Sumber' }), kontan.id);
    await user.click(screen.getByRole('button', { name: 'Catat hasil ini' }));
    await expect
      .poll(() => problemBeside(fields.getByRole('spinbutton', { name: 'Nilai' })))
      .toBe('harus berupa bilangan bulat orang dari 0 sampai 10.000.000.000');
    const indicator = fields.getByRole('combobox', { name: 'Indikator' }) as HTMLSelectElement;
    expect(indicator.selectedOptions[0]?.textContent).toBe('Purna pekerja migran yang dilatih (orang)');
    expect(requests.some((request) => request.operationName === 'RecordOutcomes')).toBe(false);
  });
});
