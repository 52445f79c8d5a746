import { watch } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { BotError } from '../errors.js';
import type { Disposition, MailSource, SourceMessage } from '../types.js';

export interface MaildirOptions {
  path: string;
  logger?: Logger;
}

const SUBDIRS = ['new', 'cur', 'tmp'] as const;

/** Maildir++ keeps subfolders as dot-prefixed siblings of new/cur/tmp (Dovecot and Courier agree). */
function folderFor(root: string, disposition: Disposition): string {
  return disposition === 'quarantined' ? path.join(root, '.Quarantine') : root;
}

async function ensureMaildir(dir: string): Promise<void> {
  for (const sub of SUBDIRS) await mkdir(path.join(dir, sub), { recursive: true, mode: 0o700 });
}

/** The unique part of a Maildir file name: everything before the ":2," info suffix. */
function baseName(fileName: string): string {
  const colon = fileName.indexOf(':');
  return colon >= 0 ? fileName.slice(0, colon) : fileName;
}

/**
 * Reads a local Maildir (the layout Postfix and Dovecot deliver to). Messages in new/ are pending;
 * handled ones go to cur/ with the Seen flag ("Processed") or into .Quarantine, never deleted.
 */
export function createMaildirSource(options: MaildirOptions): MailSource {
  const root = path.resolve(options.path);
  let ready: Promise<void> | null = null;
  const prepare = (): Promise<void> => (ready ??= ensureMaildir(root).then(() => ensureMaildir(folderFor(root, 'quarantined'))));

  return {
    name: `maildir:${root}`,

    async list(): Promise<SourceMessage[]> {
      await prepare();
      const dir = path.join(root, 'new');
      const names = (await readdir(dir)).filter((name) => !name.startsWith('.'));
      const entries: Array<SourceMessage & { mtimeMs: number; arrivedAt: string }> = [];
      for (const name of names) {
        try {
          const info = await stat(path.join(dir, name));
          if (info.isFile()) entries.push({ sourceId: name, sizeBytes: info.size, mtimeMs: info.mtimeMs, arrivedAt: info.mtime.toISOString() });
        } catch {
          // Moved away by another reader between readdir and stat: not ours to list.
        }
      }
      entries.sort((a, b) => a.mtimeMs - b.mtimeMs || a.sourceId.localeCompare(b.sourceId));
      return entries.map(({ sourceId, sizeBytes, arrivedAt }) => ({ sourceId, sizeBytes, arrivedAt }));
    },

    async fetch(message: SourceMessage): Promise<Buffer> {
      try {
        return await readFile(path.join(root, 'new', message.sourceId));
      } catch (cause) {
        throw new BotError('MAIL_SOURCE', 'Maildir message vanished before it was read', { cause, retryable: false });
      }
    },

    async finalize(message: SourceMessage, disposition: Disposition): Promise<void> {
      await prepare();
      const from = path.join(root, 'new', message.sourceId);
      const to = path.join(folderFor(root, disposition), 'cur', `${baseName(message.sourceId)}:2,S`);
      try {
        await rename(from, to);
      } catch (cause) {
        const code = (cause as NodeJS.ErrnoException).code;
        // Already moved by an earlier pass that crashed before recording it: finalising is idempotent.
        if (code === 'ENOENT') return;
        throw new BotError('MAIL_SOURCE', `could not move a Maildir message to ${disposition}`, { cause, retryable: true });
      }
      options.logger?.debug({ disposition }, 'maildir message finalised');
    },

    async waitForChange(timeoutMs: number): Promise<void> {
      await prepare();
      // Delivery agents rename into new/ (tmp-then-rename), which inotify reports as one event.
      await new Promise<void>((resolve) => {
        const watcher = watch(path.join(root, 'new'), () => finish());
        const timer = setTimeout(() => finish(), timeoutMs);
        function finish(): void {
          clearTimeout(timer);
          watcher.close();
          resolve();
        }
      });
    },

    async close(): Promise<void> {},
  };
}
