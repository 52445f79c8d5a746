import pg from 'pg';
import { applyChanges, emptyDb } from '../core/store-changes.js';
import type { DbData, Store, StoreChange, StoreLookup, StoreSlice } from '../types.js';
import { describeStoreUrl, mapPgError } from './pg-errors.js';
import { CallerFailed, PgReader, selectExpired, selectLookup, selectWorkingSet } from './pg-read.js';
import { checkSchema, LOCK_CLASS, migrateSchema, WRITE_LOCK } from './pg-schema.js';
import { CASES, caseLinks, COUNTERS, CURSORS, deleteRows, MESSAGES, OUTBOX, PURGED, selectRows, TEAM_COMMANDS, upsertRows, writeLinks } from './pg-tables.js';
import { encodeText } from './pg-text.js';

export interface PgStore extends Store {
  lookup(keys: StoreLookup): Promise<StoreSlice>;
  expired(closedBefore: string, limit: number): Promise<StoreSlice>;
  /** Ends the connection if the store opened it (a leader's session is ended by its release). */
  close(): Promise<void>;
}

export interface PgStoreOptions {
  url: string;
  /**
   * A connected client to work on, e.g. the leader's session (src/io/pg-leader.ts): every write then
   * runs on the session that holds leadership, so a process that lost it cannot write any more.
   */
  client?: pg.Client;
}

/** A client with the settings every privacy-inbox connection uses; not yet connected. */
export function createPgClient(url: string, name: string): pg.Client {
  // keepAlive: a server that vanished without closing the connection is noticed by the OS, not never.
  return new pg.Client({ connectionString: url, keepAlive: true, keepAliveInitialDelayMillis: 10_000, application_name: name, connectionTimeoutMillis: 15_000 });
}

/** Connects, or throws BotError('STORE_UNAVAILABLE') naming host:port/db only. */
export async function connectPg(url: string, name: string): Promise<pg.Client> {
  const client = createPgClient(url, name);
  // An idle client reports a dropped connection as an 'error' event; unheard, it would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw mapPgError(error, describeStoreUrl(url), 'connecting');
  }
  return client;
}

/** Ids of the rows a batch can read or change: only these are loaded, whatever the size of the store. */
function affected(changes: readonly StoreChange[]) {
  const ids = { cases: new Set<string>(), messages: new Set<string>(), outbox: new Set<string>(), cursors: new Set<string>(), counters: new Set<string>(), purges: new Set<string>(), commands: new Set<string>() };
  let pruneBefore: string | null = null;
  for (const change of changes) {
    switch (change.type) {
      case 'createCase': ids.cases.add(change.record.id); break;
      case 'updateCase': case 'setCaseClock': case 'extendCase': ids.cases.add(change.caseId); break;
      case 'queueCaseMail': ids.cases.add(change.caseId); ids.outbox.add(change.item.key); break;
      case 'putMessage': ids.messages.add(change.record.key); break;
      case 'enqueue': ids.outbox.add(change.item.key); break;
      case 'updateOutbox': ids.outbox.add(change.key); break;
      case 'setCursor': ids.cursors.add(change.name); break;
      case 'raiseCounter': ids.counters.add(change.name); break;
      case 'purgeCase': ids.cases.add(change.caseId); ids.purges.add(change.caseId); break;
      case 'rememberTeamCommand':
        change.keys.forEach((key) => ids.commands.add(key));
        if (pruneBefore === null || change.pruneBefore > pruneBefore) pruneBefore = change.pruneBefore;
        break;
    }
  }
  return { ...ids, pruneBefore };
}

const keysOf = (values: Set<string>): string[] => [...values].map(encodeText);

/** The rows a batch touches, locked for the rest of the transaction, as a DbData the pure applyChanges runs on. */
async function loadAffected(client: pg.ClientBase, changes: readonly StoreChange[], lock = true): Promise<DbData> {
  const ids = affected(changes);
  const data = emptyDb();
  const purges = keysOf(ids.purges);
  const load = async <T>(table: Parameters<typeof selectRows<T>>[1], where: string, params: unknown[]): Promise<[string, T][]> => selectRows(client, table, where, params, lock);
  if (ids.cases.size > 0) data.cases = Object.fromEntries(await load(CASES, 'WHERE id = ANY($1::text[])', [keysOf(ids.cases)]));
  if (ids.messages.size > 0 || purges.length > 0) {
    data.messages = Object.fromEntries(await load(MESSAGES, 'WHERE key = ANY($1::text[]) OR case_id = ANY($2::text[])', [keysOf(ids.messages), purges]));
  }
  if (ids.outbox.size > 0 || purges.length > 0) {
    data.outbox = Object.fromEntries(await load(OUTBOX, 'WHERE key = ANY($1::text[]) OR case_id = ANY($2::text[])', [keysOf(ids.outbox), purges]));
  }
  if (ids.cursors.size > 0) data.cursors = Object.fromEntries(await load(CURSORS, 'WHERE name = ANY($1::text[])', [keysOf(ids.cursors)]));
  if (ids.counters.size > 0) data.counters = Object.fromEntries(await load(COUNTERS, 'WHERE name = ANY($1::text[])', [keysOf(ids.counters)]));
  if (purges.length > 0) data.purged = (await load(PURGED, 'WHERE case_id = ANY($1::text[])', [purges])).map(([, stat]) => stat);
  if (ids.pruneBefore !== null) {
    data.teamCommands = Object.fromEntries(await load(TEAM_COMMANDS, 'WHERE key = ANY($1::text[]) OR written_at < $2', [keysOf(ids.commands), encodeText(ids.pruneBefore)]));
  }
  return data;
}

/** An error thrown by applyChanges itself, not by PostgreSQL. */
class ChangeFailed {
  readonly cause: unknown;
  constructor(cause: unknown) {
    this.cause = cause;
  }
}

type Snapshot = Map<string, string>;
const snapshot = (collection: Record<string, unknown> | undefined): Snapshot => new Map(Object.entries(collection ?? {}).map(([key, value]) => [key, JSON.stringify(value)]));

/** What changed between the loaded rows and the result of applyChanges: entries to upsert, keys to delete. */
function diff<T>(before: Snapshot, after: Record<string, T> | undefined): { upsert: [string, T][]; remove: string[] } {
  const current = after ?? {};
  const upsert = Object.entries(current).filter(([key, value]) => before.get(key) !== JSON.stringify(value));
  const remove = [...before.keys()].filter((key) => !Object.hasOwn(current, key));
  return { upsert, remove };
}

/** Writes back what applyChanges did to the loaded rows. */
async function writeBack(client: pg.ClientBase, before: DbData, after: DbData): Promise<void> {
  const cases = diff(snapshot(before.cases), after.cases);
  const messages = diff(snapshot(before.messages), after.messages);
  const outbox = diff(snapshot(before.outbox), after.outbox);
  await deleteRows(client, MESSAGES, messages.remove);
  await deleteRows(client, OUTBOX, outbox.remove);
  // case_links rows of a removed case go with it (ON DELETE CASCADE).
  await deleteRows(client, CASES, cases.remove);
  await upsertRows(client, CASES, cases.upsert);
  const added: [string, string][] = [];
  const removed: [string, string][] = [];
  for (const [id, record] of cases.upsert) {
    const old = before.cases[id] ? caseLinks(before.cases[id]) : new Set<string>();
    const now = caseLinks(record);
    for (const link of now) if (!old.has(link)) added.push([id, link]);
    for (const link of old) if (!now.has(link)) removed.push([id, link]);
  }
  await writeLinks(client, added, removed);
  await upsertRows(client, MESSAGES, messages.upsert);
  await upsertRows(client, OUTBOX, outbox.upsert);
  await upsertRows(client, CURSORS, diff(snapshot(before.cursors), after.cursors).upsert);
  await upsertRows(client, COUNTERS, diff(snapshot(before.counters), after.counters).upsert);
  const purgedBefore = new Set((before.purged ?? []).map((stat) => stat.caseId));
  await upsertRows(client, PURGED, (after.purged ?? []).filter((stat) => !purgedBefore.has(stat.caseId)).map((stat) => [stat.caseId, stat] as const));
  const commands = diff(snapshot(before.teamCommands), after.teamCommands);
  await deleteRows(client, TEAM_COMMANDS, commands.remove);
  await upsertRows(client, TEAM_COMMANDS, commands.upsert);
}

/**
 * The Store port on PostgreSQL (STORE_URL=postgres://…). apply() is one transaction: it takes the
 * store-wide write lock (an advisory lock held until commit, so batches from any process apply one
 * after another, as the file store's queue does), loads and row-locks only the rows the batch
 * touches, runs the same pure applyChanges as the file store on them, and writes back what changed.
 * A change that throws, or a failing statement, rolls the whole batch back.
 */
export async function openPgStore(options: PgStoreOptions): Promise<PgStore> {
  const where = describeStoreUrl(options.url);
  const owned = !options.client;
  const client = options.client ?? (await connectPg(options.url, 'privacy-inbox store'));
  try {
    await migrateSchema(client);
  } catch (error) {
    if (owned) await client.end().catch(() => undefined);
    throw mapPgError(error, where, 'creating the schema');
  }
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  const transaction = async <T>(begin: string, action: string, work: () => Promise<T>): Promise<T> => {
    try {
      await client.query(begin);
    } catch (error) {
      throw mapPgError(error, where, action);
    }
    try {
      const result = await work();
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      // applyChanges' own errors (a change naming a missing case) pass through as the file store's do.
      throw error instanceof ChangeFailed ? error.cause : mapPgError(error, where, action);
    }
  };
  return {
    read: () => serial(() => transaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', 'reading the store', () => selectWorkingSet(client))),
    lookup: (keys: StoreLookup) => serial(() => transaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', 'looking up records', () => selectLookup(client, keys))),
    expired: (closedBefore: string, limit: number) =>
      serial(() => transaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', 'finding expired cases', () => selectExpired(client, closedBefore, limit))),
    apply: (changes: StoreChange[]) =>
      serial(() =>
        transaction('BEGIN', 'applying changes', async () => {
          if (changes.length === 0) return;
          await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_CLASS, WRITE_LOCK]);
          const data = await loadAffected(client, changes);
          const before = structuredClone(data);
          try {
            applyChanges(data, changes);
          } catch (error) {
            throw new ChangeFailed(error);
          }
          await writeBack(client, before, data);
        }),
      ),
    async close() {
      await queue;
      if (owned) await client.end().catch(() => undefined);
    },
  };
}

/**
 * One read-only snapshot on a short-lived connection: for list, show, status, export, metrics and
 * the digest preview, while the service runs. Writes nothing, not even the schema: a database no
 * service has started on yet reads as empty.
 */
export async function readPg<T>(url: string, work: (reader: PgReader) => Promise<T>): Promise<T> {
  const where = describeStoreUrl(url);
  const client = await connectPg(url, 'privacy-inbox reader');
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const result = await work(new PgReader(client, await checkSchema(client)));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    throw error instanceof CallerFailed ? error.cause : mapPgError(error, where, 'reading the store');
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The whole store once (status): O(store). */
export async function readPgSnapshot(url: string): Promise<DbData> {
  return readPg(url, (reader) => reader.all());
}

/**
 * The store as it is now, in memory, for the dry run: the working set, with what a batch or a lookup
 * needs fetched from PostgreSQL on demand (one read-only snapshot each); changes apply to the copy
 * and are never written. Takes no leadership: it writes nothing. A batch that throws leaves the copy
 * as it was.
 */
export async function openPgStoreCopy(url: string): Promise<PgStore> {
  const where = describeStoreUrl(url);
  const client = await connectPg(url, 'privacy-inbox dry run');
  const snapshot = async <T>(action: string, work: (reader: PgReader) => Promise<T>): Promise<T> => {
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const result = await work(new PgReader(client, await checkSchema(client)));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw mapPgError(error, where, action);
    }
  };
  let data: DbData;
  try {
    data = await snapshot('reading the store', (reader) => reader.workingSet());
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  // Records the copy removed (a purge): never fetched back from the server.
  const removed = new Set<string>();
  const merge = (into: StoreSlice, slice: StoreSlice): void => {
    for (const [id, record] of Object.entries(slice.cases)) if (!removed.has(`c:${id}`)) into.cases[id] ??= record;
    for (const [key, record] of Object.entries(slice.messages)) if (!removed.has(`m:${key}`)) into.messages[key] ??= record;
    for (const [key, item] of Object.entries(slice.outbox)) if (!removed.has(`o:${key}`)) into.outbox[key] ??= item;
  };
  const outside = (slice: StoreSlice): StoreSlice => {
    const result: StoreSlice = { cases: {}, messages: {}, outbox: {} };
    merge(result, slice);
    for (const id of Object.keys(result.cases)) if (data.cases[id]) delete result.cases[id];
    return result;
  };
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    read: () => serial(async () => structuredClone(data)),
    lookup: (keys) => serial(async () => outside(await snapshot('looking up records', (reader) => reader.lookup(keys)))),
    expired: (closedBefore, limit) => serial(async () => outside(await snapshot('finding expired cases', (reader) => reader.expired(closedBefore, limit)))),
    apply: (changes) =>
      serial(async () => {
        const loaded = await snapshot('reading what a batch changes', async (reader) => (reader.version === 0 ? emptyDb() : loadAffected(client, changes, false)));
        const next = structuredClone(data);
        merge(next, loaded);
        applyChanges(next, changes);
        for (const id of Object.keys(data.cases)) if (!next.cases[id]) removed.add(`c:${id}`);
        for (const key of Object.keys(data.messages)) if (!next.messages[key]) removed.add(`m:${key}`);
        for (const key of Object.keys(data.outbox)) if (!next.outbox[key]) removed.add(`o:${key}`);
        data = next;
      }),
    async close() {
      await queue;
      await client.end().catch(() => undefined);
    },
  };
}
