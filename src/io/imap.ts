import type { ImapFlow, MailboxObject } from 'imapflow';
import type { Logger } from 'pino';
import { BotError } from '../errors.js';
import type { Disposition, MailSource, SourceMessage } from '../types.js';
import { createImapConnection, type ImapConnectionOptions } from './imap-connection.js';
import { assertStillConnected as assertConnected, DONE_KEYWORD, finalizeUids, hasFlag, uidSet, type FinalizeContext } from './imap-finalize.js';

export interface ImapSourceOptions extends ImapConnectionOptions {
  mailbox: string;
  processedFolder: string;
  quarantineFolder: string;
  logger?: Logger;
}

export { DONE_KEYWORD, QUARANTINE_KEYWORD } from './imap-finalize.js';

interface ImapId {
  uidValidity: bigint;
  uid: number;
}

function parseSourceId(sourceId: string): ImapId {
  const match = /^(\d+):(\d+)$/.exec(sourceId);
  if (!match) throw new BotError('MAIL_SOURCE', `not an IMAP source id: "${sourceId}" (want uidValidity:uid)`);
  return { uidValidity: BigInt(match[1] as string), uid: Number(match[2]) };
}

/**
 * Reads a mailbox over IMAP (imapflow). Progress is keyed by UIDVALIDITY + UID (RFC 3501 §2.3.1.1);
 * handled mail is moved to the processed or quarantine folder, never deleted.
 */
export function createImapSource(options: ImapSourceOptions): MailSource {
  const log = options.logger?.child({ component: 'imap-source' });
  const connection = createImapConnection({ ...options, ...(log ? { logger: log } : {}) });
  const server = connection.server;
  const ensuredFolders = new Set<string>();
  /** The newest message list() saw (any state), so waitForChange can tell new mail from our own moves. */
  let listedUpTo: ImapId | null = null;

  /** A UID only names the same message while UIDVALIDITY is unchanged; otherwise refuse. */
  function assertSameMailbox(mailbox: MailboxObject, id: ImapId): void {
    if (mailbox.uidValidity !== id.uidValidity) {
      throw new BotError(
        'MAIL_SOURCE',
        `UIDVALIDITY of ${options.mailbox} changed from ${id.uidValidity} to ${mailbox.uidValidity} since the message was listed; ` +
          `refusing to act on UID ${id.uid} because it may now be a different message. List the mailbox again.`,
        { retryable: false },
      );
    }
  }

  const assertStillConnected = (client: ImapFlow, action: string): void => assertConnected(client, server, action);

  /** CREATE is idempotent in imapflow (ALREADYEXISTS, RFC 5530, resolves with created:false). */
  async function ensureFolder(client: ImapFlow, folder: string): Promise<boolean> {
    if (ensuredFolders.has(folder)) return true;
    try {
      const result = await client.mailboxCreate(folder);
      if (result?.created) log?.info({ folder }, 'imap folder created');
      ensuredFolders.add(folder);
      return true;
    } catch (error) {
      if (!client.usable) throw error;
      log?.warn({ folder, code: (error as { serverResponseCode?: unknown }).serverResponseCode ?? null }, 'imap folder could not be created');
      return false;
    }
  }

  const finalizeContext: FinalizeContext = {
    server,
    processedFolder: options.processedFolder,
    quarantineFolder: options.quarantineFolder,
    ensureFolder,
    forgetFolder: (folder) => ensuredFolders.delete(folder),
    ...(log ? { log } : {}),
  };

  async function finalizeBatch(items: Array<{ message: SourceMessage; disposition: Disposition }>): Promise<void> {
    if (options.readOnly) {
      // The dry run: the message stays where it is, unflagged, for the real run to take.
      log?.debug({ count: items.length }, 'imap read-only: messages left in place');
      return;
    }
    if (items.length === 0) return;
    const ids = items.map(({ message, disposition }) => ({ ...parseSourceId(message.sourceId), disposition }));
    await connection.retrying(() =>
      connection.withMailbox(options.mailbox, 'finalize', async (client, mailbox) => {
        for (const id of ids) assertSameMailbox(mailbox, id);
        await finalizeUids(client, finalizeContext, ids);
      }),
    );
  }

  /**
   * True when a message newer than the last list() is in the mailbox. EXISTS counts cannot tell: our
   * own MOVEs lower them while new mail raises them in the same replies.
   */
  async function hasMailSinceList(client: ImapFlow, mailbox: MailboxObject): Promise<boolean> {
    if (!listedUpTo || listedUpTo.uidValidity !== mailbox.uidValidity) return true;
    if (mailbox.exists === 0) return false;
    // "n:*" always includes the highest UID even when it is below n (RFC 3501 §6.4.8), hence the filter.
    const uids = await client.search({ uid: `${listedUpTo.uid + 1}:*` }, { uid: true });
    assertStillConnected(client, 'wait');
    const newest = listedUpTo.uid;
    return Array.isArray(uids) && uids.some((uid) => uid > newest);
  }

  return {
    name: `imap:${server}/${options.mailbox}`,

    list() {
      return connection.retrying(() =>
        connection.withMailbox(options.mailbox, 'list', async (client, mailbox) => {
          // A mailbox that stays selected keeps imapflow's cached EXISTS count; mail delivered since
          // is only announced in reply to a command (RFC 3501 §7.3.1), so ask with NOOP first.
          await client.noop();
          if (mailbox.exists === 0) {
            listedUpTo = { uidValidity: mailbox.uidValidity, uid: 0 };
            return [];
          }
          const pending: Array<SourceMessage & { uid: number }> = [];
          let highestUid = 0;
          for await (const message of client.fetch('1:*', { uid: true, size: true, flags: true, internalDate: true })) {
            highestUid = Math.max(highestUid, message.uid);
            // \Deleted: another client is about to expunge it; the keyword: finalised without a MOVE.
            if (hasFlag(message.flags, '\\Deleted') || hasFlag(message.flags, DONE_KEYWORD)) continue;
            const arrivedAt = toIsoTime(message.internalDate);
            pending.push({ sourceId: `${mailbox.uidValidity}:${message.uid}`, sizeBytes: message.size ?? 0, uid: message.uid, ...(arrivedAt ? { arrivedAt } : {}) });
          }
          assertStillConnected(client, 'list');
          listedUpTo = { uidValidity: mailbox.uidValidity, uid: highestUid };
          // UIDs are assigned in arrival order (RFC 3501 §2.3.1.1), so ascending UID is oldest first.
          pending.sort((a, b) => a.uid - b.uid);
          log?.debug({ count: pending.length }, 'imap list');
          return pending.map(({ uid: _uid, ...message }) => message);
        }),
      );
    },

    fetch(message) {
      const id = parseSourceId(message.sourceId);
      return connection.retrying(() =>
        connection.withMailbox(options.mailbox, 'fetch', async (client, mailbox) => {
          assertSameMailbox(mailbox, id);
          // BODY.PEEK[] (RFC 3501 §6.4.5): the stored bytes, and fetching does not set \Seen. Not BINARY
          // (RFC 3516, imapflow's `binary` option), which would decode bodies under unchanged headers.
          const fetched = await client.fetchOne(String(id.uid), { source: true }, { uid: true });
          assertStillConnected(client, 'fetch');
          if (!fetched || !fetched.source) {
            throw new BotError('MAIL_SOURCE', `UID ${id.uid} is no longer in ${options.mailbox} (moved or expunged by someone else)`);
          }
          return fetched.source;
        }),
      );
    },

    fetchMany(messages) {
      const ids = messages.map((message) => parseSourceId(message.sourceId));
      return connection.retrying(() =>
        connection.withMailbox(options.mailbox, 'fetch', async (client, mailbox) => {
          const byUid = new Map<number, string>();
          for (const [index, id] of ids.entries()) {
            assertSameMailbox(mailbox, id);
            byUid.set(id.uid, (messages[index] as SourceMessage).sourceId);
          }
          const found = new Map<string, Buffer>();
          if (byUid.size === 0) return found;
          // One UID FETCH over the set (BODY.PEEK[], as fetch() below); the replies stream back in one round trip.
          for await (const message of client.fetch(uidSet([...byUid.keys()]), { uid: true, source: true }, { uid: true })) {
            const sourceId = byUid.get(message.uid);
            if (sourceId && message.source) found.set(sourceId, message.source);
          }
          assertStillConnected(client, 'fetch');
          return found;
        }),
      );
    },

    finalize(message, disposition) {
      return finalizeBatch([{ message, disposition }]);
    },

    finalizeMany(items) {
      return finalizeBatch(items);
    },

    async waitForChange(timeoutMs) {
      let client: ImapFlow;
      try {
        client = await connection.client();
      } catch (error) {
        // The pass that follows reports the failure, and the poll loop backs off (1 s, 2 s, … 1 min).
        log?.warn({ code: (error as { code?: unknown }).code ?? null }, 'imap wait could not connect');
        await sleep(Math.min(timeoutMs, WAIT_RECONNECT_MS));
        return;
      }
      // From here on new mail wakes the caller (IDLE, or the check below), not the next poll.
      log?.debug({ idle: client.capabilities.has('IDLE') }, 'waiting for new mail');
      await waitForNewMail(client, timeoutMs, async () => {
        try {
          return await connection.withMailbox(options.mailbox, 'wait', (selected, mailbox) => hasMailSinceList(selected, mailbox));
        } catch (error) {
          // Do not wake the caller into a failing pass at full speed: let the timeout pace the retries.
          log?.warn({ code: (error as { code?: unknown }).code ?? null }, 'imap wait could not check the mailbox');
          return false;
        }
      });
    },

    close() {
      return connection.close();
    },
  };
}

/** INTERNALDATE (RFC 3501 §2.3.3) is when the server received the message, which the Date header is not. */
function toIsoTime(value: Date | string | undefined): string | null {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** How long a wait that cannot connect pauses before it returns (and the next pass tries again). */
const WAIT_RECONNECT_MS = 1_000;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Resolves when `checkNow` finds mail, or else when the server reports new mail during IDLE (RFC 2177),
 * the connection closes, or `timeoutMs` passes. Listeners go up before the check, so mail that arrives
 * between the check and the IDLE is not missed. Without IDLE it only waits for the timeout.
 */
function waitForNewMail(client: ImapFlow, timeoutMs: number, checkNow: () => Promise<boolean>): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      client.off('exists', onExists);
      client.off('close', finish);
      resolve();
    };
    const onExists = (event: { count: number; prevCount: number }): void => {
      if (event.count > event.prevCount) finish();
    };
    const timer = setTimeout(finish, timeoutMs);
    client.on('exists', onExists);
    client.on('close', finish);
    void checkNow().then((found) => {
      if (found) finish();
      // The next command breaks the IDLE (imapflow sends DONE first), so it may simply stay running.
      else if (!done && client.capabilities.has('IDLE')) client.idle().catch(finish);
    });
  });
}
