import { sexes, type Sex } from '@atlas/shared';
import { useIntl } from 'react-intl';
import { NumberField, SelectField, TextField, useVocabularyOptions } from './fields';
import { fieldBinding } from './field-binding';
import type { FigureBreakdownValues } from './figure-breakdown';
import { useIndicatorText, type NamedIndicator } from '../figures/indicator-text';

/** What every figure measures and where it stands, as a form holds it: a country's statistic or a programme's outcome. */
export interface FigureMeasure extends FigureBreakdownValues {
  indicatorCode: string;
  year: number | null;
  value: number | null;
  sex: `${Sex}`;
}

/** An indicator a figure can measure (with its translations: the form names it in the page's language). */
export type IndicatorChoice = NamedIndicator;

/** Which year `year` is: the one the figure describes, or only the source's year of publication. */
type YearKind = 'described' | 'published';

/**
 * The indicator, year (and which year it is), value, sex and breakdown of one figure, named by the
 * input path the API uses (`rows[2]`, `inputs[0]`); its source and note follow, as each form cites
 * them in its own way.
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
  const destination = countryNamed(intl.locale, value.destination);
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
      <SelectField<YearKind>
        path={`${path}.yearStated`}
        label={intl.formatMessage({ id: 'editing.figure.yearStated' })}
        value={value.yearStated ? 'described' : 'published'}
        onChange={(kind) => onChange({ yearStated: kind !== 'published' })}
        options={[
          { value: 'described', label: intl.formatMessage({ id: 'editing.figure.yearStated.described' }) },
          { value: 'published', label: intl.formatMessage({ id: 'editing.figure.yearStated.published' }) },
        ]}
      />
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
      <TextField
        {...bind('destination')}
        label={intl.formatMessage({ id: 'editing.figure.destination' })}
        hint={
          destination
            ? intl.formatMessage({ id: 'editing.figure.destination.named' }, destination)
            : intl.formatMessage({ id: 'editing.figure.destination.hint' })
        }
      />
      <TextField
        {...bind('phase')}
        label={intl.formatMessage({ id: 'editing.figure.phase' })}
        hint={intl.formatMessage({ id: 'editing.figure.phase.hint' })}
      />
    </>
  );
}

/** The country a typed code names, in the page's language (any country), or null while it names none. */
function countryNamed(locale: string, typed: string): { code: string; country: string } | null {
  const code = typed.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return null;
  const country = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code);
  return country ? { code, country } : null;
}
