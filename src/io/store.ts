import { copyJson } from '../core/json-copy.js';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { applyChanges, emptyDb } from '../core/store-changes.js';
import type { CaseRecord, DbData, PurgedCaseStat, Store, StoreChange, StoreLookup, StoreSlice } from '../types.js';
import { Archive, groupIdOf, putGroup, takeGroups, writeAtomic, type Group } from './store-archive.js';
import { JournalWriter, readJournal } from './store-journal.js';
import { archivableGroups, HOT_DAYS, HOT_PURGED_DAYS, loadV1Whole, migrateV1, oldPurgedStats, readHotFile } from './store-hot.js';

export const STORE_FILE = 'db.json';
export const JOURNAL_FILE = 'db.journal';
export const BACKUP_FILE = 'db.json.v1.bak';
/**
 * The version-1 backup is removed once this old: a month of use shows the migration went right,
 * and the backup holds every case as it was, so kept longer it would outlive their retention.
 */
export const BACKUP_KEEP_DAYS = 30;
/** Fold the journal into db.json once it is this large, or a quarter of db.json if that is more. */
const JOURNAL_FOLD_BYTES = 4 << 20;

export type FileStore = Store & { data(): DbData; lookup(keys: StoreLookup): Promise<StoreSlice>; expired(closedBefore: string, limit: number): Promise<StoreSlice>; close(): Promise<void>; compact(): Promise<void> };

/** The keys an archived group can be found by, for one lookup. */
function lookupKeys(keys: StoreLookup): string[] {
  return [
    ...(keys.caseIds ?? []).map((id) => `c:${id}`),
    ...(keys.threadIds ?? []).map((id) => `t:${id}`),
    ...(keys.messageKeys ?? []).map((key) => `m:${key}`),
    ...(keys.recipients ?? []).map((hash) => `r:${hash}`),
  ];
}

/** Keys of archived groups a batch touches: they come back into the hot data before it applies. */
function changeKeys(changes: readonly StoreChange[]): string[] {
  const keys: string[] = [];
  for (const change of changes) {
    switch (change.type) {
      case 'createCase':
        keys.push(`c:${change.record.id}`);
        break;
      case 'updateCase':
      case 'setCaseClock':
      case 'extendCase':
      case 'queueCaseMail':
      case 'purgeCase':
        keys.push(`c:${change.caseId}`);
        break;
      case 'putMessage':
        keys.push(`m:${change.record.key}`);
        if (change.record.caseId) keys.push(`c:${change.record.caseId}`);
        break;
      case 'enqueue':
        // A case's mail is archived with its case, so the case id finds it; only caseless mail needs
        // its own (index-reading) lookup. Every new reminder would otherwise read an index bucket.
        keys.push(change.item.caseId ? `c:${change.item.caseId}` : `o:${change.item.key}`);
        break;
      case 'updateOutbox':
        keys.push(`o:${change.key}`);
        break;
      default:
        break;
    }
  }
  return keys;
}

function inHot(data: DbData, key: string): boolean {
  const rest = key.slice(2);
  if (key.startsWith('c:')) return Boolean(data.cases[rest]);
  if (key.startsWith('m:')) return Boolean(data.messages[rest]);
  if (key.startsWith('o:')) return Boolean(data.outbox[rest]);
  return false;
}

/** Hot data plus the archived groups a set of keys names; `into` receives them (hot data or a slice). */
async function hydrate(archive: Archive, data: DbData, keys: readonly string[], into: (group: Group) => void, purging: ReadonlyMap<string, string>): Promise<string[]> {
  const loaded: string[] = [];
  for (const key of new Set(keys)) {
    if (inHot(data, key)) continue;
    const id = await archive.groupFor(key);
    // A case purged since the last fold is still in the archive until the fold removes it: never back.
    if (!id || loaded.includes(id) || data.cases[id] || purging.has(id)) continue;
    const group = await archive.loadGroup(id);
    if (!group) continue;
    into(group);
    loaded.push(id);
  }
  return loaded;
}

/** Saves what a batch may change, so a batch that throws half-way can be put back (all or nothing). */
function undoFor(data: DbData, changes: readonly StoreChange[]): () => void {
  const cases = new Map<string, unknown>();
  const messages = new Map<string, unknown>();
  const outbox = new Map<string, unknown>();
  const keep = (map: Map<string, unknown>, source: Record<string, unknown>, key: string): void => {
    if (!map.has(key)) map.set(key, source[key] === undefined ? undefined : structuredClone(source[key]));
  };
  const cursors = { ...data.cursors };
  const counters = { ...data.counters };
  const purged = data.purged ? structuredClone(data.purged) : undefined;
  const teamCommands = changes.some((c) => c.type === 'rememberTeamCommand') && data.teamCommands ? structuredClone(data.teamCommands) : data.teamCommands;
  for (const change of changes) {
    if ('caseId' in change && typeof change.caseId === 'string') keep(cases, data.cases, change.caseId);
    if (change.type === 'createCase') keep(cases, data.cases, change.record.id);
    if (change.type === 'putMessage') keep(messages, data.messages, change.record.key);
    if (change.type === 'enqueue' || change.type === 'queueCaseMail') keep(outbox, data.outbox, change.item.key);
    if (change.type === 'updateOutbox') keep(outbox, data.outbox, change.key);
    if (change.type === 'purgeCase') {
      for (const [key, message] of Object.entries(data.messages)) if (message.caseId === change.caseId) keep(messages, data.messages, key);
      for (const [key, item] of Object.entries(data.outbox)) if (item.caseId === change.caseId) keep(outbox, data.outbox, key);
    }
  }
  return () => {
    const restore = (map: Map<string, unknown>, target: Record<string, unknown>): void => {
      for (const [key, value] of map) {
        if (value === undefined) delete target[key];
        else target[key] = value;
      }
    };
    restore(cases, data.cases as Record<string, unknown>);
    restore(messages, data.messages as Record<string, unknown>);
    restore(outbox, data.outbox as Record<string, unknown>);
    data.cursors = cursors;
    data.counters = counters;
    if (purged === undefined) delete data.purged;
    else data.purged = purged;
    if (teamCommands === undefined) delete data.teamCommands;
    else data.teamCommands = teamCommands;
  };
}

interface Loaded {
  data: DbData;
  seq: number;
  goodBytes: number;
  /** Archived groups brought back to hot data and not changed since: dropped again, not re-archived. */
  clean: Set<string>;
  /** Cases purged since db.json was written (id -> month file): the next fold removes them from the archive. */
  purging: Map<string, string>;
}

function notePurges(purging: Map<string, string>, changes: readonly StoreChange[]): void {
  for (const change of changes) if (change.type === 'purgeCase') purging.set(change.caseId, periodOfReceipt(change.stat.receivedAt));
}

function periodOfReceipt(at: string): string {
  return /^\d{4}-\d{2}/.test(at) ? at.slice(0, 7) : '0000-00';
}

/** db.json (version 2) and the journal entries it has not taken in yet; a version-1 db.json is migrated first when `migrate`. */
async function loadHot(dataDir: string, archive: Archive, migrate: boolean): Promise<Loaded> {
  const file = path.join(dataDir, STORE_FILE);
  let hot = await readHotFile(file);
  if (hot?.kind === 'v1') {
    if (!migrate) return { data: await loadV1Whole(file), seq: 0, goodBytes: 0, clean: new Set(), purging: new Map() };
    await migrateV1(dataDir, file, path.join(dataDir, BACKUP_FILE), path.join(dataDir, JOURNAL_FILE));
    hot = await readHotFile(file);
  }
  const data = hot?.kind === 'v2' ? hot.data : { ...emptyDb(), version: 2 as const };
  let seq = hot?.kind === 'v2' ? hot.seq : 0;
  const clean = new Set<string>();
  const purging = new Map<string, string>();
  const journal = await readJournal(path.join(dataDir, JOURNAL_FILE));
  for (const entry of journal.entries) {
    if (entry.seq <= seq) continue;
    for (const id of await hydrate(archive, data, changeKeys(entry.changes), (group) => putGroup(data, group), purging)) clean.add(id);
    applyChanges(data, entry.changes);
    for (const key of changeKeys(entry.changes)) clean.delete(key.slice(2));
    notePurges(purging, entry.changes);
    seq = entry.seq;
  }
  return { data, seq, goodBytes: journal.goodBytes, clean, purging };
}

/**
 * The one writer of the store in DATA_DIR. Only the main thread (or a lone CLI process holding the
 * data-dir lock) opens it: two writers lose updates.
 *
 * db.json holds the working set (open cases, recently active closed ones, their messages and mail,
 * pending mail, cursors, counters); each batch is one fsynced journal line (db.journal) applied to
 * it in memory, so a batch costs its own size, not the store's. The journal is folded into db.json
 * when it grows and on close; closed cases quiet for HOT_DAYS move to the archive then
 * (store-archive.ts). A version-1 db.json is migrated on the first open, keeping db.json.v1.bak.
 */
export async function openFileStore(dataDir: string): Promise<FileStore> {
  await mkdirPrivate(dataDir);
  const archive = new Archive(dataDir, { writer: true });
  const loaded = await loadHot(dataDir, archive, true);
  const hotFile = path.join(dataDir, STORE_FILE);
  const { data } = loaded;
  let seq = loaded.seq;
  const { clean, purging } = loaded;
  let hotBytes = 0;
  const journal = await JournalWriter.open(path.join(dataDir, JOURNAL_FILE), loaded.goodBytes);

  async function fold(): Promise<void> {
    const { groups, drop } = archivableGroups(data, clean, HOT_DAYS);
    const taken = takeGroups(data, new Set([...groups, ...drop]));
    const toArchive = taken.filter((group) => !drop.has(group.id));
    try {
      await archive.write(toArchive);
    } catch (error) {
      for (const group of taken) putGroup(data, group);
      throw error;
    }
    for (const id of drop) clean.delete(id);
    // Before db.json (and the journal) forget the purge, so a kill here redoes it on the next start.
    await archive.purge(purging);
    purging.clear();
    const oldStats = oldPurgedStats(data, HOT_PURGED_DAYS);
    await archive.appendPurged(oldStats);
    if (oldStats.length > 0) {
      const leaving = new Set(oldStats);
      data.purged = (data.purged ?? []).filter((stat) => !leaving.has(stat));
    }
    const text = JSON.stringify({ ...data, version: 2, journalSeq: seq });
    await writeAtomic(hotFile, text);
    hotBytes = Buffer.byteLength(text);
    await journal.reset();
  }

  if (loaded.goodBytes > 0 || !(await exists(hotFile))) await fold();
  await removeOldBackup(path.join(dataDir, BACKUP_FILE), BACKUP_KEEP_DAYS);
  // One-off repairs of archives written by earlier versions (each a no-op once done).
  await archive.repairPeriods();
  await archive.upgradeCaseList();
  let queue: Promise<void> = Promise.resolve();
  let closing: Promise<void> | null = null;
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
  return {
    data: () => data,
    async read() {
      await queue;
      return copyJson(data);
    },
    lookup(keys) {
      return enqueue(async () => {
        const slice: StoreSlice = { cases: {}, messages: {}, outbox: {} };
        await hydrate(archive, data, lookupKeys(keys), (group) => putGroup(slice as DbData, structuredClone(group)), purging);
        return slice;
      });
    },
    expired(closedBefore, limit) {
      return enqueue(() => archive.expired(closedBefore, limit, (id) => Boolean(data.cases[id]) || purging.has(id)));
    },
    apply(changes: StoreChange[]) {
      return enqueue(async () => {
        for (const id of await hydrate(archive, data, changeKeys(changes), (group) => putGroup(data, group), purging)) clean.add(id);
        const undo = undoFor(data, changes);
        try {
          applyChanges(data, changes);
          await journal.append({ seq: seq + 1, changes });
        } catch (error) {
          // Nothing half-applied: neither a change that threw nor a batch the disk refused.
          undo();
          throw error;
        }
        seq++;
        for (const key of changeKeys(changes)) clean.delete(key.slice(2));
        notePurges(purging, changes);
        if (journal.bytes > Math.max(JOURNAL_FOLD_BYTES, hotBytes / 4)) await fold();
      });
    },
    compact() {
      return enqueue(fold);
    },
    // Idempotent: closeDeps and the writer's release may both close the store.
    close() {
      closing ??= enqueue(async () => {
        if (journal.bytes > 0) await fold();
        await journal.close();
      });
      return closing;
    },
  };
}

/** Removes the version-1 backup once it is `days` old (by its file time: the migration's day). */
async function removeOldBackup(file: string, days: number): Promise<void> {
  const written = await stat(file).then(
    (s) => s.mtimeMs,
    () => null,
  );
  if (written !== null && Date.now() - written > days * 86_400_000) await rm(file, { force: true });
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function mkdirPrivate(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
}

/**
 * The working set as it is now, without opening the store for writing: for commands that run while
 * the service runs. A version-1 db.json is read as it is (not migrated).
 */
export async function readStoreView(dataDir: string): Promise<DbData & { lookup(keys: StoreLookup): Promise<StoreSlice> }> {
  const archive = new Archive(dataDir);
  const { data, purging } = await loadHot(dataDir, archive, false);
  return Object.assign(data, {
    async lookup(keys: StoreLookup): Promise<StoreSlice> {
      const slice: StoreSlice = { cases: {}, messages: {}, outbox: {} };
      await hydrate(archive, data, lookupKeys(keys), (group) => putGroup(slice as DbData, group), purging);
      return slice;
    },
  });
}

/** The working set plus the archived cases `caseIds` name, with their messages and mail: for show and clock. */
export async function readCases(dataDir: string, caseIds: string[]): Promise<DbData> {
  const view = await readStoreView(dataDir);
  const slice = await view.lookup({ caseIds });
  for (const [id, record] of Object.entries(slice.cases)) view.cases[id] ??= record;
  for (const [key, record] of Object.entries(slice.messages)) view.messages[key] ??= record;
  for (const [key, item] of Object.entries(slice.outbox)) view.outbox[key] ??= item;
  return view;
}

/** The working set's cases (open ones and those active in the last HOT_DAYS): what `list` shows by default, without touching the archive. */
export async function readWorkingCases(dataDir: string): Promise<Pick<DbData, 'cases'>> {
  const { data } = await loadHot(dataDir, new Archive(dataDir), false);
  return { cases: data.cases };
}

/**
 * The whole store, archive included, in memory: for small stores, tests and `status`. Costs
 * O(store). Archived records come first, month by month in the order they were archived, then the
 * working set (which wins over an older archived copy), so records keep the order they were made in.
 */
export async function readStoreSnapshot(dataDir: string): Promise<DbData> {
  const archive = new Archive(dataDir);
  const { data, purging } = await loadHot(dataDir, archive, false);
  const all: DbData = { ...data, cases: {}, messages: {}, outbox: {} };
  await archive.eachLine((line) => {
    if (purging.has(line.t === 'c' ? line.v.id : groupIdOf(line.v, line.t))) return;
    if (line.t === 'c') all.cases[line.v.id] = line.v;
    else if (line.t === 'm') all.messages[line.v.key] = line.v;
    else all.outbox[line.v.key] = line.v;
  });
  Object.assign(all.cases, data.cases);
  Object.assign(all.messages, data.messages);
  Object.assign(all.outbox, data.outbox);
  return withAllPurged(archive, all);
}

/**
 * Every case, archived or working, one month of receipt at a time in receipt order (then id), with
 * the working set's copy winning: for list --all, metrics and export. Archived cases come from the
 * case list's thin copies (core/case-thin.ts), never from the month files, and are parsed a month
 * at a time. `months` limits the months of receipt read (metrics reads one year). Returns the
 * working set (for its purge log).
 */
export async function eachCaseByMonth(dataDir: string, each: (cases: CaseRecord[], month: number, months: number) => void | Promise<void>, months: (month: string) => boolean = () => true): Promise<DbData> {
  const archive = new Archive(dataDir);
  const { data, purging } = await loadHot(dataDir, archive, false);
  const hotByMonth = new Map<string, CaseRecord[]>();
  for (const record of Object.values(data.cases)) {
    const month = periodOfReceipt(record.receivedAt);
    if (!months(month)) continue;
    hotByMonth.set(month, [...(hotByMonth.get(month) ?? []), record]);
  }
  const archived = await archive.slimLinesByMonth(months);
  const order = [...new Set([...archived.keys(), ...hotByMonth.keys()])].sort();
  for (const [index, month] of order.entries()) {
    const cases = new Map<string, CaseRecord>();
    for (const [id, line] of archived.get(month) ?? []) {
      if (data.cases[id] || purging.has(id)) continue;
      cases.set(id, await archive.caseOfSlim(line));
    }
    archived.delete(month);
    for (const record of hotByMonth.get(month) ?? []) cases.set(record.id, record);
    await each([...cases.values()].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id)), index + 1, order.length);
  }
  return withAllPurged(archive, data);
}

/** `data` with the purge stats of the archive's purge log before its own, one per case id. */
async function withAllPurged(archive: Archive, data: DbData): Promise<DbData> {
  const archived = await archive.purgedStats();
  if (archived.length === 0) return data;
  const byCase = new Map<string, PurgedCaseStat>();
  for (const stat of [...archived, ...(data.purged ?? [])]) if (!byCase.has(stat.caseId)) byCase.set(stat.caseId, stat);
  return { ...data, purged: [...byCase.values()] };
}

/** The working set's messages plus archived messages received since `since` (only those months are read): for `list --passed-over`. */
export async function readMessagesSince(dataDir: string, since: string): Promise<DbData> {
  const archive = new Archive(dataDir);
  const { data, purging } = await loadHot(dataDir, archive, false);
  const messages: DbData['messages'] = {};
  for (const month of await archive.months()) {
    if (month < since.slice(0, 7)) continue;
    await archive.eachLineOf(month, (line) => {
      if (line.t === 'm' && line.v.receivedAt >= since && !purging.has(groupIdOf(line.v, 'm'))) messages[line.v.key] = line.v;
    });
  }
  return { ...data, messages: Object.assign(messages, data.messages) };
}

/**
 * The store as it is now, in memory: changes apply to the copy and are never written (the dry run).
 * Opens nothing for writing and creates nothing, so it needs no data-dir lock; a damaged store is
 * refused as openFileStore refuses it. A batch that throws leaves the copy as it was.
 */
export async function openStoreCopy(dataDir: string): Promise<Store & { lookup(keys: StoreLookup): Promise<StoreSlice> }> {
  const archive = new Archive(dataDir);
  const { data, purging } = await loadHot(dataDir, archive, false);
  return {
    async read() {
      return copyJson(data);
    },
    async lookup(keys) {
      const slice: StoreSlice = { cases: {}, messages: {}, outbox: {} };
      await hydrate(archive, data, lookupKeys(keys), (group) => putGroup(slice as DbData, structuredClone(group)), purging);
      return slice;
    },
    expired(closedBefore, limit) {
      return archive.expired(closedBefore, limit, (id) => Boolean(data.cases[id]) || purging.has(id));
    },
    async apply(changes: StoreChange[]) {
      await hydrate(archive, data, changeKeys(changes), (group) => putGroup(data, group), purging);
      const undo = undoFor(data, changes);
      try {
        applyChanges(data, changes);
      } catch (error) {
        undo();
        throw error;
      }
      notePurges(purging, changes);
    },
  };
}
