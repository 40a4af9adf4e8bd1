/**
 * The props that tie a field to one of a form's values: the input path the API names its problems
 * under (`input.title`), the value, and the change that sets it.
 */
export function fieldBinding<V extends object>(values: V, change: (patch: Partial<V>) => void, scope = 'input') {
  return <K extends keyof V & string>(field: K) => ({
    path: `${scope}.${field}`,
    value: values[field],
    onChange: (value: V[K]) => {
      const patch: Partial<V> = {};
      patch[field] = value;
      change(patch);
    },
  });
}
