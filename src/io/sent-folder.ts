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

/** The IMAP Sent folder as the record of what went out: the outbox asks it before resending. */
export function createSentFolder(options: SentFolderOptions): SentFolder {
  const connection = createImapConnection(options);
  let folderReady = false;

  async function ensureFolder(client: ImapFlow): Promise<void> {
    if (folderReady) return;
    // Resolves with created:false when it already exists (ALREADYEXISTS, RFC 5530).
    await client.mailboxCreate(options.folder);
    folderReady = true;
  }

  return {
    async append(raw) {
      await connection.retrying(async () => {
        await ensureFolder(await connection.client());
        // Dovecot APPENDs several times faster into the selected mailbox (mailstack README).
        await connection.withMailbox(options.folder, 'append to sent', async (client) => {
          await client.append(options.folder, raw, ['\\Seen']);
        });
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

    close() {
      return connection.close();
    },
  };
}
