let last = 0;

/**
 * A React key for an item added to a repeatable list (a component, a law, an outcome row). Items
 * carry it as `key`, which is never sent to the API and never counts as a change.
 */
export function newKey(): string {
  last += 1;
  return `item-${last}`;
}
