import { useMemo } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { Empty, ErrorState, Loading, QueryState } from '../../components/QueryState';
import { practicesHref } from '../../practice-filter-params';
import { buildCompareCsv, compareCsvFileName } from './compare-csv';
import { SharedCharts, SingleCountryFigures } from './ComparedFigures';
import { CountrySelector } from './CountrySelector';
import { CoverageMatrix } from './CoverageMatrix';
import { csvCoverage, csvFigures } from './figures';
import { ProgramsSideBySide } from './ProgramsSideBySide';
import { CompareCountriesQuery, ComparisonQuery, type Comparison } from './queries';
import { compareHref, MAX_COUNTRIES, parseSelection, requestedCodes, type Selection } from './selection';
import './compare.css';

/** An example comparison, offered when fewer than two countries are chosen. */
const EXAMPLE = ['ID', 'PH', 'VN'];

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Saves the CSV through an object URL and a temporary `<a download>`. */
function downloadCsv(csv: string, fileName: string) {
  // A byte-order mark, so spreadsheet programs read the file as UTF-8.
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function SelectionNotes({ selection, nameOf }: { selection: Selection; nameOf: (code: string) => string }) {
  const notes: string[] = [];
  if (selection.unknown.length > 0) {
    notes.push(
      `${list(selection.unknown.map((code) => `“${code}”`))} ${selection.unknown.length === 1 ? 'is not an ASEAN member state code' : 'are not ASEAN member state codes'}: ignored.`,
    );
  }
  if (selection.duplicates.length > 0) {
    notes.push(
      `${list(selection.duplicates.map(nameOf))} ${selection.duplicates.length === 1 ? 'was' : 'were'} given twice: shown once.`,
    );
  }
  if (selection.overLimit.length > 0) {
    notes.push(
      `At most ${MAX_COUNTRIES} countries can be compared: ${list(selection.overLimit.map(nameOf))} left out.`,
    );
  }
  if (notes.length === 0) return null;
  return (
    <div className="compare-notes" role="note" aria-label="About the address">
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}

function ComparisonView({ comparison, codes }: { comparison: Comparison; codes: string[] }) {
  const names = comparison.countries.map((country) => country.name);
  const fileName = compareCsvFileName(codes);
  const onDownload = () => downloadCsv(buildCompareCsv(csvFigures(comparison), csvCoverage(comparison)), fileName);
  return (
    <>
      <div className="compare-summary">
        <p>
          Comparing <strong>{list(names)}</strong>.
        </p>
        <div className="compare-actions">
          <button type="button" onClick={onDownload}>
            Download CSV<span className="visually-hidden"> of this comparison</span>
          </button>
          <Link href={practicesHref({ countryCodes: codes })}>Browse their practices</Link>
        </div>
        <p className="meta">
          The CSV ({fileName}) has every figure below with its source, then the practice coverage matrix.
        </p>
      </div>
      <nav className="compare-toc" aria-label="On this page">
        <ul>
          <li>
            <a href="#coverage">Practice coverage</a>
          </li>
          <li>
            <a href="#programmes">Programmes</a>
          </li>
          <li>
            <a href="#shared-figures">Figures side by side</a>
          </li>
          <li>
            <a href="#single-figures">Figures of one country</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="coverage">
        <h2 id="coverage" tabIndex={-1}>
          Practice coverage
        </h2>
        <p className="meta">
          Practices per reintegration dimension and theme. A practice can address several of each, so it can count in
          several cells. Each number opens those practices.
        </p>
        {comparison.coverage.length === 0 ? (
          <Empty>None of these countries has a published practice yet.</Empty>
        ) : (
          <CoverageMatrix comparison={comparison} />
        )}
      </section>

      <section aria-labelledby="programmes">
        <h2 id="programmes" tabIndex={-1}>
          Programmes
        </h2>
        <ProgramsSideBySide countries={comparison.countries} />
      </section>

      <section aria-labelledby="shared-figures">
        <h2 id="shared-figures" tabIndex={-1}>
          Figures side by side
        </h2>
        <p className="meta">
          Headline statistics and programme outcomes that two or more of these countries report, each on one shared
          axis. Under each chart, a table gives every value with its source.
        </p>
        <SharedCharts comparison={comparison} />
      </section>

      <section aria-labelledby="single-figures">
        <h2 id="single-figures" tabIndex={-1}>
          Figures of one country
        </h2>
        <p className="meta">Figures on indicators only one of these countries reports.</p>
        <SingleCountryFigures comparison={comparison} />
      </section>
    </>
  );
}

export default function ComparePage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const [countriesResult, reexecuteCountries] = useQuery({ query: CompareCountriesQuery });
  const countries = countriesResult.data?.countries;
  const selection = useMemo(
    () =>
      countries
        ? parseSelection(
            search,
            countries.map((country) => country.code),
          )
        : null,
    [search, countries],
  );
  const codes = selection?.codes ?? [];
  const ready = codes.length >= 2;
  const [comparisonResult, reexecuteComparison] = useQuery({
    query: ComparisonQuery,
    variables: { codes },
    pause: !ready,
  });

  const select = (next: string[]) => navigate(compareHref(next), { replace: true });

  return (
    <>
      <title>
        {ready && countries
          ? `Compare ${list(codes.map((code) => countries.find((country) => country.code === code)?.name ?? code))} — Reintegration Atlas`
          : 'Compare member states — Reintegration Atlas'}
      </title>
      <h1>Compare member states</h1>
      <p className="lede">
        Two to eleven ASEAN member states side by side: what their practices cover, their reintegration programmes, and
        their figures on shared axes, every figure with its source.
      </p>
      {countriesResult.error && !countries ? (
        <ErrorState error={countriesResult.error} retry={() => reexecuteCountries({ requestPolicy: 'network-only' })} />
      ) : !countries || !selection ? (
        <Loading what={requestedCodes(search).length > 0 ? 'the comparison' : 'member states'} />
      ) : (
        <>
          <SelectionNotes
            selection={selection}
            nameOf={(code) => countries.find((country) => country.code === code)?.name ?? code}
          />
          <CountrySelector countries={countries} selected={codes} onChange={select} />
          {!ready ? (
            <div className="state state-empty compare-empty">
              <p>
                {codes.length === 0
                  ? 'Choose at least two member states to compare them side by side.'
                  : `${countries.find((country) => country.code === codes[0])?.name ?? codes[0]} is chosen: choose at least one more member state to compare.`}
              </p>
              <p>
                Or start with an example:{' '}
                <Link href={compareHref(EXAMPLE)}>
                  {list(EXAMPLE.map((code) => countries.find((country) => country.code === code)?.name ?? code))}
                </Link>
                .
              </p>
            </div>
          ) : (
            <QueryState
              what="comparison"
              result={comparisonResult}
              data={comparisonResult.data?.compareCountries}
              retry={reexecuteComparison}
            >
              {(comparison) => <ComparisonView comparison={comparison} codes={codes} />}
            </QueryState>
          )}
        </>
      )}
    </>
  );
}
