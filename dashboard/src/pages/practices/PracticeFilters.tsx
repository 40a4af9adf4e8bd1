import { VOCABULARY_FACETS, type Vocabulary } from '@atlas/shared';
import { useIntl } from 'react-intl';
import { useCountryName } from '../../components/country-name';
import { useVocabulary } from '../../components/Vocabulary';
import type { MessageId } from '../../i18n/message-ids';
import { type ListField, type PracticeBrowserState } from '../../practice-filter-params';
import { toggleValue } from './browser-state';
import type { PracticeFacets } from './queries';
import { t } from '../../i18n/message';

interface FacetOption {
  value: string;
  label: string;
  count: number;
}

type ListFacet = Exclude<keyof PracticeFacets, 'years' | 'programs'>;

/**
 * The checkbox groups, in the order shown: the country, then the vocabularies (`VOCABULARY_FACETS`),
 * each with its legend and the vocabulary that names its values (the country's are named by code).
 */
const GROUPS: readonly { field: ListField; facet: ListFacet; legend: MessageId; vocabulary?: Vocabulary<string> }[] = [
  { field: 'countryCodes', facet: 'countries', legend: 'practices.filters.country' },
  ...VOCABULARY_FACETS.map(({ name, vocabulary }) => ({
    field: name,
    facet: name,
    legend: `facets.${name}.legend` as const,
    vocabulary,
  })),
];

/** The groups whose options show their value's description under them, where the label alone is not enough. */
const HINTED: readonly ListField[] = ['kinds', 'evidenceLevels'];

export function PracticeFilters({
  state,
  facets,
  years,
  programLabel,
  onChange,
}: {
  state: PracticeBrowserState;
  facets: PracticeFacets;
  /** Every year a practice in the Atlas began, for the year selects. */
  years: readonly number[];
  /** The selected programme's name, when the facets do not list it. */
  programLabel: string | null;
  onChange: (next: PracticeBrowserState) => void;
}) {
  const intl = useIntl();
  const yearOptions = [
    ...new Set([...years, state.yearFrom, state.yearTo].filter((y): y is number => y !== null)),
  ].sort((a, b) => a - b);
  const programs: FacetOption[] = [...facets.programs];
  if (state.programId && !programs.some((program) => program.value === state.programId)) {
    programs.unshift({
      value: state.programId,
      label: programLabel ?? intl.formatMessage({ id: 'practices.filters.selectedProgramme' }),
      count: 0,
    });
  }

  return (
    <div className="practice-filters">
      <p className="meta">{t('practices.filters.how')}</p>
      {GROUPS.map((group) => (
        <CheckboxGroup
          key={group.field}
          field={group.field}
          legend={intl.formatMessage({ id: group.legend })}
          vocabulary={group.vocabulary}
          options={facets[group.facet]}
          selected={state[group.field]}
          onToggle={(value) => onChange(toggleValue(state, group.field, value))}
        />
      ))}
      <fieldset className="filter-group filter-years">
        <legend>{t('practices.filters.years')}</legend>
        <div className="year-range">
          <YearSelect
            label={intl.formatMessage({ id: 'practices.filters.from' })}
            value={state.yearFrom}
            years={yearOptions.filter((year) => state.yearTo === null || year <= state.yearTo)}
            onChange={(yearFrom) => onChange({ ...state, yearFrom, after: null })}
          />
          <YearSelect
            label={intl.formatMessage({ id: 'practices.filters.to' })}
            value={state.yearTo}
            years={yearOptions.filter((year) => state.yearFrom === null || year >= state.yearFrom)}
            onChange={(yearTo) => onChange({ ...state, yearTo, after: null })}
          />
        </div>
      </fieldset>
      {programs.length > 0 && (
        <div className="filter-group filter-program">
          <label htmlFor="filter-program">{t('practices.filters.programme')}</label>
          <select
            id="filter-program"
            value={state.programId ?? ''}
            onChange={(event) => onChange({ ...state, programId: event.target.value || null, after: null })}
          >
            <option value="">{intl.formatMessage({ id: 'practices.filters.allProgrammes' })}</option>
            {programs.map((program) => (
              <option key={program.value} value={program.value}>
                {intl.formatMessage(
                  { id: 'practices.filters.programmeOption' },
                  { programme: program.label, count: program.count },
                )}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

function CheckboxGroup({
  field,
  legend,
  vocabulary,
  options,
  selected,
  onToggle,
}: {
  field: ListField;
  legend: string;
  /** What names the values; none for the countries. */
  vocabulary: Vocabulary<string> | undefined;
  options: readonly FacetOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}) {
  const { labelOf, descriptionOf } = useVocabulary();
  const countryName = useCountryName();
  const labelFor = ({ value, label }: FacetOption) =>
    vocabulary ? labelOf(vocabulary, value) : countryName({ code: value, name: label });
  // Values that would add no practice are left out, except the checked ones.
  const visible = options.filter((option) => option.count > 0 || selected.includes(option.value));
  const missing = selected.filter((value) => !options.some((option) => option.value === value));
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {visible.length === 0 && missing.length === 0 ? (
        <p className="meta">{t('practices.filters.none')}</p>
      ) : (
        <ul className="filter-options">
          {[...visible, ...missing.map((value) => ({ value, label: value, count: 0 }))].map((option) => {
            const id = `filter-${field}-${option.value}`;
            const hint = HINTED.includes(field) && vocabulary ? descriptionOf(vocabulary, option.value) : undefined;
            return (
              <li key={option.value}>
                <input
                  type="checkbox"
                  id={id}
                  checked={selected.includes(option.value)}
                  onChange={() => onToggle(option.value)}
                  aria-describedby={hint ? `${id}-hint` : undefined}
                />
                <label htmlFor={id}>
                  <span className="option-label">{labelFor(option)}</span>{' '}
                  <span className={option.count === 0 ? 'option-count zero' : 'option-count'}>
                    {t('practices.filters.optionCount', { count: option.count })}
                  </span>
                </label>
                {hint && (
                  <span className="option-hint" id={`${id}-hint`}>
                    {hint}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

/** One end of the year range: any year, or one of `years`. */
function YearSelect({
  label,
  value,
  years,
  onChange,
}: {
  label: string;
  value: number | null;
  years: readonly number[];
  onChange: (year: number | null) => void;
}) {
  const intl = useIntl();
  return (
    <label>
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}
      >
        <option value="">{intl.formatMessage({ id: 'practices.filters.anyYear' })}</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
}
