import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, rename, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BotError } from '../errors.js';
import { buildRecord, HEARTBEAT_MS, judgeLegacy, judgeRecord, parseRecord, type LockRecord, type LockVerdict } from './lock-record.js';
import { readOwnIdentity } from './process-identity.js';

/*
 * One process owns a data directory (db.json's single writer). Protocol and why it is race-free:
 *
 * Files: generations `privacy-inbox.lock.<N>`, N >= 1. Each is created whole with link(2) from a
 * finished private temp file: link never replaces (EEXIST), so a reader sees no file or a complete
 * owner record. (open O_EXCL then write would show an empty file for a moment; the old lock let a
 * starter that read it in that moment delete it.) The owner is the process named in the highest
 * generation while that record says `held` and the process lives.
 *
 * Acquire: list; judge the highest H (none: H = 0); a live holder means STORE_LOCKED. Otherwise link
 * H+1 (EEXIST: another starter moved first; start over), list again, and own H+1 only if it is still
 * the highest; else remove it and start over. The owner deletes the generations below its own.
 * Release renames a `released` record over the owner's own generation (atomic replace), only while
 * that generation still carries the owner's token.
 *
 * Rule D: a generation X is only deleted by a process that has seen some generation above X.
 * Lemma: the highest generation ever created is never deleted (nobody can have seen one above it),
 * so the highest existing generation is always the highest ever created.
 *
 * Invariant: once P has linked N and its second listing shows N highest, no generation above N is
 * created until P's record says `released` or P is dead.
 * Why: at P's second listing no generation above N had ever existed (lemma). Let K be the first one
 * above N created later, by some Q. Q linked K after reading generation K-1, which existed when Q read
 * it; nothing above N existed before K, so K-1 = N. The file named N that Q read is P's: an earlier
 * file of that name was deleted before P linked, which by rule D needs a generation above N before
 * P's listing (there was none); P's file cannot be deleted before a generation above N exists, that
 * is before K (rule D); and only P rewrites it. So Q read P's own record, and Q links only if it says
 * released or names a dead process. In particular two starters that see the same dead holder cannot
 * both own: both link the same H+1 and one gets EEXIST.
 *
 * Unlinking and re-creating one fixed name is what this avoids: a slow second starter deletes the
 * lock the first one has just taken. The old lock did that; so does proper-lockfile (rmdir then
 * mkdir once the mtime is 10 s old), which also judges a live holder by mtime alone.
 *
 * "Dead" is proved by the process table (pid gone, zombie, or a different start time: field 22 of
 * /proc/<pid>/stat) when the record comes from our hostname, boot and pid namespace. A holder
 * elsewhere cannot be looked up; it refreshes its generation's mtime every HEARTBEAT_MS and is taken
 * over only after FOREIGN_SILENCE_MS of silence. That is the only place the argument rests on time,
 * and why sharing DATA_DIR between machines is not supported. A starter may be refused by a holder
 * that is just backing off; that errs towards refusing, never towards two writers.
 *
 * The legacy `privacy-inbox.lock` (a bare pid) takes no part in the numbering: it only has to be
 * stale, and the new owner deletes it. Old and new versions must not run side by side.
 */

const LEGACY = 'privacy-inbox.lock';
const GENERATION = /^privacy-inbox\.lock\.(\d{1,15})$/;
const TEMP_PREFIX = 'privacy-inbox.lock.tmp-';
/** Each extra round means another starter made progress; this many means something is wrong. */
const MAX_ROUNDS = 50;

export interface LockOptions {
  /** Heartbeat period; tests shorten it. */
  heartbeatMs?: number;
}

interface Listing {
  generations: number[];
  legacy: boolean;
  temps: string[];
}

function generationName(n: number): string {
  return `${LEGACY}.${n}`;
}

async function list(dir: string): Promise<Listing> {
  const names = await readdir(dir);
  const generations = names.flatMap((name) => {
    const match = GENERATION.exec(name);
    return match ? [Number(match[1])] : [];
  });
  return { generations: generations.sort((a, b) => b - a), legacy: names.includes(LEGACY), temps: names.filter((name) => name.startsWith(TEMP_PREFIX)) };
}

function isCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === code;
}

/** Content and mtime of one inode (a release may rename over the path between two separate calls). */
async function readLockFile(file: string): Promise<{ raw: string; mtimeMs: number } | null> {
  try {
    const handle = await open(file, 'r');
    try {
      const [stat, raw] = [await handle.stat(), await handle.readFile('utf8')];
      return { raw, mtimeMs: stat.mtimeMs };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
}

async function writeTemp(dir: string, token: string, record: LockRecord): Promise<string> {
  const temp = path.join(dir, `${TEMP_PREFIX}${token}-${randomBytes(4).toString('hex')}`);
  await writeFile(temp, `${JSON.stringify(record)}\n`, { flag: 'wx', mode: 0o600 });
  return temp;
}

async function removeQuietly(file: string): Promise<void> {
  await unlink(file).catch((error: unknown) => {
    if (!isCode(error, 'ENOENT')) throw error;
  });
}

function refuse(dataDir: string, verdict: LockVerdict & { free: false }): BotError {
  return new BotError('STORE_LOCKED', `${dataDir} is in use by ${verdict.holder}; stop it first or use another DATA_DIR`);
}

/**
 * Makes this process the only writer of `dataDir`, or throws BotError('STORE_LOCKED') naming the
 * holder. A lock whose holder is provably dead is taken over. Returns `release`, which marks the
 * lock released; calling it twice is harmless.
 */
export async function acquireDataDirLock(dataDir: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const self = await readOwnIdentity();
  const token = randomBytes(12).toString('hex');
  const record = buildRecord(self, token, new Date().toISOString());
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = await list(dataDir);
    if (before.legacy) {
      const legacy = await readLockFile(path.join(dataDir, LEGACY));
      const verdict = legacy ? await judgeLegacy(legacy.raw, LEGACY) : null;
      if (verdict && !verdict.free) throw refuse(dataDir, verdict);
    }
    const top = before.generations[0] ?? 0;
    if (top > 0) {
      const current = await readLockFile(path.join(dataDir, generationName(top)));
      // Gone since the listing: only an owner of a higher generation deletes, so look again.
      if (!current) continue;
      const verdict = await judgeRecord(current.raw, current.mtimeMs, self, Date.now());
      if (!verdict.free) throw refuse(dataDir, verdict);
    }
    const mine = top + 1;
    const file = path.join(dataDir, generationName(mine));
    const temp = await writeTemp(dataDir, token, record);
    try {
      await link(temp, file);
    } catch (error) {
      // EEXIST: another starter linked it first. ENOENT: a new owner cleaned our temp file away.
      if (isCode(error, 'EEXIST') || isCode(error, 'ENOENT')) continue;
      throw error;
    } finally {
      await removeQuietly(temp);
    }
    const after = await list(dataDir);
    if (after.generations[0] !== mine) {
      // A higher generation exists (rule D allows removing ours); whoever made it is judged next round.
      if (after.generations.includes(mine)) await removeQuietly(file);
      continue;
    }
    await cleanUp(dataDir, after, mine);
    return holdLock(file, token, record, options.heartbeatMs ?? HEARTBEAT_MS);
  }
  throw new BotError('STORE_LOCKED', `could not take the lock on ${dataDir}: other starters kept taking it (${MAX_ROUNDS} rounds)`);
}

/** The owner removes older generations (rule D: it has seen its own, higher one), the stale legacy file and stray temp files. */
async function cleanUp(dataDir: string, listing: Listing, mine: number): Promise<void> {
  const names = [...listing.generations.filter((n) => n < mine).map(generationName), ...(listing.legacy ? [LEGACY] : []), ...listing.temps];
  await Promise.all(names.map((name) => removeQuietly(path.join(dataDir, name))));
}

function holdLock(file: string, token: string, record: LockRecord, heartbeatMs: number): () => Promise<void> {
  // The heartbeat only matters to a starter on another machine or in another pid namespace.
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(file, now, now).catch(() => undefined);
  }, heartbeatMs);
  heartbeat.unref();
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    const current = await readLockFile(file);
    // Not ours any more (only after a foreign takeover): leave the new owner's file alone.
    if (!current || parseRecord(current.raw)?.token !== token) return;
    const temp = await writeTemp(path.dirname(file), token, { ...record, state: 'released' });
    try {
      await rename(temp, file);
    } catch (error) {
      await removeQuietly(temp);
      throw error;
    }
  };
}
