import { BotError } from '../errors.js';

/** imapflow codes and Node socket codes that mean "the connection is gone or slow": try again later. */
const TRANSIENT_CODES = new Set([
  'NoConnection',
  'EConnectionClosed',
  'ClosedAfterConnectText',
  'ClosedAfterConnectTLS',
  'CONNECT_TIMEOUT',
  'GREETING_TIMEOUT',
  'UPGRADE_TIMEOUT',
  'ETIMEOUT',
  'ETHROTTLE',
  'LockTimeout',
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

interface ImapErrorFields {
  code?: unknown;
  authenticationFailed?: unknown;
  serverResponseCode?: unknown;
  responseStatus?: unknown;
  responseText?: unknown;
  mailboxMissing?: unknown;
  message?: unknown;
}

function fieldsOf(error: unknown): ImapErrorFields {
  return typeof error === 'object' && error !== null ? (error as ImapErrorFields) : {};
}

/**
 * What is safe to keep from a library error: codes and the server's status text. Not the error
 * itself, whose `executedCommand` and `response` can echo a LOGIN line or mailbox data into logs.
 */
function describe(fields: ImapErrorFields): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const key of ['code', 'message', 'serverResponseCode', 'responseStatus', 'responseText'] as const) {
    const value = fields[key];
    if (typeof value === 'string' && value.length > 0) kept[key] = value.slice(0, 200);
  }
  return kept;
}

/**
 * Maps an imapflow or socket error to a BotError('MAIL_SOURCE'). The message names the server and
 * the action, never the password, the user's address or message content.
 */
export function toImapError(error: unknown, action: string, server: string): BotError {
  if (error instanceof BotError) return error;
  const fields = fieldsOf(error);
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  if (fields.authenticationFailed === true || fields.serverResponseCode === 'AUTHENTICATIONFAILED') {
    return new BotError('MAIL_SOURCE', `IMAP login to ${server} was rejected: check the user and password in MAILBOX_URL`, {
      retryable: false,
      cause: describe(fields),
    });
  }
  // RFC 5530 response codes: UNAVAILABLE and INUSE are the server asking us to come back later.
  if ((code && TRANSIENT_CODES.has(code)) || fields.serverResponseCode === 'UNAVAILABLE' || fields.serverResponseCode === 'INUSE') {
    return new BotError('MAIL_SOURCE', `IMAP ${action} on ${server} failed (${code ?? String(fields.serverResponseCode)}); will retry`, {
      retryable: true,
      cause: describe(fields),
    });
  }
  if (fields.mailboxMissing === true || fields.serverResponseCode === 'NONEXISTENT') {
    return new BotError('MAIL_SOURCE', `IMAP ${action} on ${server} failed: the mailbox does not exist`, { retryable: false, cause: describe(fields) });
  }
  const detail = code ?? (typeof fields.serverResponseCode === 'string' ? fields.serverResponseCode : 'unexpected error');
  return new BotError('MAIL_SOURCE', `IMAP ${action} on ${server} failed (${detail})`, { retryable: false, cause: describe(fields) });
}
