import type { ImapFlow, MailboxObject } from 'imapflow';
import type { Logger } from 'pino';
import { BotError } from '../errors.js';
import type { Disposition, MailSource, SourceMessage } from '../types.js';
import { createImapConnection, type ImapConnectionOptions } from './imap-connection.js';

export interface ImapSourceOptions extends ImapConnectionOptions {
  mailbox: string;
  processedFolder: string;
  quarantineFolder: string;
  logger?: Logger;
}

/**
 * Marks a message as handled when it cannot be moved (no permission to create the folder, or a
 * server that refuses MOVE and COPY). RFC 3501 keywords survive reconnects and other clients.
 */
export const DONE_KEYWORD = '$PrivacyInboxDone';
export const QUARANTINE_KEYWORD = '$PrivacyInboxQuarantine';

interface ImapId {
  uidValidity: bigint;
  uid: number;
}

function parseSourceId(sourceId: string): ImapId {
  const match = /^(\d+):(\d+)$/.exec(sourceId);
  if (!match) throw new BotError('MAIL_SOURCE', `not an IMAP source id: "${sourceId}" (want uidValidity:uid)`);
  return { uidValidity: BigInt(match[1] as string), uid: Number(match[2]) };
}

function hasFlag(flags: Set<string> | undefined, flag: string): boolean {
  if (!flags) return false;
  // RFC 3501 §2.3.2: flag and keyword names are case-insensitive.
  const wanted = flag.toLowerCase();
  for (const value of flags) if (value.toLowerCase() === wanted) return true;
  return false;
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

  /**
   * imapflow reports many command failures, a dropped connection included, by resolving with
   * `false` instead of rejecting. Tell the two apart so a drop is retried and never read as "no such message".
   */
  function assertStillConnected(client: ImapFlow, action: string): void {
    if (!client.usable) throw new BotError('MAIL_SOURCE', `IMAP connection to ${server} dropped during ${action}; will retry`, { retryable: true });
  }

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

  async function moveOrMark(client: ImapFlow, uid: number, disposition: Disposition): Promise<void> {
    const folder = disposition === 'quarantined' ? options.quarantineFolder : options.processedFolder;
    const range = String(uid);
    // The copy a person finds in Processed reads as handled; quarantined mail stays unread so it gets looked at.
    if (disposition !== 'quarantined') await client.messageFlagsAdd(range, ['\\Seen'], { uid: true });
    assertStillConnected(client, 'finalize');
    const transfer = async (): Promise<boolean> => {
      if (!(await ensureFolder(client, folder))) return false;
      if (canMoveSafely(client)) return (await client.messageMove(range, folder, { uid: true })) !== false;
      // Without MOVE (RFC 6851) imapflow emulates it with COPY, \Deleted and EXPUNGE; without UIDPLUS
      // (RFC 4315) that EXPUNGE would also remove mail other clients flagged \Deleted. So copy only:
      // the original stays, marked with the keyword below.
      await client.messageCopy(range, folder, { uid: true });
      return false;
    };
    let moved = await transfer();
    if (!moved && client.usable && canMoveSafely(client)) {
      // TRYCREATE (RFC 3501 §6.4.7): the folder vanished after we created it; create it once more.
      ensuredFolders.delete(folder);
      moved = await transfer();
    }
    assertStillConnected(client, 'finalize');
    if (moved) {
      log?.debug({ uid, disposition }, 'imap message moved');
      return;
    }
    const keywords = disposition === 'quarantined' ? [DONE_KEYWORD, QUARANTINE_KEYWORD] : [DONE_KEYWORD];
    const marked = await client.messageFlagsAdd(range, keywords, { uid: true });
    assertStillConnected(client, 'finalize');
    if (!marked) throw new BotError('MAIL_SOURCE', `IMAP server ${server} refused both MOVE to ${folder} and the ${DONE_KEYWORD} keyword`);
    log?.warn({ uid, disposition, copied: !canMoveSafely(client) }, 'imap message not moved; marked with a keyword instead');
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

    async finalize(message, disposition) {
      if (options.readOnly) {
        // The dry run: the message stays where it is, unflagged, for the real run to take.
        log?.debug({ disposition }, 'imap read-only: message left in place');
        return;
      }
      const id = parseSourceId(message.sourceId);
      await connection.retrying(() =>
        connection.withMailbox(options.mailbox, 'finalize', async (client, mailbox) => {
          assertSameMailbox(mailbox, id);
          const current = await client.fetchOne(String(id.uid), { uid: true, flags: true }, { uid: true });
          assertStillConnected(client, 'finalize');
          if (!current || hasFlag(current.flags, DONE_KEYWORD)) {
            // An earlier finalize (perhaps before a crash or a dropped connection) already moved or marked it.
            log?.debug({ uid: id.uid, disposition }, 'imap message already finalised');
            return;
          }
          await moveOrMark(client, id.uid, disposition);
        }),
      );
    },

    async waitForChange(timeoutMs) {
      let client: ImapFlow;
      try {
        client = await connection.client();
      } catch (error) {
        log?.warn({ code: (error as { code?: unknown }).code ?? null }, 'imap wait could not connect; sleeping instead');
        await sleep(timeoutMs);
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

function canMoveSafely(client: ImapFlow): boolean {
  return client.capabilities.has('MOVE') || client.capabilities.has('UIDPLUS');
}

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
