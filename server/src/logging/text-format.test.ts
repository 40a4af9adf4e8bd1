import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { textLine } from './text-format';

const at = new Date(2026, 0, 5, 14, 2, 7).getTime();
const line = (entry: Record<string, unknown>) =>
  textLine(JSON.stringify({ time: at, service: 'reintegration-atlas', pid: 1, hostname: 'h', ...entry }));

describe('log lines for a terminal', () => {
  it('shows a request as method, path, status, duration and operation', () => {
    expect(
      line({
        level: 20,
        req: { id: 'x', method: 'POST', path: '/graphql' },
        res: { status: 200 },
        responseTime: 12,
        operation: { name: 'Countries', type: 'query' },
        msg: 'request completed',
      }),
    ).toBe('14:02:07 debug POST /graphql 200 12 ms query Countries\n');
    expect(
      line({
        level: 20,
        req: { method: 'GET', path: '/graphql' },
        res: { status: 200 },
        responseTime: 0,
        operation: { type: 'query', cache: 'hit' },
      }),
    ).toBe('14:02:07 debug GET /graphql 200 0 ms query (cache hit)\n');
  });

  it('shows a message with its fields, and an error with its stack', () => {
    expect(line({ level: 30, msg: 'shutting down', signal: 'SIGTERM', seeded: { countries: 11 } })).toBe(
      '14:02:07 info  shutting down signal=SIGTERM seeded={ countries: 11 }\n',
    );
    const error = line({
      level: 50,
      msg: 'unexpected error',
      err: { message: 'boom', stack: 'Error: boom\n    at f (a.ts:1:1)' },
    });
    expect(error).toBe('14:02:07 error unexpected error\n  Error: boom\n      at f (a.ts:1:1)\n');
  });

  it('passes a line that is not JSON through', () => {
    expect(textLine('plain words\n')).toBe('plain words\n');
  });
});

describe('LOG_FORMAT', () => {
  it('is text in a terminal and JSON otherwise, unless asked', () => {
    expect(loadConfig({}, true).logFormat).toBe('text');
    expect(loadConfig({}, false).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }, true).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'text' }, false).logFormat).toBe('text');
    expect(() => loadConfig({ LOG_FORMAT: 'pretty' })).toThrow('LOG_FORMAT must be text or json, got "pretty"');
  });
});
