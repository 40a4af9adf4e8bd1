import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/**
 * Serves the built dashboard at `/`, with client routes falling back to index.html. Before the
 * dashboard is built, `/` says so plainly instead.
 */
export function dashboardRoutes(dashboardDir: string): Router {
  const router = Router();
  const index = path.join(dashboardDir, 'index.html');
  if (!fs.existsSync(index)) {
    router.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send('Reintegration Atlas API. The dashboard is not built; the GraphQL API is at /graphql.\n');
    });
    return router;
  }
  router.use(express.static(dashboardDir, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
    res.sendFile(index);
  });
  return router;
}
