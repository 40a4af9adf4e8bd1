import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on standard output, one object per line; tokens and cookies never written. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'reintegration-atlas' },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  });
}
