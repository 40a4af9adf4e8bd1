import { registerEnumType } from 'type-graphql';

/** The values of an enum object: `EnumValue<typeof Role>` is `'CONTRIBUTOR' | 'EDITOR' | 'ADMIN'`. */
export type EnumValue<E> = E[keyof E];

/** Registers an enum object as a GraphQL enum, each value with its description. */
export function registerDescribedEnum<E extends Record<string, string>>(
  enumObject: E,
  name: string,
  description: string,
  describe: (value: EnumValue<E>) => string,
): void {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries(enumObject).map(([key, value]) => [key, { description: describe(value as EnumValue<E>) }]),
    ) as Record<keyof E, { description: string }>,
  });
}

/**
 * A GraphQL enum whose values are written once, each with its description: the returned object
 * names each value by itself (`Role.ADMIN === 'ADMIN'`), in the order given.
 */
export function describedEnum<K extends string>(
  name: string,
  description: string,
  descriptions: Record<K, string>,
): { readonly [V in K]: V } {
  const enumObject = Object.fromEntries(Object.keys(descriptions).map((key) => [key, key])) as { [V in K]: V };
  registerDescribedEnum(enumObject, name, description, (value) => descriptions[value]);
  return enumObject;
}
