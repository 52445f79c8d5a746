import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { mkdir, open, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { BotError } from '../errors.js';
import type { CaseRecord, DbData, MessageRecord, OutboxItem } from '../types.js';

/**
 * Closed cases, with their messages and sent mail, and old caseless records, leave the hot file for
 * append-only archive files, one per month of receipt (archive/YYYY-MM.ndjson, one record a line).
 * An index hashed into small bucket files answers "which group holds this key" without reading the
 * archive: case id, thread Message-IDs, message keys and recipient hashes. A group is a case with
 * everything that belongs to it (or one caseless record); its lines are read back by byte position.
 * Lines are only ever appended: a case archived again gets new lines and the index moves to them.
 */
export const ARCHIVE_DIR = 'archive';
const INDEX_DIR = 'index';
/** Slim copies of archived cases, for `list`: one line per archiving, the last one of an id wins. */
const CASE_LIST = 'cases.ndjson';

/** file (YYYY-MM.ndjson), byte offset, byte length. */
export type Loc = [string, number, number];
export interface Group {
  id: string;
  case: CaseRecord | null;
  messages: MessageRecord[];
  outbox: OutboxItem[];
}
/** The fields `list` shows (summarizeCase), and where the full record lies. */
export type SlimCase = Pick<CaseRecord, 'id' | 'labels' | 'primary' | 'state' | 'requester' | 'language' | 'receivedAt' | 'dueAt' | 'flags'> & { loc: Loc };

export type Line = { t: 'c'; v: CaseRecord } | { t: 'm'; v: MessageRecord } | { t: 'o'; v: OutboxItem };

export function groupIdOf(record: { caseId: string | null; key: string }, kind: 'm' | 'o'): string {
  return record.caseId ?? `${kind}:${record.key}`;
}

function bucketOf(key: string): string {
  return createHash('sha1').update(key).digest('hex').slice(0, 3);
}

/** Lookup keys that name a record's group (`g:<group>` holds the group's lines). */
function keysOfLine(line: Line): string[] {
  if (line.t === 'c') return [...line.v.threadIds.map((id) => `t:${id}`), ...(line.v.lifecycle?.teamThreadIds ?? []).map((id) => `t:${id}`), ...line.v.messageKeys.map((key) => `m:${key}`)];
  if (line.t === 'm') return [`m:${line.v.key}`, ...(line.v.messageId ? [`t:${line.v.messageId}`] : [])];
  return [`o:${line.v.key}`, `t:${line.v.messageId}`, ...(line.v.state !== 'suppressed' ? [`r:${line.v.toHash}`] : [])];
}

function linesOf(group: Group): Line[] {
  return [...(group.case ? [{ t: 'c' as const, v: group.case }] : []), ...group.messages.map((v) => ({ t: 'm' as const, v })), ...group.outbox.map((v) => ({ t: 'o' as const, v }))];
}

function periodOf(group: Group): string {
  const at = group.case?.receivedAt ?? group.messages[0]?.receivedAt ?? group.outbox[0]?.createdAt ?? '0000-00';
  return /^\d{4}-\d{2}/.test(at) ? at.slice(0, 7) : '0000-00';
}

export class Archive {
  readonly dir: string;
  private buckets = new Map<string, Record<string, unknown>>();

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, ARCHIVE_DIR);
  }

  private async bucket(name: string): Promise<Record<string, unknown>> {
    const cached = this.buckets.get(name);
    if (cached) return cached;
    let value: Record<string, unknown> = {};
    const file = path.join(this.dir, INDEX_DIR, `${name}.json`);
    try {
      value = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw new BotError('STORE_CORRUPT', `${file} is damaged (archive index); it was left untouched.`, { cause });
    }
    this.buckets.set(name, value);
    return value;
  }

  private async get(key: string): Promise<unknown> {
    return (await this.bucket(bucketOf(key)))[key];
  }

  private async readLine(loc: Loc): Promise<Line> {
    const [file, offset, length] = loc;
    const full = path.join(this.dir, file);
    let text: string;
    try {
      const handle = await open(full, 'r');
      try {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        text = buffer.subarray(0, bytesRead).toString('utf8');
      } finally {
        await handle.close();
      }
      return JSON.parse(text) as Line;
    } catch (cause) {
      throw new BotError('STORE_CORRUPT', `${full} does not hold the record its index names at byte ${offset}; it was left untouched.`, { cause });
    }
  }

  /** The group a key names (`c:<caseId>`, `t:<Message-ID>`, `m:<message key>`, `o:<outbox key>`, `r:<toHash>`), or null. */
  async groupFor(key: string): Promise<string | null> {
    if (key.startsWith('c:')) return (await this.get(`g:${key.slice(2)}`)) ? key.slice(2) : null;
    const value = await this.get(key);
    return typeof value === 'string' ? value : null;
  }

  async loadGroup(id: string): Promise<Group | null> {
    const locs = (await this.get(`g:${id}`)) as Loc[] | undefined;
    if (!locs) return null;
    const group: Group = { id, case: null, messages: [], outbox: [] };
    for (const loc of locs) {
      const line = await this.readLine(loc);
      if (line.t === 'c') group.case = line.v;
      else if (line.t === 'm') group.messages.push(line.v);
      else group.outbox.push(line.v);
    }
    return group;
  }

  async caseLoc(id: string): Promise<Loc | null> {
    const locs = (await this.get(`g:${id}`)) as Loc[] | undefined;
    return locs?.[0] ?? null;
  }

  async readCase(loc: Loc): Promise<CaseRecord> {
    const line = await this.readLine(loc);
    if (line.t !== 'c') throw new BotError('STORE_CORRUPT', `${loc[0]} holds no case at byte ${loc[1]}`);
    return line.v;
  }

  /**
   * Appends groups and points the index at them. Order matters for a kill at any moment: the lines
   * are fsynced before any index names them, and the hot file (written after this returns) still
   * holds every group until then, so a half-done archiving only leaves unreferenced lines behind.
   */
  async write(groups: readonly Group[]): Promise<void> {
    if (groups.length === 0) return;
    await mkdir(path.join(this.dir, INDEX_DIR), { recursive: true, mode: 0o700 });
    const byPeriod = new Map<string, Group[]>();
    for (const group of groups) byPeriod.set(periodOf(group), [...(byPeriod.get(periodOf(group)) ?? []), group]);
    const entries = new Map<string, unknown>();
    const slim: string[] = [];
    for (const [period, members] of byPeriod) {
      const file = `${period}.ndjson`;
      const chunks: Buffer[] = [];
      let offset = await this.alignedEnd(file);
      for (const group of members) {
        const locs: Loc[] = [];
        for (const line of linesOf(group)) {
          const bytes = Buffer.from(`${JSON.stringify(line)}\n`, 'utf8');
          locs.push([file, offset, bytes.length - 1]);
          chunks.push(bytes);
          offset += bytes.length;
          for (const key of keysOfLine(line)) entries.set(key, group.id);
        }
        entries.set(`g:${group.id}`, locs);
        if (group.case) slim.push(`${JSON.stringify(slimOf(group.case, locs[0] as Loc))}\n`);
      }
      await appendSynced(path.join(this.dir, file), Buffer.concat(chunks));
    }
    const touched = new Map<string, Record<string, unknown>>();
    for (const [key, value] of entries) {
      const name = bucketOf(key);
      const bucket = await this.bucket(name);
      bucket[key] = value;
      touched.set(name, bucket);
    }
    for (const [name, bucket] of touched) await writeAtomic(path.join(this.dir, INDEX_DIR, `${name}.json`), JSON.stringify(bucket));
    if (slim.length > 0) {
      await this.alignedEnd(CASE_LIST);
      await appendSynced(path.join(this.dir, CASE_LIST), Buffer.from(slim.join(''), 'utf8'));
    }
  }

  /** The append position of a file; a torn last line (no newline) is closed off first so the next line stands alone. */
  private async alignedEnd(file: string): Promise<number> {
    const full = path.join(this.dir, file);
    let size = 0;
    try {
      size = (await stat(full)).size;
    } catch {
      return 0;
    }
    if (size === 0) return 0;
    const handle = await open(full, 'r');
    const last = Buffer.alloc(1);
    try {
      await handle.read(last, 0, 1, size - 1);
    } finally {
      await handle.close();
    }
    if (last[0] === 0x0a) return size;
    await appendSynced(full, Buffer.from('\n'));
    return size + 1;
  }

  /** Every archived case's slim copy (the last written per id), streamed: `list` without reading the archive. */
  async slimCases(): Promise<Map<string, SlimCase>> {
    const result = new Map<string, SlimCase>();
    await forEachLine(path.join(this.dir, CASE_LIST), (line) => {
      const slim = JSON.parse(line) as SlimCase;
      result.set(slim.id, slim);
    });
    return result;
  }

  /** Every archived record, month file by month file in the order written (a later copy of a record follows the earlier one). */
  async eachLine(each: (line: Line) => void): Promise<void> {
    const { readdir } = await import('node:fs/promises');
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    for (const file of names.filter((name) => /^\d{4}-\d{2}\.ndjson$/.test(name)).sort()) {
      await forEachLine(path.join(this.dir, file), (text) => each(JSON.parse(text) as Line));
    }
  }

  async exists(): Promise<boolean> {
    return stat(this.dir).then(
      () => true,
      () => false,
    );
  }
}

/**
 * Writes a whole archive in one go (the version-1 migration), record by record as they stream in,
 * with synchronous appends so the streaming reader needs no back-pressure. finish() fsyncs the
 * files and writes the index and the case list.
 */
export class ArchiveBuilder {
  private files = new Map<string, { fd: number; offset: number }>();
  private entries = new Map<string, unknown>();
  private slim: string[] = [];

  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(path.join(dir, INDEX_DIR), { recursive: true, mode: 0o700 });
  }

  add(groupId: string, period: string, line: Line): void {
    const name = `${/^\d{4}-\d{2}$/.test(period) ? period : '0000-00'}.ndjson`;
    let file = this.files.get(name);
    if (!file) this.files.set(name, (file = { fd: openSync(path.join(this.dir, name), 'a', 0o600), offset: 0 }));
    const bytes = Buffer.from(`${JSON.stringify(line)}\n`, 'utf8');
    writeSync(file.fd, bytes);
    const loc: Loc = [name, file.offset, bytes.length - 1];
    file.offset += bytes.length;
    const locs = (this.entries.get(`g:${groupId}`) as Loc[] | undefined) ?? [];
    locs.push(loc);
    this.entries.set(`g:${groupId}`, locs);
    for (const key of keysOfLine(line)) this.entries.set(key, groupId);
    if (line.t === 'c') this.slim.push(`${JSON.stringify(slimOf(line.v, loc))}\n`);
  }

  async finish(): Promise<void> {
    for (const { fd } of this.files.values()) {
      fsyncSync(fd);
      closeSync(fd);
    }
    const buckets = new Map<string, Record<string, unknown>>();
    for (const [key, value] of this.entries) {
      const name = bucketOf(key);
      let bucket = buckets.get(name);
      if (!bucket) buckets.set(name, (bucket = {}));
      bucket[key] = value;
    }
    this.entries.clear();
    for (const [name, bucket] of buckets) await writeAtomic(path.join(this.dir, INDEX_DIR, `${name}.json`), JSON.stringify(bucket));
    await writeAtomic(path.join(this.dir, CASE_LIST), this.slim.join(''));
  }
}

function slimOf(record: CaseRecord, loc: Loc): SlimCase {
  return { id: record.id, labels: record.labels, primary: record.primary, state: record.state, requester: record.requester, language: record.language, receivedAt: record.receivedAt, dueAt: record.dueAt, flags: record.flags, loc };
}

/** Streams lines; a line that does not parse is skipped only if it is a torn tail (unindexed bytes), otherwise refused. */
async function forEachLine(file: string, each: (line: string) => void): Promise<void> {
  let stream;
  try {
    await stat(file);
    stream = createReadStream(file, { encoding: 'utf8' });
  } catch {
    return;
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    try {
      each(line);
    } catch {
      // A torn line left by a kill during an append: it was never indexed.
    }
  }
}

export async function appendSynced(file: string, bytes: Buffer): Promise<void> {
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.write(bytes, 0, bytes.length, null);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** Write to a temporary name, fsync, rename over, fsync the directory: the file is old or new, never half. */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const temp = `${file}.tmp`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.chmod(0o600);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  const dir = await open(path.dirname(file), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/** Moves a group out of (or into) hot data. */
export function takeGroups(data: DbData, ids: ReadonlySet<string>): Group[] {
  const groups = new Map<string, Group>();
  const groupFor = (id: string): Group => {
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { id, case: null, messages: [], outbox: [] }));
    return group;
  };
  for (const id of ids) {
    const record = data.cases[id];
    if (record) {
      groupFor(id).case = record;
      delete data.cases[id];
    }
  }
  for (const [key, message] of Object.entries(data.messages)) {
    const id = groupIdOf(message, 'm');
    if (!ids.has(id)) continue;
    groupFor(id).messages.push(message);
    delete data.messages[key];
  }
  for (const [key, item] of Object.entries(data.outbox)) {
    const id = groupIdOf(item, 'o');
    if (!ids.has(id)) continue;
    groupFor(id).outbox.push(item);
    delete data.outbox[key];
  }
  return [...groups.values()];
}

export function putGroup(data: DbData, group: Group): void {
  if (group.case && !data.cases[group.case.id]) data.cases[group.case.id] = group.case;
  for (const message of group.messages) data.messages[message.key] ??= message;
  for (const item of group.outbox) data.outbox[item.key] ??= item;
}
