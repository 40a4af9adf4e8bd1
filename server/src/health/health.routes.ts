import { Router } from 'express';
import type { AtlasOrm } from '../db/orm';

/** Whether the process is shutting down (it then finishes what it has, but takes nothing new). */
export interface Readiness {
  draining: boolean;
}

/** How long /readyz waits for the database: an unreachable server must not hang the probe. */
const PROBE_TIMEOUT_MS = 2000;

function probe(orm: AtlasOrm): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('database probe timed out')), PROBE_TIMEOUT_MS);
    orm.em
      .fork()
      .getConnection()
      .execute('select 1')
      .then(() => resolve(), reject)
      .finally(() => clearTimeout(timer));
  });
}

/** `/healthz`: the process is up. `/readyz`: and its database answers, and it is not shutting down. */
export function healthRoutes(orm: AtlasOrm, readiness: Readiness): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (readiness.draining) {
      res.status(503).json({ status: 'draining', reason: 'shutting down' });
      return;
    }
    try {
      await probe(orm);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  return router;
}
