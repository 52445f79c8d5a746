import { BotError } from '../errors.js';

/** nodemailer and socket codes for "the connection failed, the message was not refused". */
const TRANSIENT_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'EPROXY',
  'EMAXLIMIT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** Codes for something retrying the same message cannot fix: credentials, envelope, message, config. */
const PERMANENT_CODES = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2', 'EENVELOPE', 'EMESSAGE', 'ECONFIG', 'ETLS', 'EREQUIRETLS', 'EMAXRECIPIENTS']);

interface SmtpErrorFields {
  code?: unknown;
  responseCode?: unknown;
  command?: unknown;
  response?: unknown;
}

/**
 * Maps a nodemailer error to SEND_TRANSIENT (retryable) or SEND_PERMANENT. RFC 5321 §4.2.1: 4yz
 * replies are transient and 5yz permanent; 503 (bad sequence) is a session problem, so transient.
 * Server text is dropped because it usually echoes the recipient address; only the reply code and
 * the RFC 3463 enhanced status code are kept.
 */
export function toSendError(error: unknown): BotError {
  if (error instanceof BotError) return error;
  const fields: SmtpErrorFields = typeof error === 'object' && error !== null ? (error as SmtpErrorFields) : {};
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  const responseCode = typeof fields.responseCode === 'number' ? fields.responseCode : undefined;
  const command = typeof fields.command === 'string' ? fields.command.split(/\s/)[0]?.toUpperCase() : undefined;
  const enhanced = typeof fields.response === 'string' ? /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(fields.response)?.[1] : undefined;
  const cause = { code: code ?? null, responseCode: responseCode ?? null, command: command ?? null, enhancedStatus: enhanced ?? null };
  const reply = [responseCode, enhanced].filter((part) => part !== undefined).join(' ');
  const what = `SMTP ${command ?? 'send'} failed${reply ? ` with ${reply}` : ''}${code ? ` (${code})` : ''}`;

  if (responseCode !== undefined && responseCode >= 400 && responseCode < 600) {
    const permanent = responseCode >= 500 && responseCode !== 503;
    return new BotError(permanent ? 'SEND_PERMANENT' : 'SEND_TRANSIENT', what, { retryable: !permanent, cause });
  }
  if (code && PERMANENT_CODES.has(code)) {
    const hint = code === 'EAUTH' || code === 'ENOAUTH' ? ': check the user and password in SMTP_URL' : '';
    return new BotError('SEND_PERMANENT', `${what}${hint}`, { retryable: false, cause });
  }
  if (code && TRANSIENT_CODES.has(code)) return new BotError('SEND_TRANSIENT', what, { retryable: true, cause });
  // Unknown failures without an SMTP reply are most often connection trouble; the outbox caps attempts.
  return new BotError('SEND_TRANSIENT', what, { retryable: true, cause });
}
