import { sexes, type Sex } from '@atlas/shared';
import { useIntl } from 'react-intl';
import { NumberField, SelectField, useVocabularyOptions } from './fields';
import { fieldBinding } from './field-binding';
import { useIndicatorText, type NamedIndicator } from '../figures/indicator-text';

/** What every figure measures, as a form holds it: a country's statistic or a programme's outcome. */
export interface FigureMeasure {
  indicatorCode: string;
  year: number | null;
  value: number | null;
  sex: `${Sex}`;
}

/** An indicator a figure can measure (with its translations: the form names it in the page's language). */
export type IndicatorChoice = NamedIndicator;

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
  const intl = useIntl();
  const sexOptions = useVocabularyOptions(sexes);
  const bind = fieldBinding(value, onChange, path);
  const textOf = useIndicatorText();
  const chosen = indicators.find((indicator) => indicator.code === value.indicatorCode);
  const unit = chosen && textOf(chosen).unit.text;
  return (
    <>
      <SelectField
        {...bind('indicatorCode')}
        label={intl.formatMessage({ id: 'editing.figure.indicator' })}
        required
        emptyLabel={intl.formatMessage({ id: 'editing.figure.chooseIndicator' })}
        options={indicators.map((indicator) => {
          const { name, unit } = textOf(indicator);
          return { value: indicator.code, label: `${name.text} (${unit.text})` };
        })}
      />
      <NumberField {...bind('year')} label={intl.formatMessage({ id: 'editing.figure.year' })} required />
      <NumberField
        {...bind('value')}
        label={intl.formatMessage({ id: 'editing.figure.value' })}
        hint={unit ? intl.formatMessage({ id: 'editing.figure.valueIn' }, { unit }) : unitUnknown}
        required
        step={0.01}
      />
      <SelectField<`${Sex}`>
        {...bind('sex')}
        label={intl.formatMessage({ id: 'editing.figure.sex' })}
        options={sexOptions}
        onChange={(sex) => {
          if (sex !== '') onChange({ sex });
        }}
      />
    </>
  );
}
