import { createHash } from 'node:crypto';
import { destination as pinoDestination, pino, type Logger } from 'pino';

/**
 * Field names that may carry personal data or secrets. Logs are operational records, not a copy of
 * the mail (GDPR Art. 5(1)(c) data minimisation), so these are censored wherever they appear.
 */
const REDACTED_PATHS = [
  'subject', 'text', 'html', 'body', 'newText', 'from', 'to', 'cc', 'replyTo', 'address', 'requester', 'email',
  'pass', 'password', 'apiKey', 'secret', 'token',
  '*.subject', '*.text', '*.html', '*.body', '*.newText', '*.from', '*.to', '*.cc', '*.address', '*.pass', '*.password', '*.apiKey', '*.token',
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, base: { app: 'privacy-inbox' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    destination ?? pinoDestination(2),
  );
}

/** A short stable pseudonym for an address, so logs can correlate without holding the address. */
export function hashAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  return createHash('sha256').update(address.trim().toLowerCase()).digest('hex').slice(0, 16);
}
