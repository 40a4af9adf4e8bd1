import { useIntl } from 'react-intl';
import { TextField } from '../../editing/fields';
import { FigureFields } from '../../editing/FigureFields';
import type { SourceChoice } from '../../editing/source-choice';
import type { IndicatorChoice } from './queries';
import { SourcePicker } from './SourcePicker';
import type { FigureValues } from './statistic-draft';
import { fieldBinding } from '../../editing/field-binding';

/** The fields of one figure, named by the input path the API uses (`rows[2]`, or an edited one's own). */
export function StatisticFields({
  path,
  value,
  onChange,
  indicators,
  suggestions,
}: {
  path: string;
  value: FigureValues;
  onChange(change: Partial<FigureValues>): void;
  indicators: readonly IndicatorChoice[];
  suggestions: readonly SourceChoice[];
}) {
  const intl = useIntl();
  const bind = fieldBinding(value, onChange, path);
  return (
    <>
      <FigureFields
        path={path}
        value={value}
        onChange={onChange}
        indicators={indicators}
        unitUnknown={intl.formatMessage({ id: 'countryStatistics.unitUnknown' })}
      />
      <TextField
        {...bind('note')}
        label={intl.formatMessage({ id: 'countryStatistics.field.note' })}
        hint={intl.formatMessage({ id: 'countryStatistics.field.note.hint' })}
      />
      <SourcePicker
        path={path}
        value={value.source}
        onChange={(source) => onChange({ source })}
        suggestions={suggestions}
      />
    </>
  );
}
