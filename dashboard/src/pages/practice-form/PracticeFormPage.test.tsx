import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../i18n/catalogs';
import type { ApiAnswers, ApiVariables } from '../../test-support/api-stub';
import { problemBeside } from '../../test-support/mutation-answers';
import PracticeFormPage from './PracticeFormPage';
import type { EditablePractice, FormOptions } from './queries';
import { renderSignedIn, renderSignedInIndonesian } from '../../test-support/signed-in';
import { SAVINGS_GROUP } from '../../test-support/fixtures';

const OPTIONS: FormOptions = {
  countries: [
    {
      code: 'ID',
      name: 'Indonesia',
      programs: [{ id: 'UmVpbnRlZ3JhdGlvblByb2dyYW06MQ', name: 'Productive Migrant Village', acronym: 'Desmigratif' }],
    },
    { code: 'PH', name: 'Philippines', programs: [] },
  ],
  events: [{ id: 'RXZlbnQ6MQ', name: 'ASEAN Workshop on Reintegration', startDate: '2019-08-27' }],
};

const STORED: EditablePractice = {
  id: 'UHJhY3RpY2U6NQ',
  version: 4,
  status: 'DRAFT',
  title: 'Village savings groups for returnees',
  ...SAVINGS_GROUP,
  country: { code: 'ID' },
  program: { id: 'UmVpbnRlZ3JhdGlvblByb2dyYW06MQ' },
  event: null,
  sources: [
    {
      id: 'U291cmNlOjE',
      title: 'Kemnaker report',
      url: 'https://example.org/a',
      publisher: null,
      publishedOn: null,
      language: null,
      weak: false,
      translations: [],
    },
  ],
};

const badInput = (fields: { path: string; message: string; code?: string; values?: object }[]) => ({
  errors: [{ message: 'Invalid input.', extensions: { code: 'BAD_USER_INPUT', fields } }],
});

/** The control labelled `name` (its label may end in a required mark). */
const control = (name: string, container: HTMLElement = document.body) =>
  within(container).getByLabelText(new RegExp(`^${name}( \\*)?$`));

/** Types a whole value at once (as pasting does): each keystroke would re-render the whole form. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** The practice's title (each new source has a title too). */
const practiceTitle = async () => control('Title', await screen.findByRole('group', { name: 'The practice' }));

describe('writing a new practice', () => {
  const openNew = (answers: ApiAnswers) =>
    renderSignedIn('CONTRIBUTOR', '/practices/new', <PracticeFormPage />, { PracticeFormOptions: OPTIONS, ...answers });

  /** A whole practice, as the API's rules take it. */
  async function fillIn() {
    const user = userEvent.setup();
    await fill(user, await practiceTitle(), 'Savings groups');
    await fill(user, control('Summary'), 'Returnees save together.');
    await fill(user, control('Description'), 'Monthly meetings.');
    await user.selectOptions(control('Country'), 'ID');
    await user.selectOptions(control('Programme'), 'UmVpbnRlZ3JhdGlvblByb2dyYW06MQ');
    await fill(user, control('Year'), '2019');
    await user.click(screen.getByLabelText('Financial literacy'));
    await user.click(screen.getByLabelText('Economic'));
    await user.selectOptions(control('Evidence level'), 'DOCUMENTED');
    const source = screen.getByRole('group', { name: 'Source 1' });
    await fill(user, control('Title', source), 'A report');
    await fill(user, control('Address \\(URL\\)', source), 'https://example.org/report');
    return user;
  }

  /** The problem summary: each entry's link text and message, in order. */
  async function summaryEntries() {
    const summary = await screen.findByText(/Nothing was saved. Correct these fields/);
    const box = summary.closest('.problem-summary') as HTMLElement;
    return within(box)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
  }

  it('shows five mistakes as five messages at once, beside their fields and in the summary, before sending anything', async () => {
    const { requests } = openNew({});
    const user = userEvent.setup();
    await fill(user, await practiceTitle(), 'Savings groups');
    // 1. no summary
    await fill(user, control('Description'), 'Monthly meetings.');
    await user.selectOptions(control('Country'), 'ID');
    await fill(user, control('Year'), '2099'); // 2. implausible year
    await user.click(screen.getByLabelText('Financial literacy'));
    // 3. no dimension; 4. no evidence level
    const source = screen.getByRole('group', { name: 'Source 1' });
    await fill(user, control('Title', source), 'A report');
    await fill(user, control('Address \\(URL\\)', source), 'ftp://example.org/report'); // 5. not a web address
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const years = `must be a year from 1900 to ${new Date().getUTCFullYear() + 5}`;
    expect(await summaryEntries()).toEqual([
      'Summary: required',
      `Year: ${years}`,
      'Dimensions: choose at least one',
      'Evidence level: choose how strong the evidence is',
      'Source 1: address (URL): must be a web address starting with http:// or https://',
    ]);
    expect(problemBeside(control('Summary'))).toBe('required');
    expect(problemBeside(control('Year'))).toBe(years);
    expect(problemBeside(screen.getByRole('group', { name: /^Dimensions/ }))).toBe('choose at least one');
    expect(problemBeside(control('Evidence level'))).toBe('choose how strong the evidence is');
    const url = control('Address \\(URL\\)', screen.getByRole('group', { name: 'Source 1' }));
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(problemBeside(url)).toBe('must be a web address starting with http:// or https://');
    expect((url as HTMLInputElement).value).toBe('ftp://example.org/report');
    expect(requests.map((request) => request.operationName)).not.toContain('CreatePractice');
  });

  it('says a title that is too long in the rules’ own English words', async () => {
    openNew({});
    const user = userEvent.setup();
    await fill(user, await practiceTitle(), 'x'.repeat(301));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await summaryEntries()).toContain('Title: at most 300 characters');
    expect(problemBeside(await practiceTitle())).toBe('at most 300 characters');
  });

  it('names every problem of a nearly empty form in one round', async () => {
    const { requests } = openNew({});
    const user = userEvent.setup();
    await fill(user, await practiceTitle(), 'Savings groups');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await summaryEntries()).toHaveLength(9);
    expect(requests.map((request) => request.operationName)).not.toContain('CreatePractice');
  });

  it('shows every problem the API finds in the same round, beside its field, and keeps the form', async () => {
    const { requests } = openNew({
      CreatePractice: badInput([
        { path: 'input.programId', message: 'no such programme' },
        { path: 'input.sources[0].url', message: 'no longer reachable' },
      ]),
    });
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await summaryEntries()).toEqual([
      'Programme: no such programme',
      'Source 1: address (URL): no longer reachable',
    ]);
    const summary = (await screen.findByText(/Nothing was saved/)).closest('.problem-summary') as HTMLElement;
    expect(within(summary).getByRole('link', { name: 'Source 1: address (URL)' }).getAttribute('href')).toBe(
      '#field-input-sources-0-url',
    );
    expect(problemBeside(control('Programme'))).toBe('no such programme');
    expect(((await practiceTitle()) as HTMLInputElement).value).toBe('Savings groups');

    const sent = requests.filter((request) => request.operationName === 'CreatePractice');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables.input).toMatchObject({
      title: 'Savings groups',
      countryCode: 'ID',
      programId: 'UmVpbnRlZ3JhdGlvblByb2dyYW06MQ',
      year: 2019,
      themes: ['FINANCIAL_LITERACY'],
      dimensions: ['ECONOMIC'],
      evidenceLevel: 'DOCUMENTED',
      sources: [{ title: 'A report', url: 'https://example.org/report', publisher: null, publishedOn: null }],
    });
  });

  it('creates the practice and goes to its page', async () => {
    const view = openNew({ CreatePractice: { createPractice: { id: 'UHJhY3RpY2U6OQ', version: 1, status: 'DRAFT' } } });
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Add a source' }));
    const second = screen.getByRole('group', { name: 'Source 2' });
    expect(document.activeElement).toBe(control('Title', second));
    await user.click(within(second).getByRole('button', { name: 'Remove source 2' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await expect.poll(() => view.current()).toBe('/practices/UHJhY3RpY2U6OQ');
  });

  it('asks an anonymous reader to sign in', async () => {
    renderSignedIn(null, '/practices/new', <PracticeFormPage />, {});
    expect((await screen.findByRole('link', { name: 'Sign in' })).getAttribute('href')).toBe(
      '/sign-in?next=%2Fpractices%2Fnew',
    );
  });
});

describe('editing a practice', () => {
  it('keeps my edits through a conflict, shows what they changed, and saves on top of the latest version', async () => {
    const user = userEvent.setup();
    const latest: EditablePractice = { ...STORED, version: 5, summary: 'Returnees pool savings, says the ILO.' };
    let loads = 0;
    const updates: ApiVariables[] = [];
    const { requests } = renderSignedIn(
      'CONTRIBUTOR',
      `/practices/${STORED.id}/edit`,
      <PracticeFormPage id={STORED.id} />,
      {
        PracticeFormOptions: OPTIONS,
        EditablePractice: () => ({ practice: loads++ === 0 ? STORED : latest }),
        UpdatePractice: (variables) => {
          updates.push(variables);
          return updates.length === 1
            ? { errors: [{ message: 'This practice changed.', extensions: { code: 'CONFLICT', currentVersion: 5 } }] }
            : { updatePractice: { id: STORED.id, version: 6, status: 'DRAFT' } };
        },
      },
    );

    const title = await practiceTitle();
    expect((title as HTMLInputElement).value).toBe(STORED.title);
    expect((control('Which source') as HTMLSelectElement).value).toBe('U291cmNlOjE');
    await user.clear(title);
    await fill(user, title, 'Savings groups that last');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const notice = await screen.findByRole('heading', { name: /Someone else saved this practice/ });
    expect(notice.parentElement!.textContent).toContain('version 5');
    expect(updates[0]).toMatchObject({
      id: STORED.id,
      expectedVersion: 4,
      input: { sources: [{ sourceId: 'U291cmNlOjE' }] },
    });
    expect(((await practiceTitle()) as HTMLInputElement).value).toBe('Savings groups that last');

    await user.click(screen.getByRole('button', { name: 'Load the latest version and keep my edits' }));
    expect(await screen.findByText(/They changed: Summary\./)).toBeTruthy();
    expect(((await practiceTitle()) as HTMLInputElement).value).toBe('Savings groups that last');
    expect((control('Summary') as HTMLTextAreaElement).value).toBe(latest.summary);
    expect(requests.filter((request) => request.operationName === 'EditablePractice')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await expect.poll(() => updates.length).toBe(2);
    expect(updates[1]).toMatchObject({
      expectedVersion: 5,
      input: { title: 'Savings groups that last', summary: latest.summary },
    });
  });

  it('says so when there is no practice to edit', async () => {
    renderSignedIn('EDITOR', '/practices/nope/edit', <PracticeFormPage id="nope" />, {
      PracticeFormOptions: OPTIONS,
      EditablePractice: { practice: null },
    });
    expect(await screen.findByText(/There is no practice at this address that you may edit/)).toBeTruthy();
  });
});

describe('the practice form in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  const openInIndonesian = (answers: ApiAnswers = {}) =>
    renderSignedInIndonesian('CONTRIBUTOR', '/practices/new', <PracticeFormPage />, {
      PracticeFormOptions: OPTIONS,
      ...answers,
    });
  const judul = async () => control('Judul', await screen.findByRole('group', { name: 'Praktik' }));

  it('labels its fields, options and problems in Indonesian', async () => {
    const user = userEvent.setup();
    openInIndonesian();
    expect(await screen.findByRole('heading', { level: 1, name: 'Praktik baru' })).toBeTruthy();
    const where = await screen.findByRole('group', { name: 'Di mana dan kapan' });
    expect(within(control('Negara', where)).getByRole('option', { name: 'Filipina' })).toBeTruthy();
    expect(within(control('Program', where)).getByRole('option', { name: 'Bukan bagian dari program' })).toBeTruthy();
    const source = screen.getByRole('group', { name: 'Sumber 1' });
    expect(control('Alamat \\(URL\\)', source)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Simpan draf' }));
    const summary = (await screen.findByRole('link', { name: 'Uraian' })).closest('.problem-summary');
    expect(summary).toBeTruthy();
  });

  it('says the problems the rules find in the browser in Indonesian, by their codes and values', async () => {
    openInIndonesian();
    const user = userEvent.setup();
    await fill(user, await judul(), 'x'.repeat(301));
    await fill(user, control('Tahun'), '2099');
    await user.click(screen.getByRole('button', { name: 'Simpan draf' }));
    await screen.findByRole('link', { name: 'Judul' });
    expect(problemBeside(await judul())).toBe('paling banyak 300 karakter');
    expect(problemBeside(control('Tahun'))).toBe(
      `harus berupa tahun dari 1900 sampai ${new Date().getUTCFullYear() + 5}`,
    );
    expect(problemBeside(control('Ringkasan'))).toBe('wajib diisi');
  });

  it('says the API’s field problems in Indonesian by their codes, and one without a message as the API wrote it', async () => {
    const { requests } = openInIndonesian({
      CreatePractice: badInput([
        { path: 'input.title', message: 'at most 300 characters', code: 'TOO_LONG', values: { max: 300 } },
        {
          path: 'input.programId',
          message: 'no such programme',
          code: 'NOT_FOUND',
          values: { type: 'ReintegrationProgram' },
        },
        { path: 'input.summary', message: 'sounds like an advertisement', code: 'SOMETHING_NEW', values: {} },
      ]),
    });
    const user = userEvent.setup();
    await fill(user, await judul(), 'Kelompok tabungan');
    await fill(user, control('Ringkasan'), 'Purna pekerja migran menabung bersama.');
    await fill(user, control('Uraian'), 'Pertemuan bulanan.');
    await user.selectOptions(control('Negara'), 'ID');
    await fill(user, control('Tahun'), '2019');
    await user.click(screen.getAllByRole('checkbox')[0]!);
    await user.click(within(screen.getByRole('group', { name: /^Dimensi/ })).getAllByRole('checkbox')[0]!);
    await user.selectOptions(control('Tingkat bukti'), 'DOCUMENTED');
    const source = screen.getByRole('group', { name: 'Sumber 1' });
    await fill(user, control('Judul', source), 'Laporan');
    await fill(user, control('Alamat \\(URL\\)', source), 'https://example.org/laporan');
    await user.click(screen.getByRole('button', { name: 'Simpan draf' }));
    await screen.findByRole('link', { name: 'Judul' });
    expect(requests.map((request) => request.operationName)).toContain('CreatePractice');
    expect(problemBeside(await judul())).toBe('paling banyak 300 karakter');
    expect(problemBeside(control('Program'))).toBe('tidak ditemukan, atau tidak boleh Anda lihat');
    expect(problemBeside(control('Ringkasan'))).toBe('sounds like an advertisement');
  });
});
