import { VOCABULARY_FACETS, type VocabularyFacet, type VocabularyFacetName } from '@atlas/shared';
import { labelOf } from '../../components/Vocabulary';
import type { PracticeBrowserState } from '../../practice-filter-params';
import { clearedState, toggleValue } from './browser-state';

interface Chip {
  key: string;
  label: string;
  remove: () => PracticeBrowserState;
}

/** The filters in force, each removable: a summary that stays visible when the filter panel is collapsed. */
export function ActiveFilters({
  state,
  countryName,
  programLabel,
  onChange,
}: {
  state: PracticeBrowserState;
  countryName: (code: string) => string;
  programLabel: string | null;
  onChange: (next: PracticeBrowserState) => void;
}) {
  const chips: Chip[] = [
    ...(state.text.trim()
      ? [{ key: 'q', label: `Search: “${state.text.trim()}”`, remove: () => ({ ...state, text: '', after: null }) }]
      : []),
    ...state.countryCodes.map((code) => ({
      key: `country-${code}`,
      label: `Country: ${countryName(code)}`,
      remove: () => toggleValue(state, 'countryCodes', code),
    })),
    ...VOCABULARY_FACETS.flatMap((facet: VocabularyFacet<VocabularyFacetName>) =>
      state[facet.name].map((value) => ({
        key: `${facet.param}-${value}`,
        label: `${facet.chip}: ${labelOf(facet.vocabulary, value)}`,
        remove: () => toggleValue(state, facet.name, value),
      })),
    ),
    ...(state.yearFrom
      ? [{ key: 'from', label: `From ${state.yearFrom}`, remove: () => ({ ...state, yearFrom: null, after: null }) }]
      : []),
    ...(state.yearTo
      ? [{ key: 'to', label: `To ${state.yearTo}`, remove: () => ({ ...state, yearTo: null, after: null }) }]
      : []),
    ...(state.programId
      ? [
          {
            key: 'program',
            label: `Programme: ${programLabel ?? 'the selected programme'}`,
            remove: () => ({ ...state, programId: null, after: null }),
          },
        ]
      : []),
  ];
  if (chips.length === 0) return null;
  return (
    <div className="active-filters">
      <h3 className="visually-hidden">Filters in use</h3>
      <ul className="active-filter-list">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="secondary chip"
              aria-label={`Remove filter ${chip.label}`}
              onClick={() => onChange(chip.remove())}
            >
              {chip.label} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="link-button" onClick={() => onChange(clearedState(state))}>
            Clear all filters
          </button>
        </li>
      </ul>
    </div>
  );
}
