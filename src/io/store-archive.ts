import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { mkdir, open, readFile, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { thinCase } from '../core/case-thin.js';
import { closedAt } from '../core/metrics.js';
import { BotError } from '../errors.js';
import type { CaseRecord, DbData, MessageRecord, OutboxItem, PurgedCaseStat, StoreSlice } from '../types.js';
import { appendAllSynced, appendSynced, blankSpans, firstLine, forEachLine, forEachLineAt, writeAtomic } from './store-files.js';
import { ArchiveIndex, INDEX_DIR, writeIndex, type IndexEntry } from './store-index.js';

export { writeAtomic };

/**
 * Closed cases, with their messages and sent mail, and old caseless records, leave the hot file for
 * append-only archive files, one per month of receipt (archive/YYYY-MM.ndjson, one record a line).
 * An index (store-index.ts) answers "which group holds this key" without reading the archive: case
 * id, thread Message-IDs, message keys and recipient hashes. A group is a case with
 * everything that belongs to it (or one caseless record); its lines are read back by byte position.
 * Lines are only ever appended: a case archived again gets new lines and the index moves to them.
 */
export const ARCHIVE_DIR = 'archive';
/** Thin copies of archived cases (core/case-thin.ts), for `list`, `metrics` and `export`: one line per archiving, the last one of an id wins. */
const CASE_LIST = 'cases.ndjson';
/** Anonymous stats of purged cases that left db.json (purgeOldStats): one a line, append-only. */
const PURGED_LOG = 'purged.ndjson';
/** Per month file, the earliest closing of a case in it: the retention purge reads only files that may hold an expired case. */
const PERIODS = 'periods.json';
const MONTH_FILE = /^(\d{4}-\d{2})\.ndjson$/;
/** The earliest closing of a month file with no case in it: after every date, never a retention candidate. */
const NO_CASE = '\uffff';

/** file (YYYY-MM.ndjson), byte offset, byte length. */
export type Loc = [string, number, number];
export interface Group {
  id: string;
  case: CaseRecord | null;
  messages: MessageRecord[];
  outbox: OutboxItem[];
}
/**
 * A case-list line: the thin copy (what list, metrics and export read) and where the full record
 * lies. Lines written before thin copies existed hold the summary fields only (no `events`).
 */
export type SlimCase = Pick<CaseRecord, 'id' | 'labels' | 'primary' | 'state' | 'requester' | 'language' | 'receivedAt' | 'dueAt' | 'flags'> & Partial<CaseRecord> & { loc: Loc };
/** The id and month of receipt of a case-list line, without parsing it: thin copies start with the id and name receivedAt before any nested record could. */
const SLIM_ID = /^\{"id":("(?:[^"\\]|\\.)*")/;
const SLIM_RECEIVED = /"receivedAt":"(\d{4}-\d{2})/;

export type Line = { t: 'c'; v: CaseRecord } | { t: 'm'; v: MessageRecord } | { t: 'o'; v: OutboxItem };

export function groupIdOf(record: { caseId: string | null; key: string }, kind: 'm' | 'o'): string {
  return record.caseId ?? `${kind}:${record.key}`;
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

export function periodOf(group: Group): string {
  const at = group.case?.receivedAt ?? group.messages[0]?.receivedAt ?? group.outbox[0]?.createdAt ?? '0000-00';
  return /^\d{4}-\d{2}/.test(at) ? at.slice(0, 7) : '0000-00';
}

export class Archive {
  readonly dir: string;
  private readonly index: ArchiveIndex;

  /** `writer`: the store's one writer, which may also rewrite index buckets compact. */
  constructor(dataDir: string, options: { writer?: boolean } = {}) {
    this.dir = path.join(dataDir, ARCHIVE_DIR);
    this.index = new ArchiveIndex(this.dir, options);
  }

  private get(key: string): Promise<unknown> {
    return this.index.get(key);
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
    const entries: IndexEntry[] = [];
    const slim: string[] = [];
    const earliest = new Map<string, string>();
    /** Months whose file already held lines: their earliest closing is kept, or stays unknown. */
    const existed = new Set<string>();
    const writes: Array<{ file: string; bytes: Buffer }> = [];
    for (const [period, members] of byPeriod) {
      const file = `${period}.ndjson`;
      const chunks: Buffer[] = [];
      let offset = await this.alignedEnd(file);
      if (offset > 0) existed.add(period);
      // A month of caseless records only holds nothing the retention purge looks for.
      earliest.set(period, NO_CASE);
      for (const group of members) {
        const locs: Loc[] = [];
        for (const line of linesOf(group)) {
          const bytes = Buffer.from(`${JSON.stringify(line)}\n`, 'utf8');
          locs.push([file, offset, bytes.length - 1]);
          chunks.push(bytes);
          offset += bytes.length;
          for (const key of keysOfLine(line)) entries.push([key, group.id]);
        }
        entries.push([`g:${group.id}`, locs]);
        if (group.case) {
          slim.push(`${JSON.stringify(slimOf(group.case, locs[0] as Loc))}\n`);
          const closed = closedAt(group.case) ?? '';
          if (closed < (earliest.get(period) as string)) earliest.set(period, closed);
        }
      }
      writes.push({ file: path.join(this.dir, file), bytes: Buffer.concat(chunks) });
    }
    // The month files' lines are fsynced before any index entry names them.
    await appendAllSynced(writes);
    await this.index.append(entries);
    if (slim.length > 0) {
      await this.alignedEnd(CASE_LIST);
      await appendAllSynced([{ file: path.join(this.dir, CASE_LIST), bytes: Buffer.from(slim.join(''), 'utf8') }]);
    }
    const known = await this.knownPeriods();
    let changed = false;
    for (const [period, closed] of earliest) {
      // A file that held lines before and has no entry has an unknown earliest closing: it stays a
      // candidate (''), never takes only the new lines' date. repairPeriods() works it out.
      const next = known[period] === undefined ? (existed.has(period) ? '' : closed) : closed < known[period] ? closed : known[period];
      if (next !== known[period]) {
        known[period] = next;
        changed = true;
      }
    }
    if (changed) await writeAtomic(path.join(this.dir, PERIODS), JSON.stringify(known));
  }

  /** periods.json as written (a month missing from it is unknown). */
  private async knownPeriods(): Promise<Record<string, string>> {
    try {
      return JSON.parse(await readFile(path.join(this.dir, PERIODS), 'utf8')) as Record<string, string>;
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw new BotError('STORE_CORRUPT', `${path.join(this.dir, PERIODS)} is damaged; it was left untouched.`, { cause });
    }
  }

  /**
   * Works out the earliest closing of every month file periods.json does not know (stores archived
   * before new months were recorded there: the retention purge read all of them each hour), one
   * pass over each such file, once, when the writer opens the store. Every copy of a case counts,
   * superseded ones too: an earlier date only makes the month a candidate sooner.
   */
  async repairPeriods(): Promise<number> {
    const known = await this.knownPeriods();
    const unknown = (await this.months()).filter((period) => !known[period]);
    for (const period of unknown) {
      let earliest = NO_CASE;
      await forEachLine(path.join(this.dir, `${period}.ndjson`), (text) => {
        if (!text.startsWith('{"t":"c"')) return;
        const line = JSON.parse(text) as Line;
        if (line.t !== 'c') return;
        const closed = closedAt(line.v) ?? '';
        if (closed < earliest) earliest = closed;
      });
      known[period] = earliest;
    }
    if (unknown.length > 0) await writeAtomic(path.join(this.dir, PERIODS), JSON.stringify(known));
    return unknown.length;
  }

  /** Month file -> earliest closing in it ('' when unknown: always a candidate). */
  private async periods(): Promise<Record<string, string>> {
    const periods: Record<string, string> = {};
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return periods;
    }
    let known: Record<string, string> = {};
    try {
      known = JSON.parse(await readFile(path.join(this.dir, PERIODS), 'utf8')) as Record<string, string>;
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw new BotError('STORE_CORRUPT', `${path.join(this.dir, PERIODS)} is damaged; it was left untouched.`, { cause });
    }
    for (const name of names) {
      const period = MONTH_FILE.exec(name)?.[1];
      if (period) periods[period] = typeof known[period] === 'string' ? known[period] : '';
    }
    return periods;
  }

  /**
   * Archived closed cases that may have closed before `before` (with their messages and mail), at
   * most `limit`: only the month files whose earliest closing is before it are read, one record
   * at a time. The caller decides exactly which are due (core/retention.ts); `skip` are cases the
   * working set holds (its copy is newer) or that are already being purged.
   */
  async expired(before: string, limit: number, skip: (caseId: string) => boolean): Promise<StoreSlice> {
    const slice: StoreSlice = { cases: {}, messages: {}, outbox: {} };
    const periods = await this.periods();
    let count = 0;
    for (const period of Object.keys(periods).sort()) {
      if ((periods[period] as string) >= before) continue;
      const cases = new Map<string, CaseRecord>();
      const messages = new Map<string, MessageRecord>();
      const outbox = new Map<string, OutboxItem>();
      await forEachLine(path.join(this.dir, `${period}.ndjson`), (text) => {
        const line = JSON.parse(text) as Line;
        // A later copy of a case (archived again) follows the earlier one: the last one wins.
        if (line.t === 'c') cases.set(line.v.id, line.v);
        else if (line.v.caseId && !skip(line.v.caseId)) (line.t === 'm' ? messages : outbox).set(line.v.key, line.v as never);
      });
      for (const [id, record] of cases) {
        const closed = closedAt(record);
        if (skip(id) || closed === null || closed >= before || count >= limit) continue;
        slice.cases[id] = record;
        count++;
      }
      for (const [key, message] of messages) if (slice.cases[message.caseId as string]) slice.messages[key] = message;
      for (const [key, item] of outbox) if (slice.cases[item.caseId as string]) slice.outbox[key] = item;
      if (count >= limit) break;
    }
    return slice;
  }

  /**
   * Removes purged cases from the archive for good (retention): every copy of their lines in their
   * month file is overwritten with spaces in place (other lines keep their byte positions, so the
   * index stays right), the index forgets their keys, and their slim copies leave the case list.
   * Order for a kill at any point: index entries first (nothing finds them any more), then the
   * bytes. The caller keeps the purge in the journal until this returns, so it is redone whole.
   * A month file left with nothing but blanks is removed.
   */
  async purge(cases: ReadonlyMap<string, string>): Promise<void> {
    if (cases.size === 0) return;
    const byPeriod = new Map<string, Set<string>>();
    for (const [id, period] of cases) byPeriod.set(period, (byPeriod.get(period) ?? new Set()).add(id));
    const entries: IndexEntry[] = [];
    const blanks: Array<{ file: string; spans: Array<[number, number]>; empty: boolean }> = [];
    const periods = await this.periods();
    let periodsChanged = false;
    for (const [period, ids] of byPeriod) {
      const file = path.join(this.dir, `${period}.ndjson`);
      const spans: Array<[number, number]> = [];
      let live = 0;
      let earliest: string | null = null;
      await forEachLineAt(file, (text, offset, length) => {
        let line: Line;
        try {
          line = JSON.parse(text) as Line;
        } catch {
          return;
        }
        const group = line.t === 'c' ? line.v.id : groupIdOf(line.v, line.t);
        if (!ids.has(group)) {
          live++;
          if (line.t === 'c') {
            const closed = closedAt(line.v) ?? '';
            if (earliest === null || closed < earliest) earliest = closed;
          }
          return;
        }
        spans.push([offset, length]);
        for (const key of keysOfLine(line)) entries.push([key, null, group]);
      });
      for (const id of ids) entries.push([`g:${id}`, null]);
      if (spans.length > 0) blanks.push({ file, spans, empty: live === 0 });
      if (period in periods) {
        periods[period] = earliest ?? NO_CASE;
        periodsChanged = true;
      }
    }
    await this.index.append(entries);
    for (const { file, spans } of blanks) await blankSpans(file, spans);
    await this.blankCaseList(new Set(cases.keys()));
    for (const { file, empty } of blanks) if (empty) await unlink(file).catch(() => undefined);
    if (periodsChanged) {
      for (const { file, empty } of blanks) if (empty) delete periods[path.basename(file, '.ndjson')];
      await writeAtomic(path.join(this.dir, PERIODS), JSON.stringify(periods));
    }
  }

  private async blankCaseList(ids: ReadonlySet<string>): Promise<void> {
    const file = path.join(this.dir, CASE_LIST);
    const spans: Array<[number, number]> = [];
    await forEachLineAt(file, (text, offset, length) => {
      const id = SLIM_ID.exec(text)?.[1];
      if (id && ids.has(JSON.parse(id) as string)) spans.push([offset, length]);
    });
    if (spans.length > 0) await blankSpans(file, spans);
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

  /**
   * The case list's lines grouped by month of receipt (YYYY-MM, UTC), the last line of an id
   * winning, as text: a line is parsed only when its month is handed out, so memory is the case
   * list's size, not that of parsed records. `months` keeps only the months it accepts.
   */
  async slimLinesByMonth(months: (month: string) => boolean = () => true): Promise<Map<string, Map<string, string>>> {
    const byMonth = new Map<string, Map<string, string>>();
    const monthOf = new Map<string, string>();
    await forEachLine(path.join(this.dir, CASE_LIST), (line) => {
      const quoted = SLIM_ID.exec(line)?.[1];
      const month = SLIM_RECEIVED.exec(line)?.[1] ?? '0000-00';
      if (!quoted) return;
      const id = JSON.parse(quoted) as string;
      const before = monthOf.get(id);
      if (before !== undefined && before !== month) byMonth.get(before)?.delete(id);
      if (!months(month)) {
        if (before !== undefined) monthOf.delete(id);
        return;
      }
      monthOf.set(id, month);
      let lines = byMonth.get(month);
      if (!lines) byMonth.set(month, (lines = new Map()));
      lines.set(id, line);
    });
    return byMonth;
  }

  /**
   * Rewrites a case list written before thin copies existed (its first line has no events) with
   * a thin copy per case, read from the month files in one pass each: once, when the writer opens
   * the store. Until then readers fall back to the full record per case (correct, only slower).
   * Written beside and renamed over, so a kill leaves the old list; purges wait (one writer).
   */
  async upgradeCaseList(): Promise<boolean> {
    const file = path.join(this.dir, CASE_LIST);
    const first = await firstLine(file);
    if (first === null || (JSON.parse(first) as SlimCase).events !== undefined) return false;
    const current = new Map<string, string>();
    await forEachLine(file, (line) => {
      const slim = JSON.parse(line) as SlimCase;
      current.set(slim.id, `${slim.loc[0]}:${slim.loc[1]}`);
    });
    const lines: string[] = [];
    for (const period of await this.months()) {
      const name = `${period}.ndjson`;
      await forEachLineAt(path.join(this.dir, name), (text, offset, length) => {
        if (!text.startsWith('{"t":"c"')) return;
        const line = JSON.parse(text) as Line;
        if (line.t === 'c' && current.get(line.v.id) === `${name}:${offset}`) lines.push(`${JSON.stringify(slimOf(line.v, [name, offset, length]))}\n`);
      });
    }
    await writeAtomic(file, lines.join(''));
    return true;
  }

  /** A case-list line as a case that list, metrics and export can read: its thin copy, or for an older line the full record. */
  async caseOfSlim(line: string): Promise<CaseRecord> {
    const slim = JSON.parse(line) as SlimCase;
    if (Array.isArray(slim.events)) {
      const { loc: _loc, ...thin } = slim;
      return thin as CaseRecord;
    }
    return this.readCase(slim.loc);
  }

  /**
   * Appends purge stats that leave db.json, fsynced before db.json is rewritten without them: a
   * kill in between leaves a stat in both, and readers keep one per case id.
   */
  async appendPurged(stats: readonly PurgedCaseStat[]): Promise<void> {
    if (stats.length === 0) return;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await this.alignedEnd(PURGED_LOG);
    await appendAllSynced([{ file: path.join(this.dir, PURGED_LOG), bytes: Buffer.from(stats.map((stat) => `${JSON.stringify(stat)}\n`).join(''), 'utf8') }]);
  }

  /** Every purge stat that left db.json, in the order purged. */
  async purgedStats(): Promise<PurgedCaseStat[]> {
    const stats: PurgedCaseStat[] = [];
    await forEachLine(path.join(this.dir, PURGED_LOG), (line) => void stats.push(JSON.parse(line) as PurgedCaseStat));
    return stats;
  }

  /** The months that have an archive file, in order. */
  async months(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    return names.flatMap((name) => MONTH_FILE.exec(name)?.[1] ?? []).sort();
  }

  /** One month's archived records, one at a time in the order written (a later copy of a record follows the earlier one). */
  async eachLineOf(period: string, each: (line: Line) => void): Promise<void> {
    await forEachLine(path.join(this.dir, `${period}.ndjson`), (text) => each(JSON.parse(text) as Line));
  }

  /** Every archived record, month by month. */
  async eachLine(each: (line: Line) => void): Promise<void> {
    for (const period of await this.months()) await this.eachLineOf(period, each);
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
  private earliest: Record<string, string> = {};

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
    if (line.t === 'c') {
      this.slim.push(`${JSON.stringify(slimOf(line.v, loc))}\n`);
      const key = name.slice(0, 7);
      const closed = closedAt(line.v) ?? '';
      if (this.earliest[key] === undefined || closed < this.earliest[key]) this.earliest[key] = closed;
    }
  }

  async finish(): Promise<void> {
    for (const { fd } of this.files.values()) {
      fsyncSync(fd);
      closeSync(fd);
    }
    await writeIndex(this.dir, this.entries);
    this.entries.clear();
    await writeAtomic(path.join(this.dir, CASE_LIST), this.slim.join(''));
    await writeAtomic(path.join(this.dir, PERIODS), JSON.stringify(this.earliest));
  }
}

function slimOf(record: CaseRecord, loc: Loc): SlimCase {
  return { ...thinCase(record), loc };
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
