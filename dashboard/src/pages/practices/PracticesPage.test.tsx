import { VOCABULARY_FACETS, type VocabularyFacet, type VocabularyFacetName, type Vocabulary } from '@atlas/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt, stubApi, type ApiAnswers, type ApiVariables } from '../../test-support/api-stub';
import PracticesPage from './PracticesPage';
import type {
  PracticeFacets,
  PracticeFacetsData,
  PracticeFacetsVariables,
  PracticeListData,
  PracticeListVariables,
  PracticeSummary,
} from './queries';

/** Every value of a vocabulary with its label and a count (0 unless given). */
function facet(vocabulary: Vocabulary<string>, counts: Partial<Record<string, number>> = {}) {
  return Object.keys(vocabulary).map((value) => ({
    value,
    label: vocabulary[value]!.label,
    count: counts[value] ?? 0,
  }));
}

function practice(n: number): PracticeSummary {
  return {
    id: `UHJhY3RpY2U6${n}`,
    title: `Practice number ${n}`,
    summary: `What practice ${n} does for returnees.`,
    year: 2010 + (n % 15),
    themes: ['ENTREPRENEURSHIP', 'ACCESS_TO_FINANCE'],
    evidenceLevel: n === 1 ? 'EVALUATED' : 'DOCUMENTED',
    kind: n === 3 ? 'DESTINATION_SIDE' : 'REINTEGRATION',
    country: n % 2 ? { code: 'PH', name: 'Philippines' } : { code: 'ID', name: 'Indonesia' },
    program: n === 1 ? { id: 'UHJvZ3JhbTox', name: 'National Reintegration Center for OFWs', acronym: 'NRCO' } : null,
    texts: [],
  };
}

type Filter = NonNullable<PracticeListVariables['filter']>;

/** A small fake of the API: 52 practices, 10 about entrepreneurship, none in Brunei. */
function totalOf(filter: Filter | null | undefined): number {
  return filter?.countryCodes?.includes('BN') ? 0 : filter?.themes?.length ? 10 : 52;
}

function facetsOf(filter: Filter | null | undefined): PracticeFacets {
  const total = totalOf(filter);
  const entrepreneurship = Boolean(filter?.themes?.length);
  const some = (n: number) => (total ? n : 0);
  const counts: Partial<Record<VocabularyFacetName, Partial<Record<string, number>>>> = {
    themes: {
      ENTREPRENEURSHIP: some(10),
      ACCESS_TO_FINANCE: some(entrepreneurship ? 4 : 6),
      SKILLS_TRAINING: some(entrepreneurship ? 2 : 7),
    },
    dimensions: { ECONOMIC: some(42) },
    levels: { INDIVIDUAL: some(31) },
    stakeholders: { GOVERNMENT: some(46) },
    targetGroups: { WOMEN: some(5) },
    evidenceLevels: { DOCUMENTED: some(40), EVALUATED: some(12) },
    kinds: { REINTEGRATION: some(48), RETURN: some(1), DESTINATION_SIDE: some(3) },
  };
  return {
    countries: [
      { value: 'BN', label: 'Brunei Darussalam', count: 0 },
      { value: 'ID', label: 'Indonesia', count: some(entrepreneurship ? 4 : 26) },
      { value: 'PH', label: 'Philippines', count: some(entrepreneurship ? 6 : 26) },
    ],
    // Every vocabulary facet, each value listed (0 unless counted above).
    ...(Object.fromEntries(
      VOCABULARY_FACETS.map((row: VocabularyFacet<VocabularyFacetName>) => [
        row.name,
        facet(row.vocabulary, counts[row.name]),
      ]),
    ) as Pick<PracticeFacets, VocabularyFacetName>),
    programs: total ? [{ value: 'UHJvZ3JhbTox', label: 'National Reintegration Center for OFWs', count: 9 }] : [],
  };
}

/** Cursors are `c<offset>` here (the page itself never decodes them). */
function listOf(variables: PracticeListVariables): PracticeListData {
  const total = totalOf(variables.filter);
  const start = variables.after ? Number(variables.after.slice(1)) : 0;
  const size = Math.max(0, Math.min(variables.first ?? 20, total - start));
  return {
    practices: {
      totalCount: total,
      pageInfo: {
        hasNextPage: start + size < total,
        hasPreviousPage: start > 0,
        endCursor: size ? `c${start + size}` : null,
      },
      nodes: Array.from({ length: size }, (_, i) => practice(start + i + 1)),
    },
  };
}

/** Which filter field narrows each facet group. */
const GROUP_FIELDS: Record<keyof PracticeFacets, keyof Filter> = {
  countries: 'countryCodes',
  ...(Object.fromEntries(VOCABULARY_FACETS.map(({ name }) => [name, name])) as Record<
    VocabularyFacetName,
    keyof Filter
  >),
  programs: 'programId',
};

/** Each group counted under the filter without its own field, as `facets(eachWithoutItsOwnFilter: true)` counts. */
function facetsDataOf(variables: PracticeFacetsVariables): PracticeFacetsData {
  const facets = Object.fromEntries(
    Object.entries(GROUP_FIELDS).map(([group, field]) => [
      group,
      facetsOf({ ...variables.filter, [field]: null })[group as keyof PracticeFacets],
    ]),
  ) as PracticeFacets;
  return {
    practices: { facets },
    allYears: { facets: { years: [{ value: 2024 }, { value: 2016 }, { value: 2009 }] } },
    selectedProgram: variables.withProgram
      ? { id: 'UHJvZ3JhbTox', name: 'National Reintegration Center for OFWs', acronym: 'NRCO' }
      : undefined,
  };
}

const answers = {
  PracticeList: (variables: ApiVariables) => listOf(variables as PracticeListVariables),
  PracticeFacets: (variables: ApiVariables) => facetsDataOf(variables as PracticeFacetsVariables),
} satisfies ApiAnswers;

function openBrowser(path = '/practices', given: ApiAnswers = answers) {
  const stub = stubApi(given);
  const view = renderAt(path, <PracticesPage />, stub);
  const last = <V,>(operationName: string) =>
    stub.requests.filter((request) => request.operationName === operationName).at(-1)?.variables as V | undefined;
  return {
    ...view,
    calls: stub.requests,
    lastVariables: () => last<PracticeListVariables>('PracticeList'),
    lastFacetVariables: () => last<PracticeFacetsVariables>('PracticeFacets'),
  };
}

const filters = () => screen.getByRole('complementary', { name: 'Filters' });

describe('the practice browser', () => {
  it('lists the practices with the total, the page range and links to each practice, country and programme', async () => {
    openBrowser();
    expect(await screen.findByRole('heading', { level: 2, name: '52 practices' })).toBeTruthy();
    expect(screen.getByText('Showing 1–20 of 52')).toBeTruthy();
    const items = screen.getAllByRole('article');
    expect(items).toHaveLength(20);
    const first = items[0]!;
    expect(within(first).getByRole('link', { name: 'Practice number 1' }).getAttribute('href')).toBe(
      `/practices/${practice(1).id}`,
    );
    expect(within(first).getByRole('link', { name: 'Philippines' }).getAttribute('href')).toBe('/countries/PH');
    expect(
      within(first).getByRole('link', { name: 'National Reintegration Center for OFWs (NRCO)' }).getAttribute('href'),
    ).toBe('/programs/UHJvZ3JhbTox');
    expect(within(first).getByText('What practice 1 does for returnees.')).toBeTruthy();
    expect(within(within(first).getByRole('list', { name: 'Themes' })).getByText('Access to finance')).toBeTruthy();
    expect(within(first).getByText('Evaluated')).toBeTruthy();
  });

  it('shows each filter option with its count, and hides options no practice has', async () => {
    openBrowser();
    await screen.findByRole('heading', { level: 2, name: '52 practices' });
    const theme = within(filters()).getByRole('group', { name: 'Theme' });
    expect(within(theme).getByRole('checkbox', { name: 'Entrepreneurship 10 practices' })).toBeTruthy();
    expect(within(theme).getByRole('checkbox', { name: 'Skills training 7 practices' })).toBeTruthy();
    expect(within(theme).queryByRole('checkbox', { name: /Family support/ })).toBeNull();
    const country = within(filters()).getByRole('group', { name: 'Country' });
    expect(within(country).getByRole('checkbox', { name: 'Philippines 26 practices' })).toBeTruthy();
    expect(within(country).queryByRole('checkbox', { name: /Brunei/ })).toBeNull();
    for (const group of ['Dimension', 'Level', 'Stakeholder', 'Target group', 'Evidence level']) {
      expect(within(filters()).getByRole('group', { name: group })).toBeTruthy();
    }
  });

  it('filters by kind: a destination state’s measures apart from reintegration, each card saying its kind', async () => {
    const user = userEvent.setup();
    const { current, lastVariables } = openBrowser();
    await screen.findByRole('heading', { level: 2, name: '52 practices' });
    const third = screen.getAllByRole('article')[2]!;
    expect(within(third).getByText('Destination-side measure')).toBeTruthy();
    expect(within(screen.getAllByRole('article')[0]!).getByText('Reintegration')).toBeTruthy();
    const kind = within(filters()).getByRole('group', { name: 'Kind' });
    expect(within(kind).getByRole('checkbox', { name: /^Reintegration 48 practices/ })).toBeTruthy();

    await user.click(within(kind).getByRole('checkbox', { name: /^Destination-side measure 3 practices/ }));

    expect(current()).toBe('/practices?kind=DESTINATION_SIDE');
    await waitFor(() => expect(lastVariables()?.filter?.kinds).toEqual(['DESTINATION_SIDE']));
  });

  it('checking a theme puts it in the query string and the API filter, and announces the new count', async () => {
    const user = userEvent.setup();
    const { current, lastVariables } = openBrowser();
    await screen.findByRole('heading', { level: 2, name: '52 practices' });
    expect(lastVariables()?.filter?.themes).toBeNull();

    await user.click(within(filters()).getByRole('checkbox', { name: /^Entrepreneurship/ }));

    expect(current()).toBe('/practices?theme=ENTREPRENEURSHIP');
    expect(await screen.findByRole('heading', { level: 2, name: '10 practices' })).toBeTruthy();
    expect(lastVariables()?.filter?.themes).toEqual(['ENTREPRENEURSHIP']);
    expect(lastVariables()?.after).toBeNull();
    expect(within(filters()).getByRole('checkbox', { name: /^Entrepreneurship/ })).toHaveProperty('checked', true);
    await waitFor(() => expect(screen.getByText('10 practices found.')).toBeTruthy());
    expect(screen.getByText('10 practices found.').getAttribute('aria-live')).toBe('polite');
  });

  it('counts the other values of a group in use without that group, since they are alternatives', async () => {
    const { lastFacetVariables } = openBrowser('/practices?theme=ENTREPRENEURSHIP&country=PH');
    await screen.findByRole('heading', { level: 2, name: '10 practices' });
    const theme = within(filters()).getByRole('group', { name: 'Theme' });
    // 7 practices on skills training match the country filter, though only 2 of them are also about entrepreneurship.
    expect(await within(theme).findByRole('checkbox', { name: 'Skills training 7 practices' })).toBeTruthy();
    const country = within(filters()).getByRole('group', { name: 'Country' });
    expect(within(country).getByRole('checkbox', { name: 'Indonesia 4 practices' })).toHaveProperty('checked', false);
    expect(within(country).getByRole('checkbox', { name: 'Philippines 6 practices' })).toHaveProperty('checked', true);
    // One facets field counts every group so: the filter is sent once, with no variant per group.
    expect(lastFacetVariables()).toEqual({
      filter: expect.objectContaining({ themes: ['ENTREPRENEURSHIP'], countryCodes: ['PH'] }),
      programId: '',
      withProgram: false,
    });
  });

  it('restores the whole view from the link, and a new filter goes back to the first page', async () => {
    const user = userEvent.setup();
    const { current, lastVariables } = openBrowser(
      '/practices?country=PH&theme=FAMILY_SUPPORT&q=loan&from=2009&to=2024&sort=NEWEST&after=c5',
    );
    await screen.findByRole('heading', { level: 2, name: '10 practices' });
    expect(lastVariables()).toMatchObject({
      filter: { countryCodes: ['PH'], themes: ['FAMILY_SUPPORT'], text: 'loan', yearFrom: 2009, yearTo: 2024 },
      orderBy: 'NEWEST',
      after: 'c5',
      first: 20,
    });
    // A selected option stays visible even when no practice has it.
    expect(within(filters()).getByRole('checkbox', { name: 'Family support 0 practices' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('searchbox', { name: 'Search practices' })).toHaveProperty('value', 'loan');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveProperty('value', 'NEWEST');
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveProperty('value', '2009');
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveProperty('value', '2024');
    // Cursors are opaque: the position of a page reached by a link is known only when it is the last.
    expect(screen.getByText('Showing 6–10 of 10')).toBeTruthy();
    // The page before one reached by a link is not known: the first page is offered instead.
    expect(screen.queryByRole('button', { name: 'Previous page' })).toBeNull();
    expect(screen.getByRole('button', { name: 'First page' })).toBeTruthy();

    await user.click(within(filters()).getByRole('checkbox', { name: /^Philippines/ }));
    expect(current()).toBe('/practices?theme=FAMILY_SUPPORT&q=loan&from=2009&to=2024&sort=NEWEST');
    await waitFor(() => expect(lastVariables()?.after).toBeNull());
    expect(lastVariables()?.filter?.countryCodes).toBeNull();
  });

  it('searches when the search is submitted, not on every keystroke', async () => {
    const user = userEvent.setup();
    const { current, calls, lastVariables } = openBrowser();
    await screen.findByRole('heading', { level: 2, name: '52 practices' });
    const requests = calls.length;
    await user.type(screen.getByRole('searchbox', { name: 'Search practices' }), 'cooperative');
    expect(current()).toBe('/practices');
    expect(calls.length).toBe(requests);
    await user.keyboard('{Enter}');
    expect(current()).toBe('/practices?q=cooperative');
    await waitFor(() => expect(lastVariables()?.filter?.text).toBe('cooperative'));
  });

  it('sorts with the PracticeOrder values', async () => {
    const user = userEvent.setup();
    const { current, lastVariables } = openBrowser();
    await screen.findByRole('heading', { level: 2, name: '52 practices' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Title, A to Z');
    expect(current()).toBe('/practices?sort=TITLE');
    await waitFor(() => expect(lastVariables()?.orderBy).toBe('TITLE'));
  });

  it('lists the newest first without a search, and the best matches first with one', async () => {
    const user = userEvent.setup();
    const { lastVariables } = openBrowser();
    await screen.findByRole('heading', { level: 2, name: '52 practices' });
    const sort = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Sort by' });
    expect(lastVariables()?.orderBy).toBe('NEWEST');
    expect(sort().value).toBe('NEWEST');
    // Relevance means nothing without a search: it is not offered.
    expect(within(sort()).queryByRole('option', { name: 'Relevance' })).toBeNull();

    await user.type(screen.getByRole('searchbox', { name: 'Search practices' }), 'cooperative{Enter}');
    await waitFor(() =>
      expect(lastVariables()).toMatchObject({ filter: { text: 'cooperative' }, orderBy: 'RELEVANCE' }),
    );
    expect(sort().value).toBe('RELEVANCE');
    expect(within(sort()).getByRole('option', { name: 'Relevance' })).toBeTruthy();
  });

  it('reads relevance in a link without a search as newest first', async () => {
    const { lastVariables } = openBrowser('/practices?sort=RELEVANCE');
    await screen.findByRole('heading', { level: 2, name: '52 practices' });
    expect(lastVariables()?.orderBy).toBe('NEWEST');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Sort by' }).value).toBe('NEWEST');
  });

  it('downloads exactly the practices of the current view as CSV, every page of it', async () => {
    const user = userEvent.setup();
    const { lastVariables } = openBrowser(
      '/practices?country=PH&theme=FAMILY_SUPPORT,ENTREPRENEURSHIP&evidence=EVALUATED&program=UHJvZ3JhbTox&q=loan&from=2009&to=2024&sort=TITLE&after=c5',
    );
    await screen.findByRole('heading', { level: 2, name: '10 practices' });
    const csvLink = () => screen.getByRole('link', { name: 'Download the 10 practices as CSV' });
    /** The link's address, and the API's filter as the CSV's query parameters (lists comma-separated). */
    const asCsv = () => {
      const filter = Object.entries(lastVariables()!.filter!).filter(([, value]) => value !== null);
      return [
        new URL(csvLink().getAttribute('href')!, 'http://atlas.test'),
        Object.fromEntries(
          filter.map(([field, value]) => [field, Array.isArray(value) ? value.join(',') : String(value)]),
        ),
      ] as const;
    };
    const [url, filter] = asCsv();
    expect(url.pathname).toBe('/export/practices.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual(filter);
    expect(filter).toEqual({
      countryCodes: 'PH',
      themes: 'FAMILY_SUPPORT,ENTREPRENEURSHIP',
      evidenceLevels: 'EVALUATED',
      programId: 'UHJvZ3JhbTox',
      text: 'loan',
      yearFrom: '2009',
      yearTo: '2024',
    });
    expect(csvLink().hasAttribute('download')).toBe(true);

    // A changed filter changes the download with it.
    await user.click(within(filters()).getByRole('checkbox', { name: /^Philippines/ }));
    await waitFor(() => expect(lastVariables()?.filter?.countryCodes).toBeNull());
    const [changed, changedFilter] = asCsv();
    expect(changed.searchParams.has('countryCodes')).toBe(false);
    expect(Object.fromEntries(changed.searchParams)).toEqual(changedFilter);
  });

  it('filters by years and programme', async () => {
    const user = userEvent.setup();
    const { current, lastVariables } = openBrowser();
    await screen.findByRole('heading', { level: 2, name: '52 practices' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2016');
    expect(current()).toBe('/practices?from=2016');
    await waitFor(() => expect(lastVariables()?.filter?.yearFrom).toBe(2016));
    // "To" offers only the years from 2016 on.
    const to = within(screen.getByRole('combobox', { name: 'To' }));
    expect(to.queryByRole('option', { name: '2009' })).toBeNull();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Programme' }),
      'National Reintegration Center for OFWs (9)',
    );
    expect(current()).toBe('/practices?program=UHJvZ3JhbTox&from=2016');
    expect(
      await screen.findByRole('button', {
        name: 'Remove filter Programme: National Reintegration Center for OFWs (NRCO)',
      }),
    ).toBeTruthy();
  });

  it('clears all filters, keeping the sort order', async () => {
    const user = userEvent.setup();
    const { current, lastVariables } = openBrowser('/practices?theme=ENTREPRENEURSHIP&country=PH&q=loan&sort=TITLE');
    await screen.findByRole('heading', { level: 2, name: '10 practices' });
    expect(screen.getByRole('button', { name: 'Remove filter Theme: Entrepreneurship' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove filter Country: Philippines' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(current()).toBe('/practices?sort=TITLE');
    expect(await screen.findByRole('heading', { level: 2, name: '52 practices' })).toBeTruthy();
    expect(lastVariables()?.filter).toMatchObject({ themes: null, countryCodes: null, text: null });
    expect(screen.getByRole('searchbox', { name: 'Search practices' })).toHaveProperty('value', '');
    expect(within(filters()).getByRole('checkbox', { name: /^Entrepreneurship/ })).toHaveProperty('checked', false);
  });

  it('removes one filter from the summary of filters in use', async () => {
    const user = userEvent.setup();
    const { current } = openBrowser('/practices?theme=ENTREPRENEURSHIP&country=PH');
    await screen.findByRole('heading', { level: 2, name: '10 practices' });
    await user.click(screen.getByRole('button', { name: 'Remove filter Theme: Entrepreneurship' }));
    expect(current()).toBe('/practices?country=PH');
  });

  it('pages with the cursor: next and previous pages, the range shown, and back to the first page', async () => {
    const user = userEvent.setup();
    const { current, lastVariables } = openBrowser();
    await screen.findByText('Showing 1–20 of 52');
    expect(screen.queryByRole('button', { name: 'First page' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(current()).toBe('/practices?after=c20');
    expect(await screen.findByText('Showing 21–40 of 52')).toBeTruthy();
    expect(lastVariables()?.after).toBe('c20');
    expect(screen.getByRole('link', { name: 'Practice number 21' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Showing 41–52 of 52')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Next page' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(current()).toBe('/practices?after=c20');
    expect(await screen.findByText('Showing 21–40 of 52')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(current()).toBe('/practices');
    expect(await screen.findByText('Showing 1–20 of 52')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Previous page' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Showing 21–40 of 52')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'First page' }));
    expect(current()).toBe('/practices');
    expect(await screen.findByText('Showing 1–20 of 52')).toBeTruthy();
  });

  it('says when no practice matches, with a way out', async () => {
    const user = userEvent.setup();
    const { current } = openBrowser('/practices?country=BN');
    expect(await screen.findByText('No practice matches these filters.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '0 practices' })).toBeTruthy();
    const clear = screen.getAllByRole('button', { name: 'Clear all filters' });
    await user.click(clear.at(-1)!);
    expect(current()).toBe('/practices');
  });

  it('shows that the practices are loading', () => {
    openBrowser('/practices', { PracticeList: 'pending', PracticeFacets: 'pending' });
    expect(screen.getByText('Loading practices…')).toBeTruthy();
    expect(screen.getByText('Loading filters…')).toBeTruthy();
  });

  it('shows an error with a retry when the API cannot be reached', async () => {
    const user = userEvent.setup();
    let offline = true;
    openBrowser('/practices', {
      PracticeList: (variables) => (offline ? 'offline' : answers.PracticeList(variables)),
      PracticeFacets: (variables) => (offline ? 'offline' : answers.PracticeFacets(variables)),
    });
    // The results and the filters each say so.
    expect(await screen.findAllByRole('alert')).toHaveLength(2);
    expect(screen.getAllByText(/could not be reached/)).toHaveLength(2);
    offline = false;
    for (const retry of screen.getAllByRole('button', { name: 'Try again' })) await user.click(retry);
    expect(await screen.findByRole('heading', { level: 2, name: '52 practices' })).toBeTruthy();
    expect(await within(filters()).findByRole('checkbox', { name: /^Entrepreneurship/ })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers the first page when a page link is out of date', async () => {
    const user = userEvent.setup();
    const { current } = openBrowser('/practices?after=stale', {
      ...answers,
      PracticeList: (variables) =>
        variables.after === 'stale'
          ? {
              errors: [
                {
                  message: 'Invalid input. after: is not a cursor returned by this API',
                  extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'after', message: 'is not a cursor' }] },
                },
              ],
            }
          : answers.PracticeList(variables),
    });
    expect(await screen.findByText(/This page link is out of date/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Go to the first page' }));
    expect(current()).toBe('/practices');
    expect(await screen.findByText('Showing 1–20 of 52')).toBeTruthy();
  });

  it('folds the filters behind a "Filters" button that says whether they are open', async () => {
    const user = userEvent.setup();
    openBrowser('/practices?theme=ENTREPRENEURSHIP');
    await screen.findByRole('heading', { level: 2, name: '10 practices' });
    const toggle = screen.getByRole('button', { name: 'Filters (1 in use)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toBeTruthy();
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Show 10 practices' }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});
