import { BotError } from '../errors.js';

/** Node socket errors that say the server could not be reached or went away: worth trying again later. */
const TRANSIENT_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);

/**
 * SQLSTATE classes and codes that are transient (PostgreSQL Appendix A): 08 connection exception,
 * 40001/40P01 serialization failure and deadlock, 53 insufficient resources (too many connections),
 * 57P01-57P03 admin shutdown, crash shutdown, cannot connect now (starting up).
 */
function transientSqlState(code: string): boolean {
  return code.startsWith('08') || code.startsWith('53') || ['40001', '40P01', '57P01', '57P02', '57P03'].includes(code);
}

/** host:port/db of a STORE_URL, without user or password: what error messages and logs may name. */
export function describeStoreUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'STORE_URL';
  }
}

/**
 * Maps a pg error to BotError('STORE_UNAVAILABLE'). The message names the server and the SQLSTATE or
 * socket code, never the statement's parameters (they carry addresses and subjects).
 */
export function mapPgError(error: unknown, where: string, action: string): BotError {
  if (error instanceof BotError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (TRANSIENT_SOCKET.has(code)) {
    return new BotError('STORE_UNAVAILABLE', `cannot reach PostgreSQL at ${where} (${code}) while ${action}; is it running? Retrying later may help`, { retryable: true, cause: error });
  }
  if (code === '28P01' || code === '28000') return new BotError('STORE_UNAVAILABLE', `PostgreSQL at ${where} refused the login (${code}); check the user and password in STORE_URL`, { cause: error });
  if (code === '3D000') return new BotError('STORE_UNAVAILABLE', `PostgreSQL at ${where}: the database does not exist (${code}); create it first`, { cause: error });
  if (/^[0-9A-Z]{5}$/.test(code)) return new BotError('STORE_UNAVAILABLE', `PostgreSQL at ${where} failed while ${action} (SQLSTATE ${code})`, { retryable: transientSqlState(code), cause: error });
  // Not a server answer: a closed client ("Connection terminated"), a broken connection, or our own bug.
  const message = error instanceof Error ? error.message : String(error);
  const closed = /connection terminated|not queryable|client was closed|ended/i.test(message);
  return new BotError('STORE_UNAVAILABLE', `PostgreSQL at ${where}: ${closed ? 'the connection was lost' : 'failed'} while ${action}`, { retryable: closed, cause: error });
}
