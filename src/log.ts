import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isatty } from 'node:tty';
import { destination as pinoDestination, pino, type Logger } from 'pino';
import type { LogFormat } from './config.js';

/**
 * Field names that may carry personal data or secrets. Logs are operational records, not a copy of
 * the mail (GDPR Art. 5(1)(c) data minimisation), so these are censored wherever they appear.
 */
const REDACTED_PATHS = [
  'subject', 'text', 'html', 'body', 'newText', 'from', 'to', 'cc', 'replyTo', 'address', 'requester', 'email',
  'pass', 'password', 'apiKey', 'secret', 'token',
  '*.subject', '*.text', '*.html', '*.body', '*.newText', '*.from', '*.to', '*.cc', '*.address', '*.pass', '*.password', '*.apiKey', '*.token',
];

/**
 * What `auto` means: pretty only when stderr is a terminal. isatty(2) asks the operating system, so
 * bree's worker threads (whose process.stderr is a pipe to the main thread) decide as the main one.
 */
export function resolveLogFormat(format: LogFormat): 'json' | 'pretty' {
  if (format !== 'auto') return format;
  return isatty(2) ? 'pretty' : 'json';
}

/** A live line at the bottom of the terminal (a progress bar) that log lines must not write over. */
export interface StatusLine {
  clear: () => void;
  redraw: () => void;
}

let statusLine: StatusLine | null = null;

/** Registers (or, with null, removes) the line pretty logs are written above. */
export function setStatusLine(line: StatusLine | null): void {
  statusLine = line;
}

/** Pretty lines for a person; written synchronously to fd 2 like pino's own destination, from any thread. */
function prettyDestination(): { write: (line: string) => void } {
  // pino-pretty is CommonJS and loads only here; require keeps createLogger synchronous.
  const { prettyFactory } = createRequire(import.meta.url)('pino-pretty') as typeof import('pino-pretty');
  const prettify = prettyFactory({ colorize: isatty(2), translateTime: 'SYS:yyyy-mm-dd HH:MM:ss', ignore: 'pid,hostname,app', singleLine: true });
  return {
    write(line) {
      const text = prettify(line);
      if (!statusLine) {
        writeSync(2, text);
        return;
      }
      statusLine.clear();
      writeSync(2, text);
      statusLine.redraw();
    },
  };
}

/**
 * The root logger, on stderr (stdout carries command output): JSON, or pretty lines when `format`
 * says so (by default when stderr is a terminal). Redaction happens before either format sees a line.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream, format: LogFormat = 'auto'): Logger {
  const options = { level, base: { app: 'privacy-inbox' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  if (destination) return pino(options, destination);
  return pino(options, resolveLogFormat(format) === 'pretty' ? prettyDestination() : pinoDestination(2));
}

/** A short stable pseudonym for an address, so logs can correlate without holding the address. */
export function hashAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  return createHash('sha256').update(address.trim().toLowerCase()).digest('hex').slice(0, 16);
}
