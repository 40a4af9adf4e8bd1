import fs from 'node:fs';
import path from 'node:path';
import express, { Router, type RequestHandler } from 'express';

const API_PATHS = /^\/(graphql|graphiql|healthz|readyz|export)(\/|$)/;

/**
 * Serves the built dashboard at `/`. Client routes (`/id/practices?…`, `/en/countries/ID`, and
 * without a language, `/practices`, which the dashboard sends to one) fall back to index.html, which is never cached, so a new release shows at the next reload; the hashed files
 * under /assets/ are cached for good. A missing asset is a 404, not the page. Before the dashboard
 * is built, `/` says so plainly instead.
 *
 * The GraphQL explorer (GraphiQL, bundled by the dashboard's build as graphiql.html, no CDN) is at
 * `/graphiql`, uncached like index.html; before it is built, `/graphiql` is a 404 that says so.
 */
export function dashboardRoutes(dashboardDir: string): Router {
  const router = Router();
  const index = path.join(dashboardDir, 'index.html');
  const explorer = path.join(dashboardDir, 'graphiql.html');
  if (fs.existsSync(explorer)) {
    router.get('/graphiql', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(explorer);
    });
  } else {
    router.get('/graphiql', (_req, res) => {
      res
        .status(404)
        .type('text/plain')
        .send(
          'The GraphQL explorer is not built: run `npx -y pnpm@12.4.2 build`. The GraphQL API itself is at /graphql.\n',
        );
    });
  }
  if (!fs.existsSync(index)) {
    router.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send('Reintegration Atlas API. The dashboard is not built; the GraphQL API is at /graphql.\n');
    });
    return router;
  }
  router.use(
    '/assets',
    express.static(path.join(dashboardDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.use(
    express.static(dashboardDir, {
      index: false,
      maxAge: '1h',
      // The service worker (the dashboard's offline copy) is checked at every visit, as index.html.
      setHeaders: (res, file) => path.basename(file) === 'sw.js' && res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  router.get(/.*/, (req, res, next) => {
    if (API_PATHS.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}

/**
 * A browser opening /graphql (it prefers HTML, and asks no query) is sent to the explorer, rather
 * than shown a JSON error. Every other request, GraphQL over GET included, goes on to the API.
 */
export const explorerForBrowsers: RequestHandler = (req, res, next) => {
  const wanted = req.accepts(['application/graphql-response+json', 'application/json', 'text/html']);
  if (wanted !== 'text/html' || req.query.query !== undefined) return next();
  res.redirect(302, '/graphiql');
};
