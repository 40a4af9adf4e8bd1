import { plural } from '../../format';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { ErrorState, Loading } from '../../components/QueryState';
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

/** Practices per page. */
const PAGE_SIZE = 20;

/**
 * Each page reached by "Next page" in this session, by list and cursor: where it starts (0-based;
 * null when unknown) and the cursor of the page before it (null: the first page). Cursors are opaque
 * and the API pages forward only, so a page opened from a link knows neither.
 */
const visitedPages = new Map<string, { start: number | null; previous: string | null }>();

export default function PracticesPage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = useMemo(() => parsePracticeParams(search), [search]);
  const orderBy = sortOrder(state);

  const listVariables = useMemo(
    () => ({ filter: practiceFilter(state), first: PAGE_SIZE, after: state.after, orderBy }),
    [state, orderBy],
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
  const countryName = (code: string) => counts?.countries.find((c) => c.value === code)?.label ?? code;
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
      <title>Practices · Reintegration Atlas</title>
      <h1>Practices</h1>
      <p className="lede">
        What works, where: good practices and lessons in the return and reintegration of migrant workers across the
        ASEAN member states. Filter them, search them, and share the link of any view.
      </p>

      <form role="search" className="practice-search" onSubmit={onSearch}>
        <label htmlFor="practice-search-input">Search practices</label>
        <div className="practice-search-row">
          <input
            key={state.text}
            id="practice-search-input"
            type="search"
            name="q"
            defaultValue={state.text}
            placeholder="e.g. cooperative, women"
          />
          <button type="submit">Search</button>
        </div>
      </form>

      <div className="two-columns">
        <aside className="practice-sidebar" aria-labelledby="filters-heading">
          <button
            type="button"
            className="secondary filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="practice-filter-panel"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            Filters{filterCount > 0 ? ` (${filterCount} in use)` : ''}
          </button>
          <div id="practice-filter-panel" className={filtersOpen ? 'filter-panel is-open' : 'filter-panel'}>
            <h2 id="filters-heading">Filters</h2>
            <button
              type="button"
              className="link-button skip-to-results"
              onClick={() => {
                resultsHeading.current?.focus();
                resultsHeading.current?.scrollIntoView?.({ block: 'start' });
              }}
            >
              Skip to the results
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
              <Loading what="filters" />
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
                Show {plural(page.totalCount, 'practice', 'practices')}
              </button>
            )}
          </div>
        </aside>

        <section className="practice-results" aria-labelledby="results-heading" aria-busy={list.fetching}>
          <div className="results-bar">
            <h2 id="results-heading" ref={resultsHeading} tabIndex={-1}>
              {page ? plural(page.totalCount, 'practice', 'practices') : 'Results'}
            </h2>
            <div className="sort-control">
              <label htmlFor="practice-sort">Sort by</label>
              <select
                id="practice-sort"
                value={orderBy}
                onChange={(event) => go({ ...state, sort: event.target.value, after: null })}
              >
                {sortOptions(state).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {page && !list.fetching ? `${plural(page.totalCount, 'practice', 'practices')} found.` : ''}
          </p>

          <ActiveFilters state={state} countryName={countryName} programLabel={programLabel} onChange={go} />
          {page && page.totalCount > 0 && (
            <p className="results-download">
              <a className="button secondary" href={practicesCsvHref(state)} download>
                Download the {plural(page.totalCount, 'practice', 'practices')} as CSV
              </a>{' '}
              <span className="meta">every page of this view, with their sources</span>
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
            {badCursor ? 'This page link is out of date. ' : ''}
            <button type="button" className="secondary" onClick={onFirstPage}>
              Go to the first page
            </button>
          </p>
        )}
      </>
    );
  }
  if (!data || (fetching && data.practices.totalCount === 0)) return <Loading what="practices" />;

  const { nodes, totalCount, pageInfo } = data.practices;
  const endCursor = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  if (totalCount === 0 || nodes.length === 0) {
    return (
      <div className="state state-empty">
        <p>{totalCount === 0 ? 'No practice matches these filters.' : 'This page is past the end of the list.'}</p>
        {totalCount === 0 ? (
          <button type="button" onClick={onClear}>
            Clear all filters
          </button>
        ) : (
          <button type="button" onClick={onFirstPage}>
            First page
          </button>
        )}
      </div>
    );
  }

  // The position of this page: known on the first page, on the last one, or when we paged here. While
  // the next page loads, the previous one stays on screen, dimmed, without a range.
  const start = pageStart ?? (pageInfo.hasNextPage ? null : totalCount - nodes.length);
  const range = fetching
    ? 'Updating…'
    : start !== null
      ? `Showing ${start + 1}–${start + nodes.length} of ${totalCount}`
      : `Showing ${nodes.length} of ${totalCount}, on a later page`;

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
        <nav className="pagination" aria-label="Pages of results">
          {state.after && (
            <button type="button" className="secondary" onClick={onFirstPage} disabled={fetching}>
              First page
            </button>
          )}
          {state.after && onPreviousPage && (
            <button type="button" className="secondary" onClick={onPreviousPage} disabled={fetching}>
              Previous page
            </button>
          )}
          {endCursor && (
            <button type="button" onClick={() => onNextPage(endCursor, nodes.length)} disabled={fetching}>
              Next page
            </button>
          )}
        </nav>
      )}
    </>
  );
}
