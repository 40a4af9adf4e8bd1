import { sexes, type Sex } from '@atlas/shared';
import { NumberField, SelectField, TextField, vocabularyOptions } from '../../editing/fields';
import type { SourceChoice } from '../../editing/source-choice';
import type { IndicatorChoice } from './queries';
import { SourcePicker } from './SourcePicker';
import type { FigureValues } from './statistic-draft';

const SEX_OPTIONS = vocabularyOptions(sexes);

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
  const unit = indicators.find((indicator) => indicator.code === value.indicatorCode)?.unit;
  return (
    <>
      <SelectField
        path={`${path}.indicatorCode`}
        label="Indicator"
        required
        emptyLabel="Choose an indicator…"
        options={indicators.map((indicator) => ({
          value: indicator.code,
          label: `${indicator.name} (${indicator.unit})`,
        }))}
        value={value.indicatorCode}
        onChange={(indicatorCode) => onChange({ indicatorCode })}
      />
      <NumberField
        path={`${path}.year`}
        label="Year"
        required
        value={value.year}
        onChange={(year) => onChange({ year })}
      />
      <NumberField
        path={`${path}.value`}
        label="Value"
        hint={unit ? `In ${unit}.` : 'In the indicator’s unit.'}
        required
        step={0.01}
        value={value.value}
        onChange={(figure) => onChange({ value: figure })}
      />
      <SelectField<`${Sex}`>
        path={`${path}.sex`}
        label="Sex"
        options={SEX_OPTIONS}
        value={value.sex}
        onChange={(sex) => {
          if (sex !== '') onChange({ sex });
        }}
      />
      <TextField
        path={`${path}.note`}
        label="Note"
        hint="Caveats: period covered, definitions, why sources disagree."
        value={value.note}
        onChange={(note) => onChange({ note })}
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
