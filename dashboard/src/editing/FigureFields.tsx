import { sexes, type Sex } from '@atlas/shared';
import { NumberField, SelectField, vocabularyOptions } from './fields';
import { fieldBinding } from './field-binding';

const SEX_OPTIONS = vocabularyOptions(sexes);

/** What every figure measures, as a form holds it: a country's statistic or a programme's outcome. */
export interface FigureMeasure {
  indicatorCode: string;
  year: number | null;
  value: number | null;
  sex: `${Sex}`;
}

/** An indicator a figure can measure. */
export interface IndicatorChoice {
  code: string;
  name: string;
  unit: string;
}

/**
 * The indicator, year, value and sex of one figure, named by the input path the API uses (`rows[2]`,
 * `inputs[0]`); its source and note follow, as each form cites them in its own way.
 */
export function FigureFields({
  path,
  value,
  onChange,
  indicators,
  unitUnknown,
}: {
  path: string;
  value: FigureMeasure;
  onChange(change: Partial<FigureMeasure>): void;
  indicators: readonly IndicatorChoice[];
  /** The value's hint until an indicator is chosen. */
  unitUnknown?: string;
}) {
  const bind = fieldBinding(value, onChange, path);
  const unit = indicators.find((indicator) => indicator.code === value.indicatorCode)?.unit;
  return (
    <>
      <SelectField
        {...bind('indicatorCode')}
        label="Indicator"
        required
        emptyLabel="Choose an indicator…"
        options={indicators.map((indicator) => ({
          value: indicator.code,
          label: `${indicator.name} (${indicator.unit})`,
        }))}
      />
      <NumberField {...bind('year')} label="Year" required />
      <NumberField {...bind('value')} label="Value" hint={unit ? `In ${unit}.` : unitUnknown} required step={0.01} />
      <SelectField<`${Sex}`>
        {...bind('sex')}
        label="Sex"
        options={SEX_OPTIONS}
        onChange={(sex) => {
          if (sex !== '') onChange({ sex });
        }}
      />
    </>
  );
}
