import { ImapFlow, type MailboxObject } from 'imapflow';
import type { Logger } from 'pino';
import { toImapError } from './imap-errors.js';
import { retryTransient } from './retry-transient.js';

export interface ImapConnectionOptions {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass: string;
  logger?: Logger;
  /** Budget for TCP/TLS connect (imapflow's default of 90 s is too long for a polling bot) and, when set, for the server greeting. */
  connectTimeoutMs?: number;
  /**
   * Open mailboxes with EXAMINE instead of SELECT (RFC 3501 §6.3.2): the server then refuses every
   * change, and the session does not even clear \Recent. For the dry run.
   */
  readOnly?: boolean;
}

export interface ImapConnection {
  /** host:port, for error messages (no user, no password). */
  readonly server: string;
  /** The live client, connecting (again) first if there is none or the previous one dropped. */
  client(): Promise<ImapFlow>;
  /** Selects `path` under imapflow's mailbox lock, runs `work`, and releases the lock in `finally`. */
  withMailbox<T>(path: string, action: string, work: (client: ImapFlow, mailbox: MailboxObject) => Promise<T>): Promise<T>;
  /** Runs `operation`, retrying transient failures on a fresh connection (3 attempts). */
  retrying<T>(operation: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * One imapflow connection that is re-opened on the next call after it drops. A single connection
 * is enough: imapflow queues commands, and Dovecot serialises work on a mailbox anyway.
 */
export function createImapConnection(options: ImapConnectionOptions): ImapConnection {
  const server = `${options.host}:${options.port}`;
  const log = options.logger;
  let current: ImapFlow | null = null;
  let connecting: Promise<ImapFlow> | null = null;
  let closed = false;

  async function open(): Promise<ImapFlow> {
    const client = new ImapFlow({
      host: options.host,
      port: options.port,
      secure: options.secure,
      auth: { user: options.user, pass: options.pass },
      logger: false,
      connectionTimeout: options.connectTimeoutMs ?? 15_000,
      // A server that accepts the connection and never greets would otherwise hold close() for imapflow's 16 s.
      ...(options.connectTimeoutMs === undefined ? {} : { greetingTimeout: options.connectTimeoutMs }),
    });
    // An 'error' event without a listener would crash the process; the failing command rejects anyway.
    client.on('error', (error: Error) => {
      log?.warn({ code: (error as { code?: unknown }).code ?? null }, 'imap connection error');
    });
    client.on('close', () => {
      if (current === client) current = null;
      log?.debug({ server }, 'imap connection closed');
    });
    try {
      await client.connect();
    } catch (error) {
      client.close();
      throw toImapError(error, 'connect', server);
    }
    log?.debug({ server }, 'imap connected');
    return client;
  }

  async function client(): Promise<ImapFlow> {
    if (closed) throw toImapError({ code: 'NoConnection' }, 'use after close', server);
    if (current?.usable) return current;
    connecting ??= open().then(
      (fresh) => {
        current = fresh;
        connecting = null;
        return fresh;
      },
      (error: unknown) => {
        connecting = null;
        throw error;
      },
    );
    return connecting;
  }

  function drop(): void {
    const stale = current;
    current = null;
    stale?.close();
  }

  return {
    server,
    client,

    async withMailbox(path, action, work) {
      const imap = await client();
      let lock;
      try {
        lock = await imap.getMailboxLock(path, options.readOnly ? { readOnly: true } : {});
      } catch (error) {
        throw toImapError(error, `select (${action})`, server);
      }
      try {
        const mailbox = imap.mailbox;
        if (!mailbox) throw toImapError({ code: 'NoConnection' }, action, server);
        return await work(imap, mailbox);
      } catch (error) {
        throw toImapError(error, action, server);
      } finally {
        lock.release();
      }
    },

    retrying(operation) {
      return retryTransient(operation, {
        onRetry: (error, attempt) => {
          log?.warn({ attempt, code: (error as { code?: unknown }).code ?? null }, 'imap operation failed; reconnecting');
          drop();
        },
      });
    },

    async close() {
      closed = true;
      const last = current ?? (await connecting?.catch(() => null)) ?? null;
      current = null;
      if (!last) return;
      try {
        await last.logout();
      } catch {
        last.close();
      }
    },
  };
}
