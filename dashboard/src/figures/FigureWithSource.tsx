import { useIntl } from 'react-intl';
import { SourceLink } from '../components/SourceLinks';
import { formatValue } from '../format';
import type { Figure } from './figures';
import { IndicatorText } from './indicator-text';
import { t } from '../i18n/message';

/** A recorded figure as the forms list it: "Returnees trained, 2019: 1,200 persons — its note", then its source. */
export function FigureWithSource({ what, figure }: { what: string; figure: Figure }) {
  const { locale } = useIntl();
  return (
    <>
      <p>
        <strong>{what}</strong>: {formatValue(locale, figure.value)}{' '}
        <IndicatorText indicator={figure.indicator} field="unit" />
        {figure.note && <span className="meta"> — {figure.note}</span>}
      </p>
      <p className="meta">
        {t('figures.source')} <SourceLink source={figure.source} />
      </p>
    </>
  );
}
