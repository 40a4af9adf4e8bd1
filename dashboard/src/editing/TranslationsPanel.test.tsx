import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../i18n/catalogs';
import { LocalizedRoutes } from '../i18n/LocalizedRoutes';
import type { ApiAnswers } from '../test-support/api-stub';
import { badUserInput, conflictAt, lastVariables, problemBeside } from '../test-support/mutation-answers';
import { renderSignedIn } from '../test-support/signed-in';
import type { TranslationEntryValue } from './translation-queries';
import { TranslationsPanel } from './TranslationsPanel';

const PRACTICE_ID = 'UHJhY3RpY2U6NQ';
const TITLE_IN_INDONESIAN: TranslationEntryValue = {
  id: 'VHJhbnNsYXRpb246MQ',
  field: 'title',
  language: 'id',
  text: 'Memperluas Desmigratif',
  origin: 'ATLAS',
  version: 2,
  source: null,
};
const SUMMARY = 'Kemnaker memperluas Desmigratif dari 2 desa menjadi 503.';

const listing = (...translations: TranslationEntryValue[]) => ({
  node: { __typename: 'Practice', id: PRACTICE_ID, translations },
});

/** The panel of a practice with `translations`, opened, as an editor. */
async function openPanel(answers: ApiAnswers, path = '/') {
  const user = userEvent.setup();
  const panel = <TranslationsPanel recordId={PRACTICE_ID} type="Practice" />;
  const view = renderSignedIn('EDITOR', path, path === '/' ? panel : <LocalizedRoutes>{panel}</LocalizedRoutes>, {
    RecordTranslations: listing(TITLE_IN_INDONESIAN),
    ...answers,
  });
  await user.click(await screen.findByRole('button', { name: path === '/' ? 'Translations' : 'Terjemahan' }));
  return { ...view, user };
}

/** Opens the form for a new translation and fills it: the Indonesian summary. */
async function addSummary(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Add a translation' }));
  const form = screen.getByRole('form', { name: 'New translation' });
  await user.selectOptions(within(form).getByRole('combobox', { name: /Field/ }), 'summary');
  await user.selectOptions(within(form).getByRole('combobox', { name: /Language/ }), 'id');
  await user.type(within(form).getByRole('textbox', { name: /Text/ }), SUMMARY);
  return form;
}

describe('the translations of a record', () => {
  it('lists each translation in its language, and adds one with setTranslation', async () => {
    const { user, requests } = await openPanel({
      SetTranslation: {
        setTranslation: {
          ...TITLE_IN_INDONESIAN,
          id: 'VHJhbnNsYXRpb246Mg',
          field: 'summary',
          text: SUMMARY,
          version: 1,
        },
      },
    });
    const item = (await screen.findByRole('heading', { level: 3, name: 'Title in Indonesian' })).closest('li')!;
    expect(within(item).getByText(TITLE_IN_INDONESIAN.text).getAttribute('lang')).toBe('id');
    expect(item.textContent).toContain('Translated by the Atlas. Version 2.');

    const form = await addSummary(user);
    expect(within(form).getByRole('textbox', { name: /Text/ }).getAttribute('lang')).toBe('id');
    await user.click(within(form).getByRole('button', { name: 'Save the translation' }));
    expect(await screen.findByText('Translation saved.')).toBeTruthy();
    expect(lastVariables(requests, 'SetTranslation')).toEqual({
      input: {
        recordId: PRACTICE_ID,
        field: 'summary',
        language: 'id',
        text: SUMMARY,
        origin: 'ATLAS',
        sourceId: null,
      },
      expectedVersion: 0,
    });
  });

  it('names each problem of the API beside its field', async () => {
    const { user } = await openPanel({
      SetTranslation: badUserInput([{ path: 'input.text', message: 'at most 500 characters' }]),
    });
    const form = await addSummary(user);
    await user.click(within(form).getByRole('button', { name: 'Save the translation' }));
    const alert = await within(form).findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Text' }).getAttribute('href')).toBe('#field-input-text');
    expect(problemBeside(within(form).getByRole('textbox', { name: /Text/ }))).toBe('at most 500 characters');
  });

  it('after a conflict, loads the translation saved meanwhile and saves on top of it', async () => {
    let saves = 0;
    const { user, requests } = await openPanel({
      SetTranslation: () =>
        ++saves === 1
          ? conflictAt(1)
          : { setTranslation: { ...TITLE_IN_INDONESIAN, field: 'summary', text: SUMMARY, version: 2 } },
      RecordTranslations: () =>
        saves === 0
          ? listing(TITLE_IN_INDONESIAN)
          : listing(TITLE_IN_INDONESIAN, {
              ...TITLE_IN_INDONESIAN,
              id: 'x',
              field: 'summary',
              text: 'Lain.',
              version: 1,
            }),
    });
    const form = await addSummary(user);
    await user.click(within(form).getByRole('button', { name: 'Save the translation' }));
    const notice = await screen.findByRole('heading', {
      name: 'Someone else saved this translation while you were editing it',
    });
    expect(notice).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Load the latest version and keep my edits' }));
    expect(await screen.findByText(/They changed: Text/)).toBeTruthy();
    expect(within(form).getByRole('textbox', { name: /Text/ })).toHaveProperty('value', SUMMARY);
    await user.click(within(form).getByRole('button', { name: 'Save the translation' }));
    expect(await screen.findByText('Translation saved.')).toBeTruthy();
    expect(lastVariables(requests, 'SetTranslation')).toMatchObject({ expectedVersion: 1 });
  });

  it('removes a translation once confirmed, on the version shown', async () => {
    const { user, requests } = await openPanel({ RemoveTranslation: { removeTranslation: true } });
    await user.click(await screen.findByRole('button', { name: 'Remove Title in Indonesian' }));
    const question = screen.getByRole('group', { name: /Remove this translation \(Title in Indonesian\)\?/ });
    expect(lastVariables(requests, 'RemoveTranslation')).toBeUndefined();
    await user.click(within(question).getByRole('button', { name: 'Remove it' }));
    expect(await screen.findByText('Translation removed.')).toBeTruthy();
    expect(lastVariables(requests, 'RemoveTranslation')).toEqual({ id: TITLE_IN_INDONESIAN.id, expectedVersion: 2 });
  });
});

describe('whose wording a translation is', () => {
  const SOURCE_ID = 'U291cmNlOjc';
  const report = { id: SOURCE_ID, title: 'Laporan Kemnaker 2019' };
  const saved = { ...TITLE_IN_INDONESIAN, id: 'VHJhbnNsYXRpb246Mw', field: 'summary', text: SUMMARY, version: 1 };

  it('records a cited source as the origin of its own wording, and the Atlas otherwise', async () => {
    const user = userEvent.setup();
    const { requests } = renderSignedIn(
      'EDITOR',
      '/',
      <TranslationsPanel recordId={PRACTICE_ID} type="Practice" citableSources={[report]} />,
      { RecordTranslations: listing(TITLE_IN_INDONESIAN), SetTranslation: { setTranslation: saved } },
    );
    await user.click(await screen.findByRole('button', { name: 'Translations' }));
    const form = await addSummary(user);
    const origin = within(form).getByRole('combobox', { name: /Whose wording/ });
    expect((origin as HTMLSelectElement).value).toBe('ATLAS');
    await user.selectOptions(origin, 'As written in: Laporan Kemnaker 2019');
    await user.click(within(form).getByRole('button', { name: 'Save the translation' }));
    expect(await screen.findByText('Translation saved.')).toBeTruthy();
    expect(lastVariables(requests, 'SetTranslation')).toMatchObject({
      input: { field: 'summary', language: 'id', origin: 'SOURCE', sourceId: SOURCE_ID },
    });
  });

  it('offers a record written in Indonesian every language but its own, English first', async () => {
    const user = userEvent.setup();
    renderSignedIn('EDITOR', '/', <TranslationsPanel recordId={SOURCE_ID} type="Source" originalLanguage="id" />, {
      RecordTranslations: { node: { __typename: 'Source', id: SOURCE_ID, translations: [] } },
    });
    await user.click(await screen.findByRole('button', { name: 'Translations' }));
    await user.click(await screen.findByRole('button', { name: 'Add a translation' }));
    const language = screen.getByRole('combobox', { name: /Language/ }) as HTMLSelectElement;
    expect(language.value).toBe('en');
    expect([...language.options].map((option) => option.value)).not.toContain('id');
    expect(screen.getByRole('combobox', { name: /Field/ }).textContent).toBe('Title');
  });
});

describe('the translations of a record, in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('lists and offers them in Indonesian', async () => {
    await openPanel({}, '/id');
    expect(await screen.findByRole('heading', { level: 3, name: 'Judul dalam bahasa Indonesia' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tambahkan terjemahan' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hapus Judul dalam bahasa Indonesia' })).toBeTruthy();
  });
});
