import { fieldBinding } from '../../editing/field-binding';
import { TextField } from '../../editing/fields';
import { fieldId } from '../../editing/mutation-problems';
import { newKey } from '../../editing/list-keys';
import type { ComponentValues } from './program-values';

/** A programme's parts, in order (`input.components[i].name`, `.description`). */
export function ComponentsField({
  value,
  onChange,
}: {
  value: readonly ComponentValues[];
  onChange(components: ComponentValues[]): void;
}) {
  const update = (index: number, change: Partial<ComponentValues>) =>
    onChange(value.map((component, i) => (i === index ? { ...component, ...change } : component)));
  return (
    <fieldset className="ef-repeat" id={fieldId('input.components')}>
      <legend>Components</legend>
      <span className="field-hint">Its parts, in order, such as Desmigratif’s four pillars.</span>
      {value.map((component, index) => {
        const bind = fieldBinding(component, (change) => update(index, change), `input.components[${index}]`);
        return (
          <fieldset key={component.key} className="ef-repeat-item">
            <legend>Component {index + 1}</legend>
            <TextField {...bind('name')} label="Name" required />
            <TextField {...bind('description')} label="Description" multiline />
            <button type="button" className="secondary" onClick={() => onChange(value.filter((_, i) => i !== index))}>
              Remove component {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...value, { key: newKey(), name: '', description: '' }])}
      >
        Add a component
      </button>
    </fieldset>
  );
}
