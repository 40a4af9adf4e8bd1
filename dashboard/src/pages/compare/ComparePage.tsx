import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { Empty, ErrorState, Loading, QueryState } from '../../components/QueryState';
import { useCountryName } from '../../components/country-name';
import { formatList } from '../../format';
import { PageTitle } from '../../layout/PageTitle';
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
import { t } from '../../i18n/message';
import { PrintFrame } from '../../print/PrintFrame';
import { PresentationSteps } from '../../presentation/PresentationSteps';

/** An example comparison, offered when fewer than two countries are chosen. */
const EXAMPLE = ['ID', 'PH', 'VN'];

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
  const intl = useIntl();
  const list = (items: readonly string[]) => formatList(intl.locale, items);
  const notes: string[] = [];
  if (selection.unknown.length > 0) {
    notes.push(
      intl.formatMessage(
        { id: 'compare.notes.unknown' },
        { codes: list(selection.unknown.map((code) => `“${code}”`)), count: selection.unknown.length },
      ),
    );
  }
  if (selection.duplicates.length > 0) {
    notes.push(
      intl.formatMessage(
        { id: 'compare.notes.duplicates' },
        { countries: list(selection.duplicates.map(nameOf)), count: selection.duplicates.length },
      ),
    );
  }
  if (selection.overLimit.length > 0) {
    notes.push(
      intl.formatMessage(
        { id: 'compare.notes.overLimit' },
        { max: MAX_COUNTRIES, countries: list(selection.overLimit.map(nameOf)) },
      ),
    );
  }
  if (notes.length === 0) return null;
  return (
    <div className="compare-notes" role="note" aria-label={intl.formatMessage({ id: 'compare.notes.label' })}>
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}

function ComparisonView({ comparison, codes }: { comparison: Comparison; codes: string[] }) {
  const intl = useIntl();
  const countryName = useCountryName();
  const names = comparison.countries.map(countryName);
  const fileName = compareCsvFileName(codes);
  const onDownload = () =>
    downloadCsv(
      buildCompareCsv(csvFigures(intl, comparison), csvCoverage(intl, comparison), (column) =>
        intl.formatMessage({ id: `compare.csv.${column}` }),
      ),
      fileName,
    );
  return (
    <>
      <div className="compare-summary">
        <p>
          {t('compare.comparing', {
            countries: formatList(intl.locale, names),
            strong: (text) => <strong>{text}</strong>,
          })}
        </p>
        <div className="compare-actions">
          <button type="button" onClick={onDownload}>
            {t('compare.download')}
          </button>
          <Link href={practicesHref({ countryCodes: codes })}>{t('compare.browsePractices')}</Link>
        </div>
        <p className="meta">{t('compare.downloadNote', { fileName: <code>{fileName}</code> })}</p>
      </div>
      <nav className="compare-toc" aria-label={intl.formatMessage({ id: 'compare.toc' })}>
        <ul>
          <li>
            <a href="#coverage">{t('compare.coverage')}</a>
          </li>
          <li>
            <a href="#programmes">{t('compare.programmes')}</a>
          </li>
          <li>
            <a href="#shared-figures">{t('compare.sharedFigures')}</a>
          </li>
          <li>
            <a href="#single-figures">{t('compare.singleFigures')}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="coverage">
        <h2 id="coverage" tabIndex={-1}>
          {t('compare.coverage')}
        </h2>
        <p className="meta">{t('compare.coverage.note')}</p>
        {comparison.coverage.length === 0 ? (
          <Empty>{t('compare.coverage.none')}</Empty>
        ) : (
          <CoverageMatrix comparison={comparison} />
        )}
      </section>

      <section aria-labelledby="programmes">
        <h2 id="programmes" tabIndex={-1}>
          {t('compare.programmes')}
        </h2>
        <ProgramsSideBySide countries={comparison.countries} />
      </section>

      <section aria-labelledby="shared-figures">
        <h2 id="shared-figures" tabIndex={-1}>
          {t('compare.sharedFigures')}
        </h2>
        <p className="meta">{t('compare.sharedFigures.note')}</p>
        <SharedCharts comparison={comparison} />
      </section>

      <section aria-labelledby="single-figures">
        <h2 id="single-figures" tabIndex={-1}>
          {t('compare.singleFigures')}
        </h2>
        <p className="meta">{t('compare.singleFigures.note')}</p>
        <SingleCountryFigures comparison={comparison} />
      </section>
    </>
  );
}

export default function ComparePage() {
  const intl = useIntl();
  const countryName = useCountryName();
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
  const nameOf = (code: string) => {
    const country = countries?.find((candidate) => candidate.code === code);
    return country ? countryName(country) : code;
  };
  const list = (items: readonly string[]) => formatList(intl.locale, items);

  return (
    <PrintFrame>
      <PageTitle
        page={
          ready && countries
            ? intl.formatMessage({ id: 'compare.titleOf' }, { countries: list(codes.map(nameOf)) })
            : intl.formatMessage({ id: 'compare.title' })
        }
      />
      <h1>{t('compare.title')}</h1>
      <p className="lede">{t('compare.lede')}</p>
      <PresentationSteps />
      {countriesResult.error && !countries ? (
        <ErrorState error={countriesResult.error} retry={() => reexecuteCountries({ requestPolicy: 'network-only' })} />
      ) : !countries || !selection ? (
        <Loading what={requestedCodes(search).length > 0 ? 'what.theComparison' : 'what.memberStates'} />
      ) : (
        <>
          <SelectionNotes selection={selection} nameOf={nameOf} />
          <CountrySelector countries={countries} selected={codes} onChange={select} />
          {!ready ? (
            <div className="state state-empty compare-empty">
              <p>
                {codes[0] === undefined
                  ? t('compare.chooseTwo')
                  : t('compare.chooseOneMore', { country: nameOf(codes[0]) })}
              </p>
              <p>
                {t('compare.example', {
                  countries: list(EXAMPLE.map(nameOf)),
                  link: (text) => <Link href={compareHref(EXAMPLE)}>{text}</Link>,
                })}
              </p>
            </div>
          ) : (
            <QueryState
              what="what.comparison"
              result={comparisonResult}
              data={comparisonResult.data?.compareCountries}
              retry={reexecuteComparison}
            >
              {(comparison) => <ComparisonView comparison={comparison} codes={codes} />}
            </QueryState>
          )}
        </>
      )}
    </PrintFrame>
  );
}
