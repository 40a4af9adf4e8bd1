import { sexes, type Sex } from '@atlas/shared';
import { NumberField, SelectField, TextField, vocabularyOptions } from '../../editing/fields';
import type { SourceChoice } from '../../editing/source-choice';
import { emptyRow, type OutcomeRow } from './outcome-rows';
import type { IndicatorChoice } from './queries';

const SEX_OPTIONS = vocabularyOptions(sexes);

/** Rows of new figures (`inputs[i].…`), one fieldset each, side by side where the screen allows. */
export function NewOutcomeRows({
  rows,
  onChange,
  indicators,
  sources,
}: {
  rows: readonly OutcomeRow[];
  onChange(rows: OutcomeRow[]): void;
  indicators: readonly IndicatorChoice[];
  sources: readonly SourceChoice[];
}) {
  const update = (index: number, change: Partial<OutcomeRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const indicatorOptions = indicators.map((indicator) => ({
    value: indicator.code,
    label: `${indicator.name} (${indicator.unit})`,
  }));
  const sourceOptions = sources.map((source) => ({ value: source.id, label: source.title }));
  return (
    <>
      {rows.map((row, index) => {
        const path = `inputs[${index}]`;
        const unit = indicators.find((indicator) => indicator.code === row.indicatorCode)?.unit;
        return (
          <fieldset key={row.key} className="ef-outcome-row">
            <legend>New outcome {index + 1}</legend>
            <SelectField
              path={`${path}.indicatorCode`}
              label="Indicator"
              required
              emptyLabel="Choose an indicator…"
              options={indicatorOptions}
              value={row.indicatorCode}
              onChange={(indicatorCode) => update(index, { indicatorCode })}
            />
            <NumberField
              path={`${path}.year`}
              label="Year"
              required
              value={row.year}
              onChange={(year) => update(index, { year })}
            />
            <NumberField
              path={`${path}.value`}
              label="Value"
              hint={unit ? `In ${unit}.` : undefined}
              required
              step={0.01}
              value={row.value}
              onChange={(value) => update(index, { value })}
            />
            <SelectField<`${Sex}`>
              path={`${path}.sex`}
              label="Sex"
              options={SEX_OPTIONS}
              value={row.sex}
              onChange={(sex) => {
                if (sex !== '') update(index, { sex });
              }}
            />
            <SelectField
              path={`${path}.sourceId`}
              label="Source"
              hint={sources.length === 0 ? 'Add the programme’s sources on its edit page first.' : undefined}
              required
              emptyLabel="Choose a source…"
              options={sourceOptions}
              value={row.sourceId}
              onChange={(sourceId) => update(index, { sourceId })}
            />
            <TextField
              path={`${path}.note`}
              label="Note"
              hint="Caveats: period covered, targets, disagreements."
              value={row.note}
              onChange={(note) => update(index, { note })}
            />
            {rows.length > 1 && (
              <button type="button" className="secondary" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                Remove new outcome {index + 1}
              </button>
            )}
          </fieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...rows, emptyRow(sources.length === 1 ? sources[0]?.id : '')])}
      >
        Add row
      </button>
    </>
  );
}
