import { z } from 'zod';
import { lookUpProcess, sharesProcessTable, type ProcessIdentity } from './process-identity.js';

/** Bump when the meaning of a record changes; an older privacy-inbox refuses a newer record rather than guess. */
export const LOCK_FORMAT_VERSION = 1;
/** How often a holder refreshes its generation's mtime. */
export const HEARTBEAT_MS = 10_000;
/**
 * How long a holder we cannot look up (another machine, container or boot) must have been silent before
 * its lock is taken over: 30 missed heartbeats. The only rule in the lock that rests on time; see docs.
 */
export const FOREIGN_SILENCE_MS = 5 * 60_000;

const PID = z.number().int().positive().max(2 ** 22);

const LockRecordSchema = z.object({
  version: z.literal(LOCK_FORMAT_VERSION),
  state: z.enum(['held', 'released']),
  pid: PID,
  startTicks: z.number().int().nonnegative().nullable(),
  hostname: z.string(),
  bootId: z.string().nullable(),
  pidNs: z.string().nullable(),
  /** Random per acquisition: release only rewrites a generation that still carries it. */
  token: z.string().min(1),
  acquiredAt: z.string(),
});
export type LockRecord = z.infer<typeof LockRecordSchema>;

/** Free: may be taken over, with the reason. Held: refuse, with a sentence naming the holder. */
export type LockVerdict = { free: true; reason: string } | { free: false; holder: string };

export function buildRecord(self: ProcessIdentity, token: string, acquiredAt: string): LockRecord {
  return { version: LOCK_FORMAT_VERSION, state: 'held', pid: self.pid, startTicks: self.startTicks, hostname: self.hostname, bootId: self.bootId, pidNs: self.pidNs, token, acquiredAt };
}

export function parseRecord(raw: string): LockRecord | null {
  try {
    const result = LockRecordSchema.safeParse(JSON.parse(raw));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

function newerVersion(raw: string): number | null {
  try {
    const value: unknown = JSON.parse(raw);
    const version = typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
    return typeof version === 'number' && version > LOCK_FORMAT_VERSION ? version : null;
  } catch {
    return null;
  }
}

/**
 * Judges the record in the highest generation. A generation appears whole (it is linked into place
 * from a finished temp file), so one that is empty or does not parse was not written by a holder of
 * this format: a power cut before the data reached the disk, or a person's editor. It names nobody
 * alive and is taken over.
 */
export async function judgeRecord(raw: string, mtimeMs: number, self: ProcessIdentity, nowMs: number): Promise<LockVerdict> {
  const newer = newerVersion(raw);
  if (newer !== null) return { free: false, holder: `a newer privacy-inbox (lock format ${newer}); run that version or remove the lock files once it is stopped` };
  const record = parseRecord(raw);
  if (!record) return { free: true, reason: raw.trim() === '' ? 'empty lock file' : 'unreadable lock file' };
  if (record.state === 'released') return { free: true, reason: `released by process ${record.pid}` };
  if (!sharesProcessTable(self, record)) {
    // Another machine, container or boot: its pids are not ours to look up. Only its heartbeat speaks.
    const silentMs = Math.max(0, nowMs - mtimeMs);
    if (silentMs > FOREIGN_SILENCE_MS) return { free: true, reason: `process ${record.pid} on ${record.hostname} silent for ${Math.round(silentMs / 1000)} s` };
    return {
      free: false,
      holder:
        `process ${record.pid} on ${record.hostname} (another machine, container or boot; heartbeat ${Math.round(silentMs / 1000)} s ago). ` +
        `Sharing a DATA_DIR between machines is not supported; the lock is taken over after ${FOREIGN_SILENCE_MS / 60_000} minutes of silence`,
    };
  }
  const look = await lookUpProcess(record.pid);
  if (look.state === 'gone') return { free: true, reason: `process ${record.pid} has exited` };
  if (record.startTicks !== null && look.startTicks !== null && record.startTicks !== look.startTicks) {
    return { free: true, reason: `pid ${record.pid} now belongs to another process (start time differs)` };
  }
  const who = record.pid === self.pid && record.startTicks === self.startTicks ? 'this process' : `process ${record.pid}`;
  return { free: false, holder: `${who} (privacy-inbox, since ${record.acquiredAt})` };
}

/**
 * The pre-generation lock, `privacy-inbox.lock`, held just a pid and was written after it was created,
 * so empty or garbage content is what a crash between the two left. With no start time to compare, a
 * live pid cannot be told from a reused one: it is refused, and the message says how to check.
 */
export async function judgeLegacy(raw: string, fileName: string): Promise<LockVerdict> {
  const text = raw.trim();
  const pid = /^\d{1,7}$/.test(text) ? Number(text) : NaN;
  if (!PID.safeParse(pid).success) return { free: true, reason: `${text === '' ? 'empty' : 'unreadable'} ${fileName}` };
  if ((await lookUpProcess(pid)).state === 'gone') return { free: true, reason: `process ${pid} of ${fileName} has exited` };
  return { free: false, holder: `process ${pid} (${fileName}, written by an older privacy-inbox; if process ${pid} is not privacy-inbox, delete ${fileName})` };
}
