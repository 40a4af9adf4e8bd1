import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { ATLAS_NAME, CITE_SOURCES_NOTE, citation, LICENCE, LICENCE_NOTE, LICENCE_URL } from '../../about/about';
import { callerOf } from '../../accounts/authenticate';
import type { AtlasConfig } from '../../config';
import type { AtlasOrm } from '../../db/orm';
import { sendErrors } from '../../graphql/send-errors';
import type { PracticeCriteria } from '@atlas/shared';
import { csvStringifier } from './csv-stringifier';
import { PRACTICE_CSV_COLUMNS, practiceCsvRecords } from './practices-csv';
import { publicAtlasChunks } from './public-atlas';
import { practiceCriteriaFromQuery } from './query-filter';

/**
 * Downloads for researchers, mounted at /export behind the API's own middleware (CORS, time limit,
 * `authenticate`, rate limit):
 * - GET /export/practices.csv: the practices matching the API's `PracticeFilter`, given as query
 *   parameters and checked by the same validation (400 BAD_USER_INPUT naming each parameter). The
 *   visibility is the API's: anonymous requests get published practices only; with
 *   `Authorization: Bearer <token>` the same rule as `practices` applies, `statuses` included.
 * - GET /export/atlas.json: the whole public dataset in the export format, with citation and
 *   licence; always the public view, whoever asks.
 * Both are streamed page by page.
 */
export function downloadRoutes(orm: AtlasOrm, config: Pick<AtlasConfig, 'dialect'>, schema: GraphQLSchema): Router {
  const router = Router();

  router.get('/practices.csv', async (req, res) => {
    const { viewer, token } = callerOf(res);
    let criteria: PracticeCriteria;
    try {
      criteria = await practiceCriteriaFromQuery(schema, req.query, viewer);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
        return sendErrors(res, 400, error);
      }
      throw error;
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
    res.setHeader('Content-Disposition', 'attachment; filename="atlas-practices.csv"');
    res.setHeader('Cache-Control', token ? 'private, no-store' : 'no-cache');
    res.setHeader('Vary', 'Authorization');
    await stream(
      req,
      res,
      Readable.from(practiceCsvRecords(orm, config.dialect, criteria, siteUrl(req))),
      csvStringifier(PRACTICE_CSV_COLUMNS),
    );
  });

  router.get('/atlas.json', async (req, res) => {
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="atlas.json"');
    res.setHeader('Cache-Control', 'no-cache');
    const about = {
      name: ATLAS_NAME,
      citation: citation(`${siteUrl(req)}/`),
      citeSourcesNote: CITE_SOURCES_NOTE,
      licence: LICENCE,
      licenceUrl: LICENCE_URL,
      licenceNote: LICENCE_NOTE,
    };
    await stream(req, res, Readable.from(publicAtlasChunks(orm, config.dialect, about)));
  });

  return router;
}

/** Where this Atlas is served, as the client reached it (for links and the citation). */
function siteUrl(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/**
 * Pipes a download to the client with backpressure. A client that goes away stops the reading (the
 * generators are returned); a failure half-way cuts the response, so that a truncated file is never
 * mistaken for a complete one.
 */
async function stream(
  req: Request,
  res: Response,
  ...stages: (NodeJS.ReadableStream | NodeJS.ReadWriteStream)[]
): Promise<void> {
  try {
    await pipeline([...stages, res]);
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    const log = (req as Request & { log?: { error(error: unknown): void } }).log;
    if (log) log.error(error);
    else console.error(error);
    res.destroy(error as Error);
  }
}
