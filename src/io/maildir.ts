import { watch, type FSWatcher } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { BotError } from '../errors.js';
import type { Disposition, MailSource, SourceMessage } from '../types.js';

export interface MaildirOptions {
  path: string;
  logger?: Logger;
  /** A dry run: read only; no folder is created and finalize leaves every file where it is. */
  readOnly?: boolean;
  /** How long a file must stay untouched before it counts as complete (see isComplete). 0 trusts new/ as the spec does. */
  settleMs?: number;
  /** Real time in ms (file times are real even when PRIVACY_INBOX_NOW simulates the case clock); tests inject one. */
  clock?: () => number;
}

/** Long enough for a hand copy (cp, an editor, a script) to finish; short enough that a pass soon follows. */
export const MAILDIR_SETTLE_MS = 2_000;

/** The soonest a held-back file is looked at again, whatever the clocks say. */
const MIN_RECHECK_MS = 100;

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

interface Look {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  /** When this source first saw the file with exactly these size and times. */
  since: number;
}

/**
 * Whether a file in new/ may be read. The Maildir spec (cr.yp.to/proto/maildir.html) has delivery
 * write into tmp/ and rename into new/, so everything in new/ is complete; people and scripts that
 * drop a file straight into new/ break that, and a half-written request read as complete is lost.
 * A file counts as complete when any of these holds:
 *  1. it is not empty and its inode changed after its last write (ctime > mtime): it was renamed or
 *     linked into new/ after it was written (the spec's delivery; `cp -p`, `mv` and rsync also end
 *     so). Every write sets mtime and ctime together, so a file still being written never matches;
 *  2. nothing has touched it for `settleMs` (its ctime is that old): a hand copy that has finished.
 *     One look decides, so `run-once` takes an old backlog at once;
 *  3. this source saw it with the same size and times at a look `settleMs` ago or earlier: the same
 *     rule measured only on our clock, for file times skewed ahead of it (a network filesystem).
 * A fast delivery (write and rename within one kernel clock tick) cannot be told from a hand drop
 * by its times, so it waits `settleMs` too; a writer that pauses longer than `settleMs` mid-file
 * defeats rules 2 and 3, which is why the spec's tmp/-then-rename is the supported way in.
 */
function isComplete(look: Look, now: number, settleMs: number): boolean {
  if (settleMs <= 0) return true;
  if (look.size > 0 && look.ctimeMs > look.mtimeMs) return true;
  return now - look.ctimeMs >= settleMs || now - look.since >= settleMs;
}

/**
 * Reads a local Maildir (the layout Postfix and Dovecot deliver to). Messages in new/ are pending;
 * handled ones go to cur/ with the Seen flag ("Processed") or into .Quarantine, never deleted.
 */
export function createMaildirSource(options: MaildirOptions): MailSource {
  const root = path.resolve(options.path);
  const newDir = path.join(root, 'new');
  const settleMs = options.settleMs ?? MAILDIR_SETTLE_MS;
  const clock = options.clock ?? Date.now;
  let ready: Promise<void> | null = null;
  const prepare = (): Promise<void> => {
    if (options.readOnly) return Promise.resolve();
    return (ready ??= ensureMaildir(root).then(() => ensureMaildir(folderFor(root, 'quarantined'))));
  };

  /** Every file name in new/ at the last look, complete or not: a name not among them is new mail. */
  let lastNames = new Set<string>();
  const looks = new Map<string, Look>();
  let settling = 0;
  /** When the earliest held-back file may count as complete (our clock), or null when none waits. */
  let nextSettleAt: number | null = null;

  // One watcher for the source's life, armed during passes too: a delivery while a pass runs is an
  // event the next wait sees, not one lost between two short-lived watchers.
  let watcher: FSWatcher | null = null;
  let closed = false;
  const listeners = new Set<() => void>();
  const closers = new Set<() => void>();
  function arm(): void {
    if (watcher || closed) return;
    try {
      watcher = watch(newDir, () => {
        for (const listener of listeners) listener();
      });
    } catch {
      // No new/ yet (read-only) or no inotify: the waits' timeouts pace the passes instead.
      return;
    }
    watcher.on('error', () => {
      watcher?.close();
      watcher = null;
    });
    // The wait's own timer keeps the process alive while it waits; the watcher alone must not.
    watcher.unref();
  }

  async function readNames(): Promise<string[]> {
    try {
      return (await readdir(newDir)).filter((name) => !name.startsWith('.'));
    } catch (error) {
      if (options.readOnly && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** True when new/ holds a file the last look did not: our own moves only ever remove names. */
  async function hasUnlistedMail(): Promise<boolean> {
    try {
      return (await readNames()).some((name) => !lastNames.has(name));
    } catch {
      return false;
    }
  }

  return {
    name: `maildir:${root}`,

    async list(): Promise<SourceMessage[]> {
      await prepare();
      arm();
      const names = await readNames();
      const now = clock();
      const entries: Array<SourceMessage & { mtimeMs: number; arrivedAt: string }> = [];
      const present = new Set<string>();
      settling = 0;
      nextSettleAt = null;
      for (const name of names) {
        let info;
        try {
          info = await stat(path.join(newDir, name));
        } catch {
          // Moved away by another reader between readdir and stat: not ours to list.
          continue;
        }
        if (!info.isFile()) continue;
        present.add(name);
        const before = looks.get(name);
        const unchanged = before && before.size === info.size && before.mtimeMs === info.mtimeMs && before.ctimeMs === info.ctimeMs;
        const look: Look = { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, since: unchanged ? before.since : now };
        looks.set(name, look);
        if (isComplete(look, now, settleMs)) {
          entries.push({ sourceId: name, sizeBytes: info.size, mtimeMs: info.mtimeMs, arrivedAt: info.mtime.toISOString() });
          continue;
        }
        settling++;
        const at = Math.min(look.ctimeMs, look.since) + settleMs;
        nextSettleAt = nextSettleAt === null ? at : Math.min(nextSettleAt, at);
      }
      for (const name of looks.keys()) if (!present.has(name)) looks.delete(name);
      lastNames = new Set(names);
      if (settling > 0) options.logger?.debug({ settling }, 'maildir files still being written; left for a later pass');
      entries.sort((a, b) => a.mtimeMs - b.mtimeMs || a.sourceId.localeCompare(b.sourceId));
      return entries.map(({ sourceId, sizeBytes, arrivedAt }) => ({ sourceId, sizeBytes, arrivedAt }));
    },

    waiting(): number {
      return settling;
    },

    async fetch(message: SourceMessage): Promise<Buffer> {
      try {
        return await readFile(path.join(newDir, message.sourceId));
      } catch (cause) {
        throw new BotError('MAIL_SOURCE', 'Maildir message vanished before it was read', { cause, retryable: false });
      }
    },

    async finalize(message: SourceMessage, disposition: Disposition): Promise<void> {
      if (options.readOnly) {
        options.logger?.debug({ disposition }, 'maildir read-only: message left in new/');
        return;
      }
      await prepare();
      const from = path.join(newDir, message.sourceId);
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

    /**
     * Resolves at once when new/ holds mail the last list() did not see (it arrived during the pass),
     * else on the first such delivery, when a held-back file may have settled, or after `timeoutMs`.
     * Writes to a file already seen do not wake it: a slow copy is looked at again when it may have
     * settled, not on every write.
     */
    async waitForChange(timeoutMs: number): Promise<void> {
      await prepare();
      arm();
      await new Promise<void>((resolve) => {
        let done = false;
        const settleIn = nextSettleAt === null ? Infinity : Math.max(MIN_RECHECK_MS, nextSettleAt - clock());
        const timer = setTimeout(() => finish(), Math.min(timeoutMs, settleIn));
        const check = (): void => {
          void hasUnlistedMail().then((found) => {
            if (found) finish();
          });
        };
        function finish(): void {
          if (done) return;
          done = true;
          clearTimeout(timer);
          listeners.delete(check);
          closers.delete(finish);
          resolve();
        }
        listeners.add(check);
        closers.add(finish);
        if (closed) finish();
        else check();
      });
    },

    async close(): Promise<void> {
      closed = true;
      watcher?.close();
      watcher = null;
      for (const finish of [...closers]) finish();
    },
  };
}
