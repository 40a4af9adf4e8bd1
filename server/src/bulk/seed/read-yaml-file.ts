import fs from 'node:fs';
import { parse } from 'yaml';

const parsed = new Map<string, { stamp: string; value: unknown }>();

/**
 * A YAML file's value, parsed once per process while the file is unchanged (same size and time): a
 * test worker seeds a database for most of its files, and parsing the seed's half-megabyte of YAML
 * took 0.4 s of CPU each time. Each caller gets its own copy, free to change.
 */
export function readYamlFile(file: string): unknown {
  const { size, mtimeMs } = fs.statSync(file);
  const stamp = `${size}:${mtimeMs}`;
  let held = parsed.get(file);
  if (held?.stamp !== stamp) {
    held = { stamp, value: parse(fs.readFileSync(file, 'utf8')) as unknown };
    parsed.set(file, held);
  }
  return structuredClone(held.value);
}
