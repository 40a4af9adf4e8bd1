import { pino, type Logger } from 'pino';
import { textLine } from './text-format';

export type { Logger };

/** `json`: one object per line, for log collectors; `text`: lines a person reads in a terminal. */
export type LogFormat = 'json' | 'text';

/**
 * Logs on standard output, tokens and cookies never written. As JSON, written asynchronously (pino
 * flushes what is left when the process exits): a synchronous write per request line was a fifth of
 * the cost of answering from the response cache. As text, each line is written as it comes.
 */
export function createLogger(level: string, format: LogFormat): Logger {
  const options = {
    level,
    base: { service: 'reintegration-atlas' },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  };
  if (format === 'text') return pino(options, { write: (line: string) => process.stdout.write(textLine(line)) });
  return pino(options, pino.destination({ sync: false }));
}
