import { useIntl } from 'react-intl';
import { fieldBinding } from '../../editing/field-binding';
import { SelectField, TextField } from '../../editing/fields';
import { FigureFields } from '../../editing/FigureFields';
import type { SourceChoice } from '../../editing/source-choice';
import { emptyRow, type OutcomeRow } from './outcome-rows';
import type { IndicatorChoice } from './queries';
import { t } from '../../i18n/message';

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
  const intl = useIntl();
  const update = (index: number, change: Partial<OutcomeRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const sourceOptions = sources.map((source) => ({ value: source.id, label: source.title }));
  return (
    <>
      {rows.map((row, index) => {
        const path = `inputs[${index}]`;
        const bind = fieldBinding(row, (change) => update(index, change), path);
        return (
          <fieldset key={row.key} className="ef-outcome-row">
            <legend>{t('outcomesForm.new.row', { number: index + 1 })}</legend>
            <FigureFields
              path={path}
              value={row}
              onChange={(change) => update(index, change)}
              indicators={indicators}
            />
            <SelectField
              {...bind('sourceId')}
              label={intl.formatMessage({ id: 'outcomesForm.field.source' })}
              hint={sources.length === 0 ? intl.formatMessage({ id: 'outcomesForm.field.source.none' }) : undefined}
              required
              emptyLabel={intl.formatMessage({ id: 'outcomesForm.field.source.choose' })}
              options={sourceOptions}
            />
            <TextField
              {...bind('note')}
              label={intl.formatMessage({ id: 'outcomesForm.field.note' })}
              hint={intl.formatMessage({ id: 'outcomesForm.field.note.hint' })}
            />
            {rows.length > 1 && (
              <button type="button" className="secondary" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                {t('outcomesForm.new.removeRow', { number: index + 1 })}
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
        {t('outcomesForm.new.addRow')}
      </button>
    </>
  );
}
