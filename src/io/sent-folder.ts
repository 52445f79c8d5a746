import type { ImapFlow } from 'imapflow';
import { createImapConnection, type ImapConnectionOptions } from './imap-connection.js';
import { normalizeMessageId } from './mime.js';

export interface SentFolderOptions extends ImapConnectionOptions {
  /** IMAP folder that keeps a copy of every message the bot sent, e.g. "Sent". */
  folder: string;
}

export interface SentFolder {
  /** Stores `raw` with \Seen, as a mail client does after sending (RFC 6154 \Sent folder). */
  append(raw: Buffer): Promise<void>;
  /** Whether a message with this Message-ID is in the folder. */
  contains(messageId: string): Promise<boolean>;
  close(): Promise<void>;
}

interface PendingAppend {
  raw: Buffer;
  done: boolean;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * The IMAP Sent folder as the record of what went out: the outbox asks it before resending.
 * Appends are batched: those asked for while a batch is being written wait and go together, under
 * one mailbox selection, one after the other on the one connection (imapflow runs one command at a
 * time; Dovecot APPENDs several times faster into the selected mailbox, mailstack README).
 */
export function createSentFolder(options: SentFolderOptions): SentFolder {
  const connection = createImapConnection(options);
  let folderReady = false;
  const pending: PendingAppend[] = [];
  let writing: Promise<void> | null = null;

  /** Writes every waiting append; a retry after a dropped connection writes only those not yet stored. */
  async function writeBatches(): Promise<void> {
    while (pending.length > 0) {
      const batch = pending.splice(0);
      try {
        await connection.retrying(async () => {
          await ensureFolder(await connection.client());
          await connection.withMailbox(options.folder, 'append to sent', async (client) => {
            for (const entry of batch) {
              if (entry.done) continue;
              const stored = await client.append(options.folder, entry.raw, ['\\Seen']);
              if (!stored) throw Object.assign(new Error('APPEND failed'), { code: client.usable ? 'AppendFailed' : 'NoConnection' });
              entry.done = true;
              entry.resolve();
            }
          });
        });
      } catch (error) {
        for (const entry of batch) if (!entry.done) entry.reject(error);
      }
    }
    writing = null;
  }

  async function ensureFolder(client: ImapFlow): Promise<void> {
    if (folderReady) return;
    // Resolves with created:false when it already exists (ALREADYEXISTS, RFC 5530).
    await client.mailboxCreate(options.folder);
    folderReady = true;
  }

  return {
    append(raw) {
      return new Promise<void>((resolve, reject) => {
        pending.push({ raw, done: false, resolve, reject });
        writing ??= writeBatches();
      });
    },

    async contains(messageId) {
      const id = normalizeMessageId(messageId);
      if (!id) return false;
      return connection.retrying(async () => {
        await ensureFolder(await connection.client());
        return connection.withMailbox(options.folder, 'search sent', async (client) => {
          // SEARCH HEADER is a case-insensitive substring match (RFC 3501 §6.4.4): the bare id matches <id>.
          const found = await client.search({ header: { 'message-id': id } }, { uid: true });
          if (found === false || found === undefined) throw Object.assign(new Error('SEARCH failed'), { code: client.usable ? 'SearchFailed' : 'NoConnection' });
          return found.length > 0;
        });
      });
    },

    async close() {
      await writing;
      return connection.close();
    },
  };
}
