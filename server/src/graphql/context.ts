import type { EntityManager } from '@mikro-orm/knex';
import type { LoginThrottle } from '../accounts/login-throttle';
import type { Viewer } from '../access/viewer';
import type { Dialect } from '../config';
import type { RelatedRecords } from '../db/related-records';
import type { Restorers } from '../history/restorers';
import type { OperationNote } from '../logging/request-log';
import type { RequestLoaders } from './request-loaders';

/** What the process holds for every request. */
export interface AtlasServices {
  loginThrottle: LoginThrottle;
  /** How each kind of record with a history is brought back (`restoreRevision`), registered in the assembly. */
  restorers: Restorers;
  /** The origins phones on the network open the Atlas at, given the port a request came in on (`about.networkOrigins`). */
  networkOrigins: (port: number) => string[];
}

/**
 * Per request: its own forked EntityManager (own identity map and dataloaders), its viewer, its
 * loaders. What every resolver receives; the assembly (assembly/context.ts) makes it.
 */
export interface AtlasContext {
  em: EntityManager;
  dialect: Dialect;
  viewer: Viewer;
  /** The caller's token and address, and the port its request came in on (none outside HTTP). */
  request: { token: string | null; address: string; port?: number };
  services: AtlasServices;
  /** Each domain's batching loaders (counts per parent), made on first use in the request. */
  loaders: RequestLoaders;
  /** Records by id and relations, batched per request: how every field resolver follows a relation. */
  related: RelatedRecords;
  /** The operation's name and type, for the request's log line. */
  operation: OperationNote;
  /** Aborted once the request is answered, timed out or abandoned: work not yet started for it is skipped. */
  signal: AbortSignal;
}
