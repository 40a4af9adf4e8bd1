import fs from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { expect, it } from 'vitest';
import { atlasSchema } from './schema';
import { printAtlasSchema, SCHEMA_FILE } from './schema-file';

it('matches the committed shared/schema.graphql (run `pnpm schema` after changing the API)', async () => {
  expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printAtlasSchema());
});

it('describes every type, field, argument and enum value', async () => {
  const schema = await atlasSchema();
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith('__') ||
      (isScalarType(type) &&
        type.astNode === undefined &&
        ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
    )
      continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  expect(missing).toEqual([]);
});

it('offers the query root of the API contract', async () => {
  const fields = (await atlasSchema()).getQueryType()!.getFields();
  for (const name of [
    'countries',
    'country',
    'programs',
    'program',
    'practices',
    'practice',
    'indicators',
    'outcomes',
    'compareCountries',
    'node',
  ]) {
    expect(fields).toHaveProperty(name);
  }
  const filter = (await atlasSchema()).getType('PracticeFilter');
  expect(isInputObjectType(filter) && Object.keys(filter.getFields())).toEqual(
    expect.arrayContaining([
      'countryCodes',
      'themes',
      'dimensions',
      'stakeholders',
      'targetGroups',
      'evidenceLevels',
      'programId',
      'text',
      'yearFrom',
      'yearTo',
    ]),
  );
});
