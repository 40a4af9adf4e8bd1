import { VOCABULARY_FACETS, type VocabularyFacet, type VocabularyFacetName } from '@atlas/shared';
import { useIntl } from 'react-intl';
import { useVocabulary } from '../../components/Vocabulary';
import type { PracticeBrowserState } from '../../practice-filter-params';
import { clearedState, toggleValue } from './browser-state';
import { t } from '../../i18n/message';

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
  const intl = useIntl();
  const { labelOf } = useVocabulary();
  const text = state.text.trim();
  const chips: Chip[] = [
    ...(text
      ? [
          {
            key: 'q',
            label: intl.formatMessage({ id: 'practices.chips.search' }, { text }),
            remove: () => ({ ...state, text: '', after: null }),
          },
        ]
      : []),
    ...state.countryCodes.map((code) => ({
      key: `country-${code}`,
      label: intl.formatMessage(
        { id: 'practices.chips.value' },
        { facet: intl.formatMessage({ id: 'practices.filters.country' }), value: countryName(code) },
      ),
      remove: () => toggleValue(state, 'countryCodes', code),
    })),
    ...VOCABULARY_FACETS.flatMap((facet: VocabularyFacet<VocabularyFacetName>) =>
      state[facet.name].map((value) => ({
        key: `${facet.param}-${value}`,
        label: intl.formatMessage(
          { id: 'practices.chips.value' },
          { facet: intl.formatMessage({ id: `facets.${facet.name}.chip` }), value: labelOf(facet.vocabulary, value) },
        ),
        remove: () => toggleValue(state, facet.name, value),
      })),
    ),
    ...(state.yearFrom
      ? [
          {
            key: 'from',
            label: intl.formatMessage({ id: 'practices.chips.from' }, { year: state.yearFrom }),
            remove: () => ({ ...state, yearFrom: null, after: null }),
          },
        ]
      : []),
    ...(state.yearTo
      ? [
          {
            key: 'to',
            label: intl.formatMessage({ id: 'practices.chips.to' }, { year: state.yearTo }),
            remove: () => ({ ...state, yearTo: null, after: null }),
          },
        ]
      : []),
    ...(state.programId
      ? [
          {
            key: 'program',
            label: intl.formatMessage(
              { id: 'practices.chips.value' },
              {
                facet: intl.formatMessage({ id: 'practices.filters.programme' }),
                value: programLabel ?? intl.formatMessage({ id: 'practices.chips.selectedProgramme' }),
              },
            ),
            remove: () => ({ ...state, programId: null, after: null }),
          },
        ]
      : []),
  ];
  if (chips.length === 0) return null;
  return (
    <div className="active-filters">
      <h3 className="visually-hidden">{t('practices.chips.heading')}</h3>
      <ul className="active-filter-list">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="secondary chip"
              aria-label={intl.formatMessage({ id: 'practices.chips.remove' }, { filter: chip.label })}
              onClick={() => onChange(chip.remove())}
            >
              {chip.label} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="link-button" onClick={() => onChange(clearedState(state))}>
            {t('practices.clearFilters')}
          </button>
        </li>
      </ul>
    </div>
  );
}
