import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { SavedNotice } from '../../editing/Confirmation';
import type { ResultOf } from '../../graphql';
import { loadCatalog } from '../../i18n/catalogs';
import { expectContributorTurnedAway } from '../../test-support/editors-only';
import { DESMIGRATIF_ID, KATADATA, KONTAN, globalId } from '../../test-support/fixtures';
import { badUserInput, conflictAt, lastVariables, problemBeside } from '../../test-support/mutation-answers';
import { renderSignedIn, renderSignedInIndonesian } from '../../test-support/signed-in';
import type { EditedStudy, NewStudyQuery, StudyChoicesData } from './queries';
import StudyFormPage from './StudyFormPage';

const STUDY_ID = globalId('Study', 5);
const indonesia = { code: 'ID', name: 'Indonesia' };
const cambodia = { code: 'KH', name: 'Cambodia' };
const philippines = { code: 'PH', name: 'Philippines' };
const desmigratif = { id: DESMIGRATIF_ID, name: 'Productive Migrant Village', acronym: 'Desmigratif' };
const balikPinas = { id: globalId('ReintegrationProgram', 2), name: 'Balik Pinas, Balik Hanapbuhay', acronym: null };
const serviceCentres = { id: globalId('Practice', 3), title: 'Village migrant service centres', country: indonesia };
const savingsGroups = { id: globalId('Practice', 4), title: 'Savings groups of returnees', country: indonesia };
const choices: StudyChoicesData = {
  countries: [cambodia, indonesia, philippines],
  programs: { nodes: [balikPinas, desmigratif] },
  practices: { nodes: [serviceCentres, savingsGroups] },
};
const fromDesmigratif: ResultOf<typeof NewStudyQuery> = {
  ...choices,
  program: { ...desmigratif, country: { code: 'ID' }, sources: [KATADATA, KONTAN] },
};
const tracer: EditedStudy = {
  id: STUDY_ID,
  version: 3,
  title: 'A tracer survey of Desmigratif villages',
  authors: 'Kemnaker',
  design: 'TRACER_SURVEY',
  year: 2019,
  sampleSize: 400,
  sample: '400 returnees in 12 villages',
  measured: 'Work and income a year after return.',
  findings: 'Most had found work.',
  source: KATADATA,
  programs: [{ ...desmigratif, sources: [KATADATA, KONTAN] }],
  practices: [serviceCentres],
  countries: [{ code: 'ID' }],
};
const created = { createStudy: { id: STUDY_ID, version: 1 } };

const addFromDesmigratif = (answers: Parameters<typeof renderSignedIn>[3]) =>
  renderSignedIn(
    'EDITOR',
    `/studies/new?program=${DESMIGRATIF_ID}`,
    <Switch>
      <Route path="/studies/new">{() => <StudyFormPage />}</Route>
      <Route path="/programs/:id">{({ id }) => <SavedNotice recordKey={id} />}</Route>
    </Switch>,
    { NewStudy: fromDesmigratif, ...answers },
  );

const editFrom = (query: string, answers: Parameters<typeof renderSignedIn>[3]) =>
  renderSignedIn('EDITOR', `/studies/${STUDY_ID}/edit?${query}`, <StudyFormPage id={STUDY_ID} />, {
    StudyEdit: { study: tracer, ...choices },
    ...answers,
  });

const countriesField = () => screen.getByRole('group', { name: /^Member states it concerns/ });
const countryBox = (name: string) => within(countriesField()).getByRole('checkbox', { name });
const practicesField = () => screen.getByRole('group', { name: /^Practices it concerns/ });
const summaryItems = () =>
  within(screen.getByRole('alert'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('adding a study', () => {
  it('starts with the programme it was added from, asks for what it lacks before sending, and sends the whole study', async () => {
    const { requests, current } = addFromDesmigratif({ CreateStudy: created });
    const user = userEvent.setup();
    expect(
      await screen.findByRole('button', { name: 'Remove programme: Productive Migrant Village (Desmigratif)' }),
    ).toBeTruthy();
    expect(requests.find((r) => r.operationName === 'NewStudy')?.variables).toMatchObject({
      programId: DESMIGRATIF_ID,
      fromProgram: true,
      fromPractice: false,
    });
    await user.click(screen.getByRole('button', { name: 'Add the study' }));
    const source = screen.getByRole('combobox', { name: 'Cited source' });
    await expect.poll(() => problemBeside(source)).toBe('choose a source');
    expect(summaryItems()).toEqual([
      'Title: required',
      'Design: required',
      'What it measured: required',
      'Findings: required',
      'Source: choose a source',
    ]);
    expect(requests.some((r) => r.operationName === 'CreateStudy')).toBe(false);

    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Tracer survey');
    await user.type(screen.getByRole('textbox', { name: 'Authors' }), 'Kemnaker');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Design' }), 'Survey of returnees');
    await user.type(screen.getByRole('spinbutton', { name: 'Year' }), '2019');
    await user.type(screen.getByRole('spinbutton', { name: 'Sample size' }), '400');
    await user.type(screen.getByRole('textbox', { name: 'What it measured' }), 'Work.');
    await user.type(screen.getByRole('textbox', { name: 'Findings' }), 'Most worked.');
    await user.selectOptions(source, KATADATA.id);
    const practices = within(practicesField());
    await user.selectOptions(
      practices.getByRole('combobox', { name: 'Practice to add' }),
      'Village migrant service centres (Indonesia)',
    );
    await user.click(practices.getByRole('button', { name: 'Add' }));
    expect(practices.getByRole('button', { name: 'Remove practice: Village migrant service centres (Indonesia)' }));
    expect(countryBox('Indonesia')).toHaveProperty('checked', true);
    expect(countryBox('Cambodia')).toHaveProperty('checked', false);
    await user.click(countryBox('Cambodia'));
    await user.click(screen.getByRole('button', { name: 'Add the study' }));

    await expect.poll(current).toBe(`/programs/${DESMIGRATIF_ID}`);
    expect((await screen.findByRole('status')).textContent).toBe('Study added.');
    expect(lastVariables(requests, 'CreateStudy')).toEqual({
      input: {
        title: 'Tracer survey',
        authors: 'Kemnaker',
        design: 'TRACER_SURVEY',
        year: 2019,
        sampleSize: 400,
        sample: null,
        measured: 'Work.',
        findings: 'Most worked.',
        sourceId: KATADATA.id,
        programIds: [DESMIGRATIF_ID],
        practiceIds: [serviceCentres.id],
        countryCodes: ['ID', 'KH'],
      },
    });
  });

  it('starts with the member state whose page it was added from, and goes back there', async () => {
    const { requests, current } = renderSignedIn(
      'EDITOR',
      '/studies/new?country=KH',
      <Switch>
        <Route path="/studies/new">{() => <StudyFormPage />}</Route>
        <Route path="/countries/:code">{({ code }) => <SavedNotice recordKey={code} />}</Route>
      </Switch>,
      {
        NewStudy: choices,
        CreateStudy: created,
        SourceSearch: ({ search }) => ({
          sourcesConnection: { nodes: String(search) === 'Katadata' ? [KATADATA] : [] },
        }),
      },
    );
    const user = userEvent.setup();
    await screen.findByRole('group', { name: /^Member states it concerns/ });
    expect(countryBox('Cambodia')).toHaveProperty('checked', true);
    expect(countryBox('Indonesia')).toHaveProperty('checked', false);
    expect(requests.find((r) => r.operationName === 'NewStudy')?.variables).toMatchObject({
      fromProgram: false,
      fromPractice: false,
    });
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Returning Migrants Survey');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Design' }), 'Survey of returnees');
    await user.type(screen.getByRole('textbox', { name: 'What it measured' }), 'The situation of returnees.');
    await user.type(screen.getByRole('textbox', { name: 'Findings' }), 'Not given.');
    await user.type(screen.getByRole('searchbox', { name: 'Find a source' }), 'Katadata');
    await screen.findByText('1 found: choose one below.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cited source' }), KATADATA.id);
    await user.click(screen.getByRole('button', { name: 'Add the study' }));

    await expect.poll(current).toBe('/countries/KH');
    expect((await screen.findByRole('status')).textContent).toBe('Study added.');
    expect(lastVariables(requests, 'CreateStudy')).toMatchObject({
      input: { programIds: [], practiceIds: [], countryCodes: ['KH'] },
    });
  });

  it('finds a practice beyond those offered by searching', async () => {
    const found = { id: globalId('Practice', 9), title: 'Reintegration desks at airports', country: indonesia };
    const { requests } = addFromDesmigratif({
      StudyPracticeSearch: ({ text }) => ({ practices: { nodes: String(text) === 'airport' ? [found] : [] } }),
    });
    const user = userEvent.setup();
    const practices = within(await screen.findByRole('group', { name: /^Practices it concerns/ }));
    await user.type(practices.getByRole('searchbox', { name: 'Find a practice' }), 'airport');
    await practices.findByText('1 found: choose below.');
    await user.selectOptions(
      practices.getByRole('combobox', { name: 'Practice to add' }),
      'Reintegration desks at airports (Indonesia)',
    );
    await user.click(practices.getByRole('button', { name: 'Add' }));
    expect(practices.getByRole('button', { name: 'Remove practice: Reintegration desks at airports (Indonesia)' }));
    expect(lastVariables(requests, 'StudyPracticeSearch')).toEqual({ text: 'airport' });
  });

  it('is for editors only', async () => {
    const { requests } = renderSignedIn('CONTRIBUTOR', '/studies/new', <StudyFormPage />, {});
    await expectContributorTurnedAway(requests, 'add studies');
  });
});

describe('editing a study', () => {
  it('loads the study, shows the API’s problems beside their fields, and saves it at its version', async () => {
    let saves = 0;
    const { requests, current } = editFrom(`practice=${serviceCentres.id}`, {
      UpdateStudy: () =>
        saves++ === 0
          ? badUserInput([
              { path: 'input.sourceId', message: 'no such source' },
              { path: 'input.practiceIds[0]', message: 'no such practice' },
            ])
          : { updateStudy: { id: STUDY_ID, version: 4 } },
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveProperty('value', tracer.title);
    expect(screen.getByRole('combobox', { name: 'Design' })).toHaveProperty('value', 'TRACER_SURVEY');
    expect(screen.getByRole('spinbutton', { name: 'Sample size' })).toHaveProperty('value', '400');
    const source = screen.getByRole('combobox', { name: 'Cited source' });
    expect(source).toHaveProperty('value', KATADATA.id);
    await user.click(screen.getByRole('button', { name: 'Save the study' }));

    await expect.poll(() => problemBeside(source)).toBe('no such source');
    expect(within(practicesField()).getByText('no such practice')).toBeTruthy();
    expect(summaryItems()).toEqual(['Source: no such source', 'Practices it concerns 1: no such practice']);

    await user.selectOptions(source, KONTAN.id);
    await user.click(
      within(practicesField()).getByRole('button', {
        name: 'Remove practice: Village migrant service centres (Indonesia)',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Save the study' }));
    await expect.poll(current).toBe(`/practices/${serviceCentres.id}`);
    expect(lastVariables(requests, 'UpdateStudy')).toEqual({
      id: STUDY_ID,
      expectedVersion: 3,
      input: {
        title: tracer.title,
        authors: 'Kemnaker',
        design: 'TRACER_SURVEY',
        year: 2019,
        sampleSize: 400,
        sample: tracer.sample,
        measured: tracer.measured,
        findings: tracer.findings,
        sourceId: KONTAN.id,
        programIds: [DESMIGRATIF_ID],
        practiceIds: [],
        countryCodes: ['ID'],
      },
    });
  });

  it('after a conflict, loads the latest version, keeps the edits and saves on top of it', async () => {
    const latest: EditedStudy = { ...tracer, version: 4, findings: 'Two in three had found work.' };
    let loads = 0;
    let saves = 0;
    const { requests, current } = editFrom(`program=${DESMIGRATIF_ID}`, {
      StudyEdit: () => ({ study: loads++ === 0 ? tracer : latest, ...choices }),
      UpdateStudy: () => (saves++ === 0 ? conflictAt(4) : { updateStudy: { id: STUDY_ID, version: 5 } }),
    });
    const user = userEvent.setup();
    const size = await screen.findByRole('spinbutton', { name: 'Sample size' });
    await user.clear(size);
    await user.type(size, '412');
    await user.click(screen.getByRole('button', { name: 'Save the study' }));

    await user.click(await screen.findByRole('button', { name: 'Load the latest version and keep my edits' }));
    expect(await screen.findByText(/They changed: Findings\./)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Findings' })).toHaveProperty('value', latest.findings);
    expect(size).toHaveProperty('value', '412');
    await user.click(screen.getByRole('button', { name: 'Save the study' }));

    await expect.poll(current).toBe(`/programs/${DESMIGRATIF_ID}`);
    expect(lastVariables(requests, 'UpdateStudy')).toMatchObject({
      expectedVersion: 4,
      input: { sampleSize: 412, findings: latest.findings },
    });
  });

  it('says so when no study has the address', async () => {
    editFrom('', { StudyEdit: { study: null, ...choices } });
    expect(await screen.findByText(/^No study has this address/)).toBeTruthy();
  });
});

describe('a study in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('names the fields and the actions in Indonesian', async () => {
    renderSignedInIndonesian('EDITOR', `/studies/${STUDY_ID}/edit`, <StudyFormPage id={STUDY_ID} />, {
      StudyEdit: { study: tracer, ...choices },
    });
    expect(await screen.findByRole('textbox', { name: 'Judul' })).toHaveProperty('value', tracer.title);
    expect(screen.getByRole('heading', { level: 1, name: 'Sunting studi' })).toBeTruthy();
    const design = screen.getByRole('combobox', { name: 'Desain' });
    expect((design as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Survei purna migran');
    expect(screen.getByRole('combobox', { name: 'Sumber yang dikutip' })).toHaveProperty('value', KATADATA.id);
    expect(
      screen.getByRole('button', { name: 'Hapus praktik: Village migrant service centres (Indonesia)' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Simpan studi' })).toBeTruthy();
  });
});
