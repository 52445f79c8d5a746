import type pg from 'pg';
import { emptyDb } from '../core/store-changes.js';
import type { CaseRecord, DbData, StoreLookup, StoreSlice } from '../types.js';
import { CASES, COUNTERS, CURSORS, MESSAGES, OUTBOX, PURGED, selectAll, selectRows, TEAM_COMMANDS } from './pg-tables.js';
import { decodeJson, decodeText, encodeText } from './pg-text.js';
import { HOT_DAYS } from './store-hot.js';

/*
 * What the PostgreSQL store hands out, each an indexed query, so that no job reads the whole store
 * (issue 12). The working set is the file store's (src/io/store-hot.ts): open cases, closed cases
 * active in the last HOT_DAYS (counted back from the newest time recorded, not the wall clock, so a
 * simulated clock and a restored backup behave the same), cases with mail still to send, their
 * messages and mail, recent caseless records, cursors, counters. Everything else is found by
 * lookup() (late mail to a closed case, a known sender), expired() (the retention purge) and the
 * streaming readers of list, show, metrics and export.
 */

/** The schema version from which the columns below exist (src/io/pg-schema.ts). */
export const INDEXED_READS_SCHEMA = 3;

const CLOSED = `('done', 'denied', 'closed')`;
const UNSENT = `('pending', 'sending')`;
/** Cases per round trip when streaming every case (metrics, export). */
const PAGE = 2000;

const encodeAll = (values: readonly string[] | undefined): string[] => (values ?? []).map(encodeText);
const emptySlice = (): StoreSlice => ({ cases: {}, messages: {}, outbox: {} });

/** The instant before which a closed, quiet case leaves the working set ('' when the store is empty: nothing leaves). */
async function selectHorizon(client: pg.ClientBase): Promise<string> {
  // Each max() is one step down an index.
  const result = await client.query<{ newest: string | null }>(
    'SELECT GREATEST((SELECT max(last_active_at) FROM cases), (SELECT max(received_at) FROM messages), (SELECT max(created_at) FROM outbox), (SELECT max(sent_at) FROM outbox)) AS newest',
  );
  const newest = result.rows[0]?.newest;
  const ms = newest ? Date.parse(decodeText(newest)) : Number.NaN;
  return Number.isFinite(ms) ? new Date(ms - HOT_DAYS * 86_400_000).toISOString() : '';
}

/** Cursors, counters, purge stats and team command fingerprints: small, always whole. */
async function selectSmall(client: pg.ClientBase): Promise<Pick<DbData, 'cursors' | 'counters' | 'purged' | 'teamCommands'>> {
  const [cursors, counters, purged, teamCommands] = [await selectRows(client, CURSORS), await selectRows(client, COUNTERS), await selectRows(client, PURGED), await selectRows(client, TEAM_COMMANDS)];
  return {
    cursors: Object.fromEntries(cursors),
    counters: Object.fromEntries(counters),
    ...(purged.length > 0 ? { purged: purged.map(([, stat]) => stat) } : {}),
    ...(teamCommands.length > 0 ? { teamCommands: Object.fromEntries(teamCommands) } : {}),
  };
}

/** The working set (what Store.read() returns); run inside one snapshot transaction. */
export async function selectWorkingSet(client: pg.ClientBase): Promise<DbData> {
  const horizon = await selectHorizon(client);
  // UNION of three index scans rather than one OR, which would read every case.
  const cases = await selectRows(
    client,
    CASES,
    `WHERE id IN (SELECT id FROM cases WHERE state NOT IN ${CLOSED} UNION SELECT id FROM cases WHERE last_active_at >= $1 UNION SELECT case_id FROM outbox WHERE state IN ${UNSENT} AND case_id IS NOT NULL)`,
    [horizon],
  );
  const ids = cases.map(([id]) => encodeText(id));
  const messages = await selectRows(client, MESSAGES, 'WHERE key IN (SELECT key FROM messages WHERE case_id = ANY($1::text[]) UNION ALL SELECT key FROM messages WHERE case_id IS NULL AND received_at >= $2)', [ids, horizon]);
  const outbox = await selectRows(
    client,
    OUTBOX,
    `WHERE key IN (SELECT key FROM outbox WHERE case_id = ANY($1::text[]) UNION ALL SELECT key FROM outbox WHERE case_id IS NULL AND (state IN ${UNSENT} OR COALESCE(sent_at, created_at) >= $2))`,
    [ids, horizon],
  );
  return { version: 1, cases: Object.fromEntries(cases), messages: Object.fromEntries(messages), outbox: Object.fromEntries(outbox), ...(await selectSmall(client)) };
}

/** Whole cases (with every message and outbox item of theirs) and caseless records, by key. */
async function selectGroups(client: pg.ClientBase, caseIds: readonly string[], messageKeys: readonly string[], outboxKeys: readonly string[]): Promise<StoreSlice> {
  const slice = emptySlice();
  if (caseIds.length > 0) slice.cases = Object.fromEntries(await selectRows(client, CASES, 'WHERE id = ANY($1::text[])', [caseIds]));
  if (caseIds.length > 0 || messageKeys.length > 0) {
    slice.messages = Object.fromEntries(await selectRows(client, MESSAGES, 'WHERE key IN (SELECT key FROM messages WHERE case_id = ANY($1::text[]) UNION SELECT key FROM messages WHERE key = ANY($2::text[]))', [caseIds, messageKeys]));
  }
  if (caseIds.length > 0 || outboxKeys.length > 0) {
    slice.outbox = Object.fromEntries(await selectRows(client, OUTBOX, 'WHERE key IN (SELECT key FROM outbox WHERE case_id = ANY($1::text[]) UNION SELECT key FROM outbox WHERE key = ANY($2::text[]))', [caseIds, outboxKeys]));
  }
  return slice;
}

/**
 * The records `keys` name, as the file store's archive index finds them: a case by its id, a thread
 * or team-thread Message-ID, a message key; a message by its key or Message-ID; mail by its
 * Message-ID; and, per recipient hash, the newest mail ever written to it (not suppressed) — the
 * first-contact cap asks only whether there was any. A case comes whole. May include records of the
 * working set too (callers keep their own copy first).
 */
export async function selectLookup(client: pg.ClientBase, keys: StoreLookup): Promise<StoreSlice> {
  const threads = encodeAll(keys.threadIds);
  const messageKeys = encodeAll(keys.messageKeys);
  const recipients = encodeAll(keys.recipients);
  const caseIds = encodeAll(keys.caseIds);
  if (threads.length + messageKeys.length + recipients.length + caseIds.length === 0) return emptySlice();
  const found = await client.query<{ t: 'c' | 'm' | 'o'; key: string }>(
    `SELECT 'c' AS t, case_id AS key FROM case_links WHERE kind IN ('thread', 'team_thread') AND value = ANY($1::text[])
     UNION SELECT 'c', case_id FROM case_links WHERE kind = 'message_key' AND value = ANY($2::text[])
     UNION SELECT CASE WHEN case_id IS NULL THEN 'm' ELSE 'c' END, COALESCE(case_id, key) FROM messages WHERE key = ANY($2::text[]) OR message_id = ANY($1::text[])
     UNION SELECT CASE WHEN case_id IS NULL THEN 'o' ELSE 'c' END, COALESCE(case_id, key) FROM outbox WHERE message_id = ANY($1::text[])
     UNION SELECT CASE WHEN o.case_id IS NULL THEN 'o' ELSE 'c' END, COALESCE(o.case_id, o.key)
       FROM unnest($3::text[]) AS r(hash), LATERAL (SELECT case_id, key FROM outbox WHERE to_hash = r.hash AND state <> 'suppressed' ORDER BY created_at DESC LIMIT 1) AS o
     UNION SELECT 'c', id FROM cases WHERE id = ANY($4::text[])`,
    [threads, messageKeys, recipients, caseIds],
  );
  const of = (t: string): string[] => found.rows.filter((row) => row.t === t).map((row) => row.key);
  return selectGroups(client, of('c'), of('m'), of('o'));
}

/**
 * Closed cases outside the working set whose closing (core/metrics' closedAt, kept in closed_at) is
 * before `closedBefore`, oldest first, at most `limit`, whole: the retention purge decides which are
 * due (the working set's own are in read()).
 */
export async function selectExpired(client: pg.ClientBase, closedBefore: string, limit: number): Promise<StoreSlice> {
  const horizon = await selectHorizon(client);
  const result = await client.query<{ id: string }>(
    `SELECT id FROM cases WHERE closed_at < $1 AND last_active_at < $2 AND NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.case_id = cases.id AND outbox.state IN ${UNSENT}) ORDER BY closed_at, id LIMIT $3`,
    [encodeText(closedBefore), horizon, limit],
  );
  return selectGroups(client, result.rows.map((row) => row.id), [], []);
}

function addSlice(db: DbData, slice: StoreSlice): DbData {
  for (const [id, record] of Object.entries(slice.cases)) db.cases[id] ??= record;
  for (const [key, record] of Object.entries(slice.messages)) db.messages[key] ??= record;
  for (const [key, item] of Object.entries(slice.outbox)) db.outbox[key] ??= item;
  return db;
}

/** An error thrown by a reader's caller (e.g. export's write), passed through rather than taken for PostgreSQL's. */
export class CallerFailed {
  readonly cause: unknown;
  constructor(cause: unknown) {
    this.cause = cause;
  }
}

function periodOf(receivedAt: string): string {
  return /^\d{4}-\d{2}/.test(receivedAt) ? receivedAt.slice(0, 7) : '0000-00';
}

/**
 * The read-only commands' questions, on one snapshot transaction. A database whose schema predates
 * the indexed columns (a read-only command run before the service was upgraded) is read whole, as
 * before; one with no schema reads as empty.
 */
export class PgReader {
  private readonly client: pg.ClientBase;
  readonly version: number;

  constructor(client: pg.ClientBase, version: number) {
    this.client = client;
    this.version = version;
  }

  get indexed(): boolean {
    return this.version >= INDEXED_READS_SCHEMA;
  }

  /** Everything, in memory: `status`, and every reader on a schema without the indexed columns. */
  async all(): Promise<DbData> {
    return this.version === 0 ? emptyDb() : selectAll(this.client);
  }

  async workingSet(): Promise<DbData> {
    if (!this.indexed) return this.all();
    return selectWorkingSet(this.client);
  }

  /** Store.lookup() (on a schema without the indexed columns, workingSet() already holds everything). */
  async lookup(keys: StoreLookup): Promise<StoreSlice> {
    return this.indexed ? selectLookup(this.client, keys) : emptySlice();
  }

  /** Store.expired() (on a schema without the indexed columns, workingSet() already holds everything). */
  async expired(closedBefore: string, limit: number): Promise<StoreSlice> {
    return this.indexed ? selectExpired(this.client, closedBefore, limit) : emptySlice();
  }

  /** The working set plus the cases `caseIds` name, whole: show and clock. */
  async withCases(caseIds: string[]): Promise<DbData> {
    const db = await this.workingSet();
    return this.indexed ? addSlice(db, await selectLookup(this.client, { caseIds })) : db;
  }

  /** Every case, summary fields only (what `list` shows), in receipt order. */
  async caseList(): Promise<Pick<DbData, 'cases'>> {
    if (!this.indexed) return { cases: (await this.all()).cases };
    const result = await this.client.query<{ summary: string }>('SELECT summary::text AS summary FROM cases ORDER BY received_at, id');
    const cases: DbData['cases'] = {};
    for (const row of result.rows) {
      const summary = decodeJson<CaseRecord>(row.summary);
      cases[summary.id] = summary;
    }
    return { cases };
  }

  /** The working set's messages plus every message received since `since`: `list --passed-over`. */
  async messagesSince(since: string): Promise<DbData> {
    const db = await this.workingSet();
    if (!this.indexed) return db;
    for (const [key, message] of await selectRows(this.client, MESSAGES, 'WHERE received_at >= $1', [encodeText(since)])) db.messages[key] ??= message;
    return db;
  }

  /**
   * Every case, a month of receipt at a time in receipt order (then id, as the file store sorts),
   * fetched PAGE cases per round trip by key, so memory holds one month: metrics and export. Returns
   * the working set (for its purge log).
   */
  async eachCaseByMonth(each: (cases: CaseRecord[], month: number, months: number) => void | Promise<void>, page = PAGE): Promise<DbData> {
    const db = await this.workingSet();
    const sorted = (cases: CaseRecord[]): CaseRecord[] => cases.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
    if (!this.indexed) {
      if (this.version > 0) await Promise.resolve(each(sorted(Object.values(db.cases)), 1, 1)).catch((error: unknown) => Promise.reject(new CallerFailed(error)));
      return db;
    }
    const counted = await this.client.query<{ months: number }>(
      "SELECT count(DISTINCT CASE WHEN received_at ~ '^[0-9]{4}-[0-9]{2}' THEN substr(received_at, 1, 7) ELSE '0000-00' END)::int AS months FROM cases",
    );
    const months = counted.rows[0]?.months ?? 0;
    let month: string | null = null;
    let batch: CaseRecord[] = [];
    let index = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      index++;
      try {
        await each(sorted(batch), Math.min(index, months), Math.max(index, months));
      } catch (error) {
        throw new CallerFailed(error);
      }
      batch = [];
    };
    let after: [string, string] | null = null;
    for (;;) {
      const rows: [string, CaseRecord][] = await selectRows(this.client, CASES, after ? 'WHERE (received_at, id) > ($1, $2)' : '', after ?? [], false, 'received_at, id', page);
      for (const [, record] of rows) {
        const period = periodOf(record.receivedAt);
        if (period !== month) {
          await flush();
          month = period;
        }
        batch.push(record);
      }
      const last = rows.at(-1)?.[1];
      if (!last || rows.length < page) break;
      after = [encodeText(last.receivedAt), encodeText(last.id)];
    }
    await flush();
    return db;
  }
}
