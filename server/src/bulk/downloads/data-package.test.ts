import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { LICENCE_URL } from '../../about/about';
import { useTestAtlas } from '../../../test-support/test-atlas';
import { CSV_DOWNLOADS } from './download-tables';

const atlas = useTestAtlas({ seed: true });

interface Field {
  name: string;
  type: string;
  description: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    primaryKey: string;
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
}
interface Descriptor {
  profile: string;
  licenses: { name: string; path: string }[];
  resources: Resource[];
}

/** The Tabular Data Package profile (JSON Schema, draft 4) as the Frictionless project publishes it, bundled by `datapackage`. */
function publishedProfile(): object {
  const root = path.dirname(require.resolve('datapackage/package.json'));
  return JSON.parse(readFileSync(path.join(root, 'lib', 'profiles', 'tabular-data-package.json'), 'utf8')) as object;
}

describe('GET /export/datapackage.json', () => {
  let descriptorUrl: string;
  let descriptor: Descriptor;
  const tables = new Map<string, Record<string, string>[]>();

  beforeAll(async () => {
    descriptorUrl = `${atlas.url}/export/datapackage.json`;
    const response = await fetch(descriptorUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    descriptor = (await response.json()) as Descriptor;
    for (const resource of descriptor.resources) {
      const text = await (await fetch(new URL(resource.path, descriptorUrl))).text();
      tables.set(resource.name, parse(text, { columns: true }) as Record<string, string>[]);
    }
  });

  it('is valid against the published Tabular Data Package schema', () => {
    // The profile carries annotations of its own (propertyOrder, context, examples): not keywords.
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(publishedProfile());
    expect(validate(descriptor), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema bites: a package without resources, or with an ill-named one, is refused.
    expect(validate({ ...descriptor, resources: [] })).toBe(false);
    expect(validate({ ...descriptor, resources: [{ ...descriptor.resources[0], name: 'Practices CSV' }] })).toBe(false);
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0', path: LICENCE_URL })]);
  });

  it('describes every CSV download, each column with a name, a type and a description', () => {
    expect(descriptor.resources.map((r) => r.path)).toEqual(CSV_DOWNLOADS.map((d) => `${d.table.name}.csv`));
    for (const resource of descriptor.resources) {
      for (const field of resource.schema.fields) {
        expect(field.description.length, `${resource.name}.${field.name}`).toBeGreaterThan(5);
        expect(['string', 'integer', 'number', 'boolean', 'array']).toContain(field.type);
      }
    }
  });

  it('matches each file: the header is its fields, every cell reads as its field’s type and constraints', () => {
    for (const resource of descriptor.resources) {
      const rows = tables.get(resource.name)!;
      expect(rows.length, resource.name).toBeGreaterThan(0);
      expect(Object.keys(rows[0]!), resource.name).toEqual(resource.schema.fields.map((f) => f.name));
      for (const field of resource.schema.fields) {
        const at = `${resource.name}.${field.name}`;
        for (const row of rows) {
          const cell = row[field.name]!;
          if (cell === '') {
            expect(field.constraints?.required, `${at} is empty in ${row.id}`).toBeFalsy();
            continue;
          }
          if (field.type === 'integer') expect(cell, at).toMatch(/^-?\d+$/);
          if (field.type === 'number') expect(Number.isFinite(Number(cell)), at).toBe(true);
          if (field.type === 'boolean') expect(['true', 'false'], at).toContain(cell);
          if (field.format === 'uri') expect(cell, at).toMatch(/^https?:\/\//);
          if (field.constraints?.enum) expect(field.constraints.enum, at).toContain(cell);
          if (field.type === 'array') {
            const items = JSON.parse(cell) as unknown;
            expect(Array.isArray(items) && items.every((item) => typeof item === 'string'), at).toBe(true);
          }
        }
      }
    }
  });

  it('holds its keys: primary keys unique, every foreign key found in the table it names', () => {
    for (const resource of descriptor.resources) {
      const rows = tables.get(resource.name)!;
      const keys = rows.map((row) => row[resource.schema.primaryKey]);
      expect(new Set(keys).size, resource.name).toBe(rows.length);
      for (const { fields, reference } of resource.schema.foreignKeys ?? []) {
        const referred = new Set(tables.get(reference.resource)!.map((row) => row[reference.fields]));
        const values = rows.map((row) => row[fields]!).filter((value) => value !== '');
        expect(values.length, `${resource.name}.${fields}`).toBeGreaterThan(0);
        expect(
          values.filter((value) => !referred.has(value)),
          `${resource.name}.${fields}`,
        ).toEqual([]);
      }
    }
  });
});
