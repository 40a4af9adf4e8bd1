import { sexes, type Sex } from '@atlas/shared';
import { useIntl } from 'react-intl';
import { useVocabulary } from '../../components/Vocabulary';

/** A figure in words, in the page's language: "Nationals working abroad, 2024" (with its sex when broken down). */
export function useFigureName(): (indicatorName: string, year: number | null, sex: `${Sex}`) => string {
  const intl = useIntl();
  const { labelOf } = useVocabulary();
  return (indicatorName, year, sex) => {
    const broken = sex === 'TOTAL' ? '' : ` (${labelOf(sexes, sex).toLowerCase()})`;
    return `${indicatorName}, ${year ?? intl.formatMessage({ id: 'countryStatistics.noYear' })}${broken}`;
  };
}
