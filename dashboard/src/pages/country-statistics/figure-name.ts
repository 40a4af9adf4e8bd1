import { sexes, type Sex } from '@atlas/shared';
import { useIntl } from 'react-intl';
import { useVocabulary } from '../../components/Vocabulary';
import { slotSuffix } from '../../figures/breakdown-label';

/** Where a figure stands on its indicator: what its name needs besides the indicator's. */
export interface FigureSlot {
  year: number | null;
  sex: `${Sex}`;
  yearStated?: boolean;
  destination?: string | null;
  phase?: string | null;
}

/**
 * A figure in words, in the page's language: "Nationals working abroad, 2024" (with its sex, its year
 * of publication and its breakdown where it has them: "…, 2024, to South Korea"), so that two figures
 * of one indicator and year are told apart.
 */
export function useFigureName(): (indicatorName: string, figure: FigureSlot) => string {
  const intl = useIntl();
  const { labelOf } = useVocabulary();
  return (indicatorName, figure) => {
    const broken = figure.sex === 'TOTAL' ? '' : ` (${labelOf(sexes, figure.sex).toLowerCase()})`;
    const year = figure.year ?? intl.formatMessage({ id: 'countryStatistics.noYear' });
    return `${indicatorName}, ${year}${broken}${slotSuffix(intl, figure)}`;
  };
}
