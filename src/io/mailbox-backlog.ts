import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { redactAddresses } from '../core/job-record.js';
import type { MailboxBacklog } from '../core/health.js';
import type { ImapSourceOptions } from './imap.js';

function describeError(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  return redactAddresses(typeof code === 'string' && !message.startsWith(code) ? `${code}: ${message}` : message).slice(0, 300);
}

/**
 * Mail waiting in a Maildir: the files in new/ (the Maildir spec, cr.yp.to/proto/maildir.html, puts
 * delivered and unread mail there; the bot moves what it handled to cur/). Reads only: it never
 * creates the directories, so a status check as another user leaves nothing behind.
 */
export async function countMaildirBacklog(root: string): Promise<MailboxBacklog> {
  const dir = path.join(root, 'new');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => !name.startsWith('.'));
  } catch (error) {
    return { kind: 'maildir', count: null, oldestArrivedAt: null, error: describeError(error) };
  }
  let count = 0;
  let oldest: number | null = null;
  for (const name of names) {
    try {
      const info = await stat(path.join(dir, name));
      if (!info.isFile()) continue;
      count++;
      if (oldest === null || info.mtimeMs < oldest) oldest = info.mtimeMs;
    } catch {
      // Taken by the poller between readdir and stat: no longer waiting.
    }
  }
  return { kind: 'maildir', count, oldestArrivedAt: oldest === null ? null : new Date(oldest).toISOString(), error: null };
}

/**
 * Mail waiting in the IMAP mailbox, counted the way the poller lists it (the same adapter, so
 * \Deleted and $PrivacyInboxDone messages are left out), on a connection of its own that is logged
 * out afterwards. A server that does not answer within `timeoutMs` gives an error, not a hang.
 */
export async function countImapBacklog(options: ImapSourceOptions, timeoutMs = 10_000): Promise<MailboxBacklog> {
  const { createImapSource } = await import('./imap.js');
  const source = createImapSource({ ...options, connectTimeoutMs: Math.min(options.connectTimeoutMs ?? timeoutMs, timeoutMs) });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from the IMAP server within ${timeoutMs} ms`)), timeoutMs);
    });
    const messages = await Promise.race([source.list(), timeout]);
    const arrivals = messages.map((message) => message.arrivedAt).filter((value): value is string => Boolean(value)).sort();
    return { kind: 'imap', count: messages.length, oldestArrivedAt: arrivals[0] ?? null, error: null };
  } catch (error) {
    return { kind: 'imap', count: null, oldestArrivedAt: null, error: describeError(error) };
  } finally {
    clearTimeout(timer);
    await source.close().catch(() => undefined);
  }
}
