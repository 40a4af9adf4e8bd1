import type { EntityClass } from '@mikro-orm/core';
import type { RelatedRecords } from './related-records';
import { badUserInput } from '../graphql/errors';
import { idOf } from '../graphql/global-id';

/**
 * A root look-up of one record (`practice`, `program`, `event`, `indicator`, `source`) by its global
 * `id` or by one of its natural keys (`key`, `code`, `url`), as the downloads name it. Exactly one
 * argument must be given: none or several is BAD_USER_INPUT naming each argument concerned. An ID of
 * another type is BAD_USER_INPUT naming `id`; a well-formed ID or key of nothing, or of a record the
 * viewer may not read, is null. Visibility is `RelatedRecords.readable`'s, the same as `node`'s.
 */
export function lookUp<T extends object>(
  related: RelatedRecords,
  entity: EntityClass<T>,
  args: { id: string | null | undefined } & Partial<Record<string & keyof T, string | null | undefined>>,
): Promise<T | null> {
  const names = Object.keys(args) as (string & keyof typeof args)[];
  const given = names.filter((name) => args[name] != null);
  if (given.length !== 1) {
    const message = `give exactly one of ${names.join(', ')}`;
    throw badUserInput((given.length ? given : names).map((path) => ({ path, message })));
  }
  const [name] = given as [string & keyof T];
  const value = (args as Record<string, string>)[name]!;
  if (name === 'id') return related.readable(entity, idOf(value, entity.name, 'id'));
  return related.readableBy(entity, name, value);
}
