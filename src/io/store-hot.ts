import { copyFile, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { BotError } from '../errors.js';
import { emptyDb } from '../core/store-changes.js';
import type { CaseRecord, DbData, MessageRecord, OutboxItem, PurgedCaseStat } from '../types.js';
import { ARCHIVE_DIR, ArchiveBuilder, groupIdOf, writeAtomic } from './store-archive.js';
import { streamV1 } from './store-v1.js';

/** Closed cases with no activity for this many days (counted back from the newest time in the store) leave db.json. */
export const HOT_DAYS = 14;
/** Larger than this, a file is never read as one string (V8 strings stop near 512 MB). */
export const BIG_FILE_BYTES = 128 << 20;
const FINAL = new Set(['sent', 'failed', 'suppressed']);
const CLOSED = new Set(['done', 'denied', 'closed']);

function looksLikeDb(value: unknown): value is DbData {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  // Keys added later (purged, teamCommands) may be missing from older files, but never hold anything else.
  const optional = ['purged', 'teamCommands'].every((key) => record[key] === undefined || (typeof record[key] === 'object' && record[key] !== null));
  return (record.version === 1 || record.version === 2) && optional && ['cases', 'messages', 'outbox', 'cursors', 'counters'].every((key) => typeof record[key] === 'object' && record[key] !== null);
}

export type HotFile = { kind: 'v1'; big: boolean } | { kind: 'v2'; data: DbData; seq: number };

/**
 * Refuses a damaged db.json instead of starting empty over it: an empty store would re-answer
 * every message still in the mailbox and forget every legal clock. A file too large to read as one
 * string is not damaged: a version-1 store that size is streamed (store-v1.ts).
 */
export async function readHotFile(file: string): Promise<HotFile | null> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new BotError('STORE_CORRUPT', `cannot read ${file}`, { cause });
  }
  if (size > BIG_FILE_BYTES) {
    const handle = await open(file, 'r');
    const head = Buffer.alloc(256);
    try {
      await handle.read(head, 0, head.length, 0);
    } finally {
      await handle.close();
    }
    if (/^\s*\{\s*"version"\s*:\s*1\s*,/.test(head.toString('latin1'))) return { kind: 'v1', big: true };
    throw new BotError('STORE_CORRUPT', `${file} is ${Math.round(size / 1048576)} MB and not a version-1 store; a working set that large is not written by privacy-inbox. It was left untouched.`);
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new BotError('STORE_CORRUPT', `cannot read ${file}`, { cause });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new BotError('STORE_CORRUPT', `${file} is not valid JSON; it was left untouched. Restore it from a backup, or move it away to start an empty store.`, { cause });
  }
  if (!looksLikeDb(parsed)) throw new BotError('STORE_CORRUPT', `${file} is JSON but not a privacy-inbox store (version 1 or 2); it was left untouched.`);
  if (parsed.version === 1) return { kind: 'v1', big: false };
  const { journalSeq, ...data } = parsed as DbData & { journalSeq?: number };
  return { kind: 'v2', data: data as DbData, seq: typeof journalSeq === 'number' ? journalSeq : 0 };
}

/** A version-1 db.json whole, in memory (read-only commands on a store not migrated yet). */
export async function loadV1Whole(file: string): Promise<DbData> {
  const data = emptyDb() as DbData & Record<string, unknown>;
  await streamChecked(file, (section, key, value) => {
    if (key === null) data[section] = value;
    else ((data[section] ??= {}) as Record<string, unknown>)[key] = value;
  });
  return data;
}

async function streamChecked(file: string, each: (section: string, key: string | null, value: unknown) => void): Promise<void> {
  let version: unknown;
  try {
    await streamV1(file, (section, key, json) => {
      const value: unknown = JSON.parse(json);
      if (section === 'version' && key === null) version = value;
      each(section, key, value);
    });
  } catch (cause) {
    if (cause instanceof BotError) throw cause;
    throw new BotError('STORE_CORRUPT', `${file} is not valid JSON; it was left untouched. Restore it from a backup, or move it away to start an empty store.`, { cause });
  }
  if (version !== 1) throw new BotError('STORE_CORRUPT', `${file} is JSON but not a privacy-inbox store (version 1); it was left untouched.`);
}

function newestTime(cases: Iterable<CaseRecord>, messages: Iterable<MessageRecord>, outbox: Iterable<OutboxItem>): string {
  let newest = '';
  const see = (at: string | null | undefined): void => {
    if (at && at > newest) newest = at;
  };
  for (const record of cases) {
    see(record.receivedAt);
    for (const event of record.events) see(event.at);
  }
  for (const message of messages) see(message.receivedAt);
  for (const item of outbox) {
    see(item.createdAt);
    see(item.sentAt);
  }
  return newest;
}

function horizonOf(newest: string, days: number): string {
  const ms = Date.parse(newest);
  return Number.isFinite(ms) ? new Date(ms - days * 86_400_000).toISOString() : '';
}

function lastActivity(record: CaseRecord): string {
  let last = record.receivedAt;
  for (const event of record.events) if (event.at > last) last = event.at;
  return last;
}

/**
 * What leaves db.json: closed cases quiet since the horizon (with no mail still to send), caseless
 * messages and finished caseless mail older than it. The horizon is counted from the newest time
 * recorded, not the wall clock, so a simulated clock (PRIVACY_INBOX_NOW) and a restored backup
 * behave the same. `clean` groups (brought back unchanged) are dropped instead of written again.
 */
export function archivableGroups(data: DbData, clean: ReadonlySet<string>, days: number): { groups: Set<string>; drop: Set<string> } {
  const horizon = horizonOf(newestTime(Object.values(data.cases), Object.values(data.messages), Object.values(data.outbox)), days);
  const groups = new Set<string>();
  const drop = new Set<string>();
  const add = (id: string): void => void (clean.has(id) ? drop : groups).add(id);
  const busy = new Set<string>();
  for (const item of Object.values(data.outbox)) if (item.caseId && !FINAL.has(item.state)) busy.add(item.caseId);
  for (const record of Object.values(data.cases)) {
    if (CLOSED.has(record.state) && !busy.has(record.id) && lastActivity(record) < horizon) add(record.id);
  }
  for (const message of Object.values(data.messages)) if (!message.caseId && message.receivedAt < horizon) add(groupIdOf(message, 'm'));
  for (const item of Object.values(data.outbox)) if (!item.caseId && FINAL.has(item.state) && (item.sentAt ?? item.createdAt) < horizon) add(groupIdOf(item, 'o'));
  return { groups, drop };
}

/** Purge stats stay in db.json this long (counted back from the newest purge): the digest reports the week's. */
export const HOT_PURGED_DAYS = 35;

/**
 * The purge stats old enough to leave db.json for the archive's purge log: db.json would otherwise
 * grow by one stat per purged case for as long as the store lives (a purge every case, after
 * RETENTION_MONTHS). metrics and export read both; only the digest reads db.json's alone.
 */
export function oldPurgedStats(data: DbData, days: number): PurgedCaseStat[] {
  const purged = data.purged ?? [];
  let newest = '';
  for (const stat of purged) if (stat.purgedAt > newest) newest = stat.purgedAt;
  const horizon = horizonOf(newest, days);
  return purged.filter((stat) => stat.purgedAt < horizon);
}

/**
 * Migrates a version-1 db.json once: a backup first (db.json.v1.bak, 0600), then the archive is
 * built under a temporary name, renamed into place, and db.json is replaced last. A kill at any
 * point leaves db.json as it was (version 1), and the next start begins again from scratch.
 */
export async function migrateV1(dataDir: string, file: string, backup: string, journalFile: string): Promise<void> {
  const size = (await stat(file)).size;
  const backupSize = await stat(backup).then(
    (s) => s.size,
    () => -1,
  );
  if (backupSize !== size) {
    await copyFile(file, `${backup}.tmp`);
    const handle = await open(`${backup}.tmp`, 'r+');
    try {
      await handle.chmod(0o600);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(`${backup}.tmp`, backup);
  }
  const building = path.join(dataDir, `${ARCHIVE_DIR}.migrating`);
  const archiveDir = path.join(dataDir, ARCHIVE_DIR);
  await rm(building, { recursive: true, force: true });
  await rm(archiveDir, { recursive: true, force: true });

  // Pass 1: which cases stay in db.json (their state, last activity, mail still to send).
  const cases = new Map<string, { closed: boolean; last: string; period: string }>();
  const busy = new Set<string>();
  let newest = '';
  const see = (at: string | null | undefined): void => {
    if (at && at > newest) newest = at;
  };
  await streamChecked(file, (section, key, value) => {
    if (key === null) return;
    if (section === 'cases') {
      const record = value as CaseRecord;
      const last = lastActivity(record);
      see(last);
      cases.set(record.id, { closed: CLOSED.has(record.state), last, period: record.receivedAt.slice(0, 7) });
    } else if (section === 'messages') see((value as MessageRecord).receivedAt);
    else if (section === 'outbox') {
      const item = value as OutboxItem;
      see(item.sentAt ?? item.createdAt);
      if (item.caseId && !FINAL.has(item.state)) busy.add(item.caseId);
    }
  });
  const horizon = horizonOf(newest, HOT_DAYS);
  const archived = (caseId: string | null): boolean => {
    const info = caseId ? cases.get(caseId) : undefined;
    return Boolean(caseId && info && info.closed && info.last < horizon && !busy.has(caseId));
  };

  // Pass 2: every record to db.json or to the archive.
  const hot = emptyDb() as DbData & Record<string, unknown>;
  const builder = new ArchiveBuilder(building);
  await streamChecked(file, (section, key, value) => {
    if (key === null) {
      if (section !== 'version') hot[section] = value;
      return;
    }
    if (section === 'cases') {
      const record = value as CaseRecord;
      if (archived(record.id)) builder.add(record.id, cases.get(record.id)?.period ?? '0000-00', { t: 'c', v: record });
      else hot.cases[record.id] = record;
    } else if (section === 'messages') {
      const message = value as MessageRecord;
      if (archived(message.caseId)) builder.add(message.caseId as string, cases.get(message.caseId as string)?.period ?? '0000-00', { t: 'm', v: message });
      else if (!message.caseId && message.receivedAt < horizon) builder.add(groupIdOf(message, 'm'), message.receivedAt.slice(0, 7), { t: 'm', v: message });
      else hot.messages[key] = message;
    } else if (section === 'outbox') {
      const item = value as OutboxItem;
      if (archived(item.caseId)) builder.add(item.caseId as string, cases.get(item.caseId as string)?.period ?? '0000-00', { t: 'o', v: item });
      else if (!item.caseId && FINAL.has(item.state) && (item.sentAt ?? item.createdAt) < horizon) builder.add(groupIdOf(item, 'o'), item.createdAt.slice(0, 7), { t: 'o', v: item });
      else hot.outbox[key] = item;
    } else ((hot[section] ??= {}) as Record<string, unknown>)[key] = value;
  });
  await builder.finish();
  await rename(building, archiveDir);
  await rm(journalFile, { force: true });
  await writeAtomic(file, JSON.stringify({ ...hot, version: 2, journalSeq: 0 }));
}
