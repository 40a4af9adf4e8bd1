import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { AtlasConfig } from '../config';

/**
 * A database of its own for one test file: in-memory SQLite by default; with a postgres://
 * DATABASE_URL, a fresh PostgreSQL database created beside it and dropped afterwards.
 */
export async function createTestDatabase(): Promise<{
  config: Pick<AtlasConfig, 'dialect' | 'database'>;
  drop(): Promise<void>;
}> {
  const url = process.env.DATABASE_URL;
  if (!url || !url.startsWith('postgres')) {
    return { config: { dialect: 'sqlite', database: ':memory:' }, drop: async () => {} };
  }
  const name = `atlas_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(url, `create database "${name}"`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  return {
    config: { dialect: 'postgresql', database: testUrl.toString() },
    drop: () => admin(url, `drop database if exists "${name}" with (force)`),
  };
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
