import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { ATLAS_NAME, CITE_SOURCES_NOTE, citation, LICENCE, LICENCE_NOTE, LICENCE_URL } from '../../about/about';
import { callerOf } from '../../accounts/authenticate';
import type { AtlasConfig } from '../../config';
import type { AtlasOrm } from '../../db/orm';
import { sendErrors } from '../../graphql/send-errors';
import { badUserInput } from '../../graphql/errors';
import { csvStringifier } from './csv-stringifier';
import { dataPackage } from './data-package';
import { CSV_DOWNLOADS } from './download-tables';
import { publicAtlasChunks } from './public-atlas';

/**
 * Downloads for researchers, mounted at /export behind the API's own middleware (CORS, time limit,
 * `authenticate`, rate limit):
 * - GET /export/<name>.csv for each of CSV_DOWNLOADS (practices, programs, outcomes, statistics,
 *   sources): the records matching the API's filter of that kind where it has one (`PracticeFilter`,
 *   `ProgramFilter`, `OutcomeFilter`), given as query parameters and checked by the same validation
 *   (400 BAD_USER_INPUT naming each parameter). The visibility is the API's: anonymous requests get
 *   the public view; with `Authorization: Bearer <token>` the same rules as the API apply. `?bom=1`
 *   (or `?excel=1`) starts the file with a UTF-8 byte-order mark, for spreadsheets that need one.
 * - GET /export/datapackage.json: the Frictionless Data Package descriptor of those CSVs.
 * - GET /export/atlas.json: the whole public dataset in the export format, with citation, licence
 *   and each record's global ID; always the public view, whoever asks.
 * All are streamed page by page.
 */
export function downloadRoutes(orm: AtlasOrm, config: Pick<AtlasConfig, 'dialect'>, schema: GraphQLSchema): Router {
  const router = Router();

  for (const download of CSV_DOWNLOADS) {
    const { name } = download.table;
    router.get(`/${name}.csv`, async (req, res) => {
      const { viewer, token } = callerOf(res);
      let rows: AsyncIterable<Record<string, string | number>>;
      let bom: boolean;
      try {
        const { query, byteOrderMark } = withoutByteOrderMark(req.query);
        bom = byteOrderMark;
        rows = await download.rows({ orm, dialect: config.dialect, schema, viewer, siteUrl: siteUrl(req) }, query);
      } catch (error) {
        if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
          return sendErrors(res, 400, error);
        }
        throw error;
      }
      res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
      res.setHeader('Content-Disposition', `attachment; filename="atlas-${name}.csv"`);
      res.setHeader('Cache-Control', token ? 'private, no-store' : 'no-cache');
      res.setHeader('Vary', 'Authorization');
      if (bom) res.write(BYTE_ORDER_MARK);
      await stream(req, res, Readable.from(rows), csvStringifier(download.table.columns.map((column) => column.name)));
    });
  }

  router.get('/datapackage.json', (req, res) => {
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.send(`${JSON.stringify(dataPackage(siteUrl(req)), null, 2)}\n`);
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

/** U+FEFF in UTF-8: Excel on Windows reads a CSV as UTF-8 (Vietnamese, Thai) only when it starts with it. */
const BYTE_ORDER_MARK = '\uFEFF';

/** The query parameters asking for a byte-order mark (`bom`, or `excel` as its alias: `1`/`true` or `0`/`false`), taken out. */
function withoutByteOrderMark(query: Request['query']): { query: Request['query']; byteOrderMark: boolean } {
  const rest: Request['query'] = {};
  let byteOrderMark = false;
  for (const [name, value] of Object.entries(query)) {
    if (name !== 'bom' && name !== 'excel') {
      rest[name] = value;
      continue;
    }
    if (value === '1' || value === 'true') byteOrderMark = true;
    else if (value !== '0' && value !== 'false') {
      throw badUserInput([{ path: name, message: 'give 1 (or true) for a byte-order mark, 0 (or false) for none' }]);
    }
  }
  return { query: rest, byteOrderMark };
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
