import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery, type CombinedError } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { useCountryName } from '../../components/country-name';
import { ErrorState, Loading } from '../../components/QueryState';
import { usePageContentLanguage } from '../../components/LocalizedText';
import { PageTitle } from '../../layout/PageTitle';
import {
  parsePracticeParams,
  practiceFilter,
  practiceParams,
  practicesHref,
  type PracticeBrowserState,
} from '../../practice-filter-params';
import { ActiveFilters } from './ActiveFilters';
import { activeFilterCount, clearedState, practicesCsvHref, sortOptions, sortOrder } from './browser-state';
import { PracticeCard } from './PracticeCard';
import { PracticeFilters } from './PracticeFilters';
import { PracticeFacetsQuery, PracticeListQuery, type PracticeListData } from './queries';
import './practices.css';
import { t } from '../../i18n/message';
import { API_BASE } from '../../api-client';
import { SNAPSHOT } from '../../snapshot/snapshot-meta';

/** Practices per page. */
const PAGE_SIZE = 20;

/**
 * Each page reached by "Next page" in this session, by list and cursor: where it starts (0-based;
 * null when unknown) and the cursor of the page before it (null: the first page). Cursors are opaque
 * and the API pages forward only, so a page opened from a link knows neither.
 */
const visitedPages = new Map<string, { start: number | null; previous: string | null }>();

export default function PracticesPage() {
  const intl = useIntl();
  const countryNameOf = useCountryName();
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = useMemo(() => parsePracticeParams(search), [search]);
  const orderBy = sortOrder(state);

  const language = usePageContentLanguage();
  const listVariables = useMemo(
    () => ({ filter: practiceFilter(state), first: PAGE_SIZE, after: state.after, orderBy, language }),
    [state, orderBy, language],
  );
  const [list, reexecuteList] = useQuery({ query: PracticeListQuery, variables: listVariables });
  // The facets do not depend on the page or the order: paging and sorting reuse them.
  const facetKey = practiceParams({ ...state, after: null, sort: null });
  const facetVars = useMemo(() => {
    const filtered = parsePracticeParams(facetKey);
    return {
      filter: practiceFilter(filtered),
      programId: filtered.programId ?? '',
      withProgram: filtered.programId !== null,
    };
  }, [facetKey]);
  const [facets, reexecuteFacets] = useQuery({ query: PracticeFacetsQuery, variables: facetVars });

  const [filtersOpen, setFiltersOpen] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);

  const go = (next: PracticeBrowserState) => navigate(practicesHref(next));

  const listKey = practiceParams({ ...state, after: null });
  const visited = state.after === null ? undefined : visitedPages.get(`${listKey}|${state.after}`);
  const pageStart = state.after === null ? 0 : (visited?.start ?? null);

  // After "Next page", "First page" or closing the filters on a phone, the keyboard focus moves to
  // the top of the results, once they are there.
  useEffect(() => {
    if (!list.fetching && list.data && !filtersOpen && focusResults.current) {
      focusResults.current = false;
      resultsHeading.current?.focus();
      resultsHeading.current?.scrollIntoView?.({ block: 'start' });
    }
  }, [list.fetching, list.data, filtersOpen]);

  const page = list.data?.practices;
  const counts = facets.data?.practices.facets ?? null;
  const selectedProgram = facets.data?.selectedProgram;
  const programLabel = selectedProgram
    ? selectedProgram.acronym
      ? `${selectedProgram.name} (${selectedProgram.acronym})`
      : selectedProgram.name
    : (counts?.programs.find((program) => program.value === state.programId)?.label ?? null);
  const countryName = (code: string) =>
    countryNameOf({ code, name: counts?.countries.find((c) => c.value === code)?.label ?? code });
  const filterCount = activeFilterCount(state);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    go({ ...state, text, after: null });
  };

  const nextPage = (endCursor: string, shown: number) => {
    visitedPages.set(`${listKey}|${endCursor}`, {
      start: pageStart === null ? null : pageStart + shown,
      previous: state.after,
    });
    focusResults.current = true;
    go({ ...state, after: endCursor });
  };
  const firstPage = () => {
    focusResults.current = true;
    go({ ...state, after: null });
  };
  const toPreviousPage =
    visited === undefined
      ? null
      : () => {
          focusResults.current = true;
          go({ ...state, after: visited.previous });
        };

  return (
    <section className="practices-page">
      <PageTitle page={intl.formatMessage({ id: 'practices.title' })} />
      <h1>{t('practices.title')}</h1>
      <p className="lede">{t('practices.lede')}</p>

      {SNAPSHOT ? (
        // Ranking by words is the database's full-text index: a snapshot filters, it does not search.
        <p className="practice-search">{t('practices.search.snapshot')}</p>
      ) : (
        <form role="search" className="practice-search" onSubmit={onSearch}>
          <label htmlFor="practice-search-input">{t('practices.search.label')}</label>
          <div className="practice-search-row">
            <input
              key={state.text}
              id="practice-search-input"
              type="search"
              name="q"
              defaultValue={state.text}
              placeholder={intl.formatMessage({ id: 'practices.search.placeholder' })}
            />
            <button type="submit">{t('practices.search.submit')}</button>
          </div>
        </form>
      )}

      <div className="two-columns">
        <aside className="practice-sidebar" aria-labelledby="filters-heading">
          <button
            type="button"
            className="secondary filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="practice-filter-panel"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {t('practices.filters.toggle', { count: filterCount })}
          </button>
          <div id="practice-filter-panel" className={filtersOpen ? 'filter-panel is-open' : 'filter-panel'}>
            <h2 id="filters-heading">{t('practices.filters')}</h2>
            <button
              type="button"
              className="link-button skip-to-results"
              onClick={() => {
                resultsHeading.current?.focus();
                resultsHeading.current?.scrollIntoView?.({ block: 'start' });
              }}
            >
              {t('practices.filters.skip')}
            </button>
            {facets.data && counts ? (
              <PracticeFilters
                state={state}
                facets={counts}
                years={facets.data.allYears.facets.years.map((year) => year.value)}
                programLabel={programLabel}
                onChange={go}
              />
            ) : facets.error ? (
              <ErrorState error={facets.error} retry={() => reexecuteFacets({ requestPolicy: 'network-only' })} />
            ) : (
              <Loading what="what.filters" />
            )}
            {page && (
              <button
                type="button"
                className="filters-done"
                onClick={() => {
                  focusResults.current = true;
                  setFiltersOpen(false);
                }}
              >
                {t('practices.filters.show', { count: page.totalCount })}
              </button>
            )}
          </div>
        </aside>

        <section className="practice-results" aria-labelledby="results-heading" aria-busy={list.fetching}>
          <div className="results-bar">
            <h2 id="results-heading" ref={resultsHeading} tabIndex={-1}>
              {page ? t('practices.count', { count: page.totalCount }) : t('practices.results')}
            </h2>
            <div className="sort-control">
              <label htmlFor="practice-sort">{t('practices.sortBy')}</label>
              <select
                id="practice-sort"
                value={orderBy}
                onChange={(event) => go({ ...state, sort: event.target.value, after: null })}
              >
                {sortOptions(state).map((order) => (
                  <option key={order} value={order}>
                    {intl.formatMessage({ id: `practices.sort.${order}` })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {page && !list.fetching ? intl.formatMessage({ id: 'practices.found' }, { count: page.totalCount }) : ''}
          </p>

          <ActiveFilters state={state} countryName={countryName} programLabel={programLabel} onChange={go} />
          {page && page.totalCount > 0 && SNAPSHOT && (
            // A snapshot's CSV is a file of every published practice: it cannot be cut to the filter.
            <p className="results-download">
              <a className="button secondary" href={`${API_BASE}/export/practices.csv`} download>
                {t('practices.download.snapshot')}
              </a>
            </p>
          )}
          {page && page.totalCount > 0 && !SNAPSHOT && (
            <p className="results-download">
              <a className="button secondary" href={practicesCsvHref(state)} download>
                {t('practices.download', { count: page.totalCount })}
              </a>{' '}
              <span className="meta">{t('practices.download.note')}</span>
            </p>
          )}

          <Results
            data={list.data}
            fetching={list.fetching}
            error={list.error}
            state={state}
            pageStart={pageStart}
            retry={() => reexecuteList({ requestPolicy: 'network-only' })}
            onClear={() => go(clearedState(state))}
            onFirstPage={firstPage}
            onPreviousPage={toPreviousPage}
            onNextPage={nextPage}
          />
        </section>
      </div>
    </section>
  );
}

function Results({
  data,
  fetching,
  error,
  state,
  pageStart,
  retry,
  onClear,
  onFirstPage,
  onPreviousPage,
  onNextPage,
}: {
  data: PracticeListData | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  state: PracticeBrowserState;
  pageStart: number | null;
  retry: () => void;
  onClear: () => void;
  onFirstPage: () => void;
  /** Null when the page before this one is not known (a page opened from a link). */
  onPreviousPage: (() => void) | null;
  onNextPage: (endCursor: string, shown: number) => void;
}) {
  const intl = useIntl();
  if (error && !data) {
    // A cursor from an old link that the API no longer accepts: offer the first page instead.
    const badCursor = error.graphQLErrors.some((e) => {
      const fields = e.extensions?.fields;
      return Array.isArray(fields) && fields.some((field) => field?.path === 'after');
    });
    return (
      <>
        <ErrorState error={error} retry={badCursor ? undefined : retry} />
        {state.after && (
          <p>
            {badCursor && t('practices.outdatedLink')}
            <button type="button" className="secondary" onClick={onFirstPage}>
              {t('practices.toFirstPage')}
            </button>
          </p>
        )}
      </>
    );
  }
  if (!data || (fetching && data.practices.totalCount === 0)) return <Loading what="what.practices" />;

  const { nodes, totalCount, pageInfo } = data.practices;
  const endCursor = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  if (totalCount === 0 || nodes.length === 0) {
    return (
      <div className="state state-empty">
        <p>
          <FormattedMessage id={totalCount === 0 ? 'practices.noMatch' : 'practices.pastTheEnd'} />
        </p>
        {totalCount === 0 ? (
          <button type="button" onClick={onClear}>
            {t('practices.clearFilters')}
          </button>
        ) : (
          <button type="button" onClick={onFirstPage}>
            {t('practices.firstPage')}
          </button>
        )}
      </div>
    );
  }

  // The position of this page: known on the first page, on the last one, or when we paged here. While
  // the next page loads, the previous one stays on screen, dimmed, without a range.
  const start = pageStart ?? (pageInfo.hasNextPage ? null : totalCount - nodes.length);
  const range = fetching
    ? intl.formatMessage({ id: 'practices.updating' })
    : start !== null
      ? intl.formatMessage({ id: 'practices.range' }, { from: start + 1, to: start + nodes.length, total: totalCount })
      : intl.formatMessage({ id: 'practices.rangeLater' }, { shown: nodes.length, total: totalCount });

  return (
    <>
      <p className="meta results-range">{range}</p>
      <ol className={fetching ? 'practice-list is-stale' : 'practice-list'}>
        {nodes.map((practice) => (
          <li key={practice.id}>
            <PracticeCard practice={practice} />
          </li>
        ))}
      </ol>
      {(endCursor || state.after) && (
        <nav className="pagination" aria-label={intl.formatMessage({ id: 'practices.pages' })}>
          {state.after && (
            <button type="button" className="secondary" onClick={onFirstPage} disabled={fetching}>
              {t('practices.firstPage')}
            </button>
          )}
          {state.after && onPreviousPage && (
            <button type="button" className="secondary" onClick={onPreviousPage} disabled={fetching}>
              {t('practices.previousPage')}
            </button>
          )}
          {endCursor && (
            <button type="button" onClick={() => onNextPage(endCursor, nodes.length)} disabled={fetching}>
              {t('practices.nextPage')}
            </button>
          )}
        </nav>
      )}
    </>
  );
}
