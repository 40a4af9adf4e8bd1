import { Router } from 'express';
import type { AtlasOrm } from '../db/orm';

/** `/healthz`: the process is up. `/readyz`: and its database answers. */
export function healthRoutes(orm: AtlasOrm): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  return router;
}
