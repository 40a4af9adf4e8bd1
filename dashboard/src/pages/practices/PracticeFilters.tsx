import { evidenceLevels, VOCABULARY_FACETS } from '@atlas/shared';
import { type ListField, type PracticeBrowserState } from '../../practice-filter-params';
import { toggleValue } from './browser-state';
import type { PracticeFacets } from './queries';

interface FacetOption {
  value: string;
  label: string;
  count: number;
}

type ListFacet = Exclude<keyof PracticeFacets, 'years' | 'programs'>;

/** The checkbox groups, in the order shown: the country, then the vocabularies (`VOCABULARY_FACETS`). */
const GROUPS: readonly { field: ListField; facet: ListFacet; legend: string }[] = [
  { field: 'countryCodes', facet: 'countries', legend: 'Country' },
  ...VOCABULARY_FACETS.map(({ name, legend }) => ({ field: name, facet: name, legend })),
];

/** One-line explanations shown under an option, where its label alone is not enough. */
function hintOf(field: ListField, value: string): string | undefined {
  if (field !== 'evidenceLevels') return undefined;
  return Object.entries(evidenceLevels).find(([key]) => key === value)?.[1].description;
}

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
  const yearOptions = [
    ...new Set([...years, state.yearFrom, state.yearTo].filter((y): y is number => y !== null)),
  ].sort((a, b) => a - b);
  const programs: FacetOption[] = [...facets.programs];
  if (state.programId && !programs.some((program) => program.value === state.programId)) {
    programs.unshift({ value: state.programId, label: programLabel ?? 'The selected programme', count: 0 });
  }

  return (
    <div className="practice-filters">
      <p className="meta">
        Within a group, any checked value matches; across groups, all must match. Each number counts the practices with
        that value that match the other filters.
      </p>
      {GROUPS.map((group) => (
        <CheckboxGroup
          key={group.field}
          field={group.field}
          legend={group.legend}
          options={facets[group.facet]}
          selected={state[group.field]}
          onToggle={(value) => onChange(toggleValue(state, group.field, value))}
        />
      ))}
      <fieldset className="filter-group filter-years">
        <legend>Year the practice began</legend>
        <div className="year-range">
          <YearSelect
            label="From"
            value={state.yearFrom}
            years={yearOptions.filter((year) => state.yearTo === null || year <= state.yearTo)}
            onChange={(yearFrom) => onChange({ ...state, yearFrom, after: null })}
          />
          <YearSelect
            label="To"
            value={state.yearTo}
            years={yearOptions.filter((year) => state.yearFrom === null || year >= state.yearFrom)}
            onChange={(yearTo) => onChange({ ...state, yearTo, after: null })}
          />
        </div>
      </fieldset>
      {programs.length > 0 && (
        <div className="filter-group filter-program">
          <label htmlFor="filter-program">Programme</label>
          <select
            id="filter-program"
            value={state.programId ?? ''}
            onChange={(event) => onChange({ ...state, programId: event.target.value || null, after: null })}
          >
            <option value="">All programmes</option>
            {programs.map((program) => (
              <option key={program.value} value={program.value}>
                {program.label} ({program.count})
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
  options,
  selected,
  onToggle,
}: {
  field: ListField;
  legend: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}) {
  // Values that would add no practice are left out, except the checked ones.
  const visible = options.filter((option) => option.count > 0 || selected.includes(option.value));
  const missing = selected.filter((value) => !options.some((option) => option.value === value));
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {visible.length === 0 && missing.length === 0 ? (
        <p className="meta">None under the current filters.</p>
      ) : (
        <ul className="filter-options">
          {[...visible, ...missing.map((value) => ({ value, label: value, count: 0 }))].map((option) => {
            const id = `filter-${field}-${option.value}`;
            const hint = hintOf(field, option.value);
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
                  <span className="option-label">{option.label}</span>{' '}
                  <span className={option.count === 0 ? 'option-count zero' : 'option-count'}>
                    {option.count}
                    <span className="visually-hidden">{option.count === 1 ? ' practice' : ' practices'}</span>
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
  return (
    <label>
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}
      >
        <option value="">Any year</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
}
