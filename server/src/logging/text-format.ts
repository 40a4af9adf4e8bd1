import { inspect } from 'node:util';

/** pino's numeric levels, as a terminal shows them. */
const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** Fields every line has, or that a line shows in its own way rather than as `key=value`. */
const SHOWN_APART = new Set([
  'level',
  'time',
  'pid',
  'hostname',
  'service',
  'msg',
  'err',
  'req',
  'res',
  'responseTime',
  'operation',
]);

interface Entry {
  level: number;
  time: number;
  msg?: string;
  err?: { message?: string; stack?: string };
  req?: { method?: string; path?: string };
  res?: { status?: number };
  responseTime?: number;
  operation?: { name?: string; type?: string; cache?: string };
  [field: string]: unknown;
}

const clock = (time: number) => new Date(time).toTimeString().slice(0, 8);

/** `GET /graphql 200 12 ms query Countries (cache hit)` */
function requestLine({ req, res, responseTime, operation }: Entry): string {
  const parts = [req?.method, req?.path, res?.status, responseTime === undefined ? undefined : `${responseTime} ms`];
  if (operation?.type) parts.push(operation.type, operation.name);
  if (operation?.cache) parts.push(`(cache ${operation.cache})`);
  return parts.filter((part) => part !== undefined && part !== '').join(' ');
}

/**
 * One of pino's JSON lines as a terminal shows it: `14:02:07 warn  Redis unreachable: … err=…`, a
 * request as `14:02:07 debug GET /graphql 200 12 ms query Countries`, an error with its stack below.
 */
export function textLine(json: string): string {
  let entry: Entry;
  try {
    entry = JSON.parse(json) as Entry;
  } catch {
    return json;
  }
  const message = entry.req && entry.res ? requestLine(entry) : (entry.msg ?? entry.err?.message ?? '');
  const fields = Object.entries(entry)
    .filter(([key]) => !SHOWN_APART.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : inspect(value, { breakLength: Infinity })}`);
  const level = (LEVELS[entry.level] ?? String(entry.level)).padEnd(5);
  let line = [clock(entry.time), level, message, ...fields].join(' ');
  if (entry.err) line += `\n  ${(entry.err.stack ?? entry.err.message ?? '').replace(/\n/g, '\n  ')}`;
  return `${line}\n`;
}
