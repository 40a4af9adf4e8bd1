import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll } from 'vitest';
import { createUser } from '../src/accounts/create-user';
import type { Role } from '../src/access/role';
import { createApp, type AppConfig } from '../src/app';
import { DEFAULT_LIMITS } from '../src/limits/limits-config';
import type { Dialect } from '../src/config';
import { openDatabase, type AtlasOrm } from '../src/db/orm';
import { countStatements } from '../src/db/statement-logger';
import { seedIfEmpty } from '../src/bulk/seed/seed';
import { createTestDatabase } from '../src/db/test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { path: string; message: string }[] } & Record<string, unknown>;
  }[];
  /** What the answer says about itself: its estimated cost and the limit (`cost`). */
  extensions?: Record<string, unknown>;
}

/** A signed-in test account: its bearer token and global user ID. */
export interface SignedIn {
  token: string;
  userId: string;
}

export interface TestAtlas {
  url: string;
  orm: AtlasOrm;
  dialect: Dialect;
  em(): EntityManager;
  /** POSTs a GraphQL request (as the holder of `token`, if given); returns the HTTP status and the parsed body. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T> & { status: number }>;
  /** Creates an account with this role and signs it in; returns its bearer token and global user id. */
  signIn(
    role: Role,
    options?: { email?: string; countryCode?: string; name?: string; organisation?: string; constituency?: string },
  ): Promise<SignedIn>;
  /** The same, also returning the SQL statements it cost. */
  countedGraphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ body: GraphQLResponse<T>; statements: string[] }>;
  /** How many records of each kind the database holds: `count({ practices: Practice })`. */
  count<K extends string>(kinds: Record<K, EntityName<object>>): Promise<Record<K, number>>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'correct horse battery staple';
let accounts = 0;

interface TestAtlasOptions {
  seed?: boolean;
  production?: boolean;
  config?: Partial<AppConfig>;
  /** Another instance whose database this one shares, as instances behind a load balancer do (left open on close). */
  shareDatabaseWith?: TestAtlas;
}

/**
 * The test Atlas of the file (or `describe`) that calls it: started before its tests, closed after
 * them. The object stands for the instance `beforeAll` starts, so it is used inside tests and hooks.
 */
export function useTestAtlas(options: TestAtlasOptions = {}): TestAtlas {
  let started: TestAtlas | undefined;
  beforeAll(async () => {
    started = await startTestAtlas(options);
  });
  afterAll(() => started?.close());
  return new Proxy({} as TestAtlas, {
    get(_target, key) {
      if (!started) throw new Error('the test Atlas is started in beforeAll: use it inside tests and hooks');
      const value: unknown = Reflect.get(started, key);
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}

/** The real server (real HTTP, real database with the real seed) on a free port, for one test file. */
export async function startTestAtlas(options: TestAtlasOptions = {}): Promise<TestAtlas> {
  const shared = options.shareDatabaseWith;
  const database = shared ? null : await createTestDatabase();
  const orm = shared?.orm ?? (await openDatabase(database!.config));
  if (!shared && options.seed !== false) await seedIfEmpty(orm);
  const dialect: Dialect = shared?.dialect ?? database!.config.dialect;
  const { handler, stop } = await createApp(orm, {
    production: options.production ?? false,
    host: null,
    dialect,
    dashboardDir: '/nonexistent',
    corsOrigins: ['*'],
    limits: DEFAULT_LIMITS,
    redisUrl: null,
    redisKeyPrefix: 'atlas-test',
    throttleSecret: null,
    trustProxy: false,
    logLevel: process.env.LOG_LEVEL ?? 'silent',
    logFormat: 'json',
    responseCache: { maxBytes: 16 * 1024 * 1024, ttlSeconds: 60 },
    compiledQueries: true,
    ...options.config,
  });
  const server: Server = await new Promise((resolve) => {
    const listening = http.createServer(handler).listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const graphql = async <T>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as GraphQLResponse<T>) };
  };
  return {
    url,
    orm,
    dialect,
    em: () => orm.em.fork() as EntityManager,
    graphql,
    async signIn(role, options = {}) {
      const email = options.email ?? `${role.toLowerCase()}-${++accounts}@atlas.test`;
      await createUser(orm.em.fork() as EntityManager, {
        email,
        name: options.name ?? `Test ${role.toLowerCase()}`,
        role,
        countryCode: options.countryCode,
        organisation: options.organisation,
        constituency: options.constituency,
        password: TEST_PASSWORD,
      });
      const { data, errors } = await graphql<{ login: { token: string; user: { id: string } } }>(
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }',
        { email, password: TEST_PASSWORD },
      );
      if (!data) throw new Error(`sign-in failed: ${JSON.stringify(errors)}`);
      return { token: data.login.token, userId: data.login.user.id };
    },
    async countedGraphql<T>(query: string, variables?: Record<string, unknown>) {
      const { result, statements } = await countStatements(() => graphql<T>(query, variables));
      return { body: result, statements };
    },
    async count<K extends string>(kinds: Record<K, EntityName<object>>) {
      const em = orm.em.fork();
      const counted = {} as Record<K, number>;
      for (const name of Object.keys(kinds) as K[]) counted[name] = await em.count(kinds[name]);
      return counted;
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await stop();
      if (shared) return;
      await orm.close();
      await database!.drop();
    },
  };
}
