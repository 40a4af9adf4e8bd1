import { useIntl } from 'react-intl';
import { fieldBinding } from '../../editing/field-binding';
import { TextField } from '../../editing/fields';
import { fieldId } from '../../editing/mutation-problems';
import { newKey } from '../../editing/list-keys';
import type { ComponentValues } from './program-values';
import { t } from '../../i18n/message';

/** A programme's parts, in order (`input.components[i].name`, `.description`). */
export function ComponentsField({
  value,
  onChange,
}: {
  value: readonly ComponentValues[];
  onChange(components: ComponentValues[]): void;
}) {
  const intl = useIntl();
  const update = (index: number, change: Partial<ComponentValues>) =>
    onChange(value.map((component, i) => (i === index ? { ...component, ...change } : component)));
  return (
    <fieldset className="ef-repeat" id={fieldId('input.components')}>
      <legend>{t('programForm.components')}</legend>
      <span className="field-hint">{t('programForm.components.hint')}</span>
      {value.map((component, index) => {
        const bind = fieldBinding(component, (change) => update(index, change), `input.components[${index}]`);
        return (
          <fieldset key={component.key} className="ef-repeat-item">
            <legend>{t('programForm.component.number', { number: index + 1 })}</legend>
            <TextField {...bind('name')} label={intl.formatMessage({ id: 'programForm.component.name' })} required />
            <TextField
              {...bind('description')}
              label={intl.formatMessage({ id: 'programForm.component.description' })}
              multiline
            />
            <button type="button" className="secondary" onClick={() => onChange(value.filter((_, i) => i !== index))}>
              {t('programForm.component.remove', { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...value, { key: newKey(), name: '', description: '' }])}
      >
        {t('programForm.component.add')}
      </button>
    </fieldset>
  );
}
