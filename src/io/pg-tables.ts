import type pg from 'pg';
import { closedAt } from '../core/metrics.js';
import { addressHash } from '../core/outbox.js';
import type { CaseRecord, DbData, MessageRecord, OutboxItem, PurgedCaseStat, SeenTeamCommand } from '../types.js';
import { decodeJson, decodeText, encodeJson, encodeText } from './pg-text.js';

/*
 * How each DbData collection maps to its table (src/io/pg-schema.ts): the key column, the indexed
 * copies of record fields, and the jsonb record. Rows are written in one statement per table with
 * unnest() over column arrays, however many records a batch touches.
 */

interface Table<T> {
  name: string;
  key: string;
  /** Columns after the key, with their SQL array types; the last is the jsonb record. */
  columns: readonly (readonly [string, string])[];
  row(value: T): unknown[];
}

const text = (value: string | null | undefined): string | null => (value === null || value === undefined ? null : encodeText(value));

/** The case's last recorded activity: what decides whether a closed case is still in the working set (as the file store's HOT_DAYS). */
export function lastActiveAt(record: CaseRecord): string {
  let last = record.receivedAt;
  for (const event of record.events) if (event.at > last) last = event.at;
  return last;
}

export const CASES: Table<CaseRecord> = {
  name: 'cases',
  key: 'id',
  columns: [['state', 'text'], ['due_at', 'text'], ['received_at', 'text'], ['requester_hash', 'text'], ['last_active_at', 'text'], ['closed_at', 'text'], ['summary', 'jsonb'], ['record', 'jsonb']],
  row: (r) => [text(r.state), text(r.dueAt), text(r.receivedAt), addressHash(r.requester.address), text(lastActiveAt(r)), text(closedAt(r)), encodeJson(caseSummary(r)), encodeJson(r)],
};

/** The fields `list` shows (app/case-view's summarizeCase), kept beside the record. */
export function caseSummary(r: CaseRecord): Pick<CaseRecord, 'id' | 'labels' | 'primary' | 'state' | 'requester' | 'language' | 'receivedAt' | 'dueAt' | 'flags'> {
  return { id: r.id, labels: r.labels, primary: r.primary, state: r.state, requester: r.requester, language: r.language, receivedAt: r.receivedAt, dueAt: r.dueAt, flags: r.flags };
}

export const MESSAGES: Table<MessageRecord> = {
  name: 'messages',
  key: 'key',
  columns: [['message_id', 'text'], ['case_id', 'text'], ['status', 'text'], ['received_at', 'text'], ['from_hash', 'text'], ['record', 'jsonb']],
  row: (r) => [text(r.messageId), text(r.caseId), text(r.status), text(r.receivedAt), text(r.fromHash), encodeJson(r)],
};

export const OUTBOX: Table<OutboxItem> = {
  name: 'outbox',
  key: 'key',
  columns: [['case_id', 'text'], ['state', 'text'], ['to_hash', 'text'], ['created_at', 'text'], ['sent_at', 'text'], ['message_id', 'text'], ['record', 'jsonb']],
  row: (r) => [text(r.caseId), text(r.state), text(r.toHash), text(r.createdAt), text(r.sentAt), text(r.messageId), encodeJson(r)],
};

export const CURSORS: Table<string> = { name: 'cursors', key: 'name', columns: [['value', 'text']], row: (v) => [encodeText(v)] };
export const COUNTERS: Table<number> = { name: 'counters', key: 'name', columns: [['value', 'float8']], row: (v) => [v] };
export const PURGED: Table<PurgedCaseStat> = { name: 'purged', key: 'case_id', columns: [['stat', 'jsonb']], row: (v) => [encodeJson(v)] };
export const TEAM_COMMANDS: Table<SeenTeamCommand> = {
  name: 'team_commands',
  key: 'key',
  columns: [['written_at', 'text'], ['seen', 'jsonb']],
  row: (v) => [encodeText(v.writtenAt), encodeJson(v)],
};

/** Inserts or replaces rows by key; `seq` (insertion order) stays what the first insert gave. */
export async function upsertRows<T>(client: pg.ClientBase, table: Table<T>, entries: readonly (readonly [string, T])[]): Promise<void> {
  if (entries.length === 0) return;
  const names = [table.key, ...table.columns.map(([name]) => name)];
  const types = ['text', ...table.columns.map(([, type]) => type)];
  const arrays: unknown[][] = names.map(() => []);
  for (const [key, value] of entries) [encodeText(key), ...table.row(value)].forEach((cell, index) => arrays[index]?.push(cell));
  const unnest = types.map((type, index) => `$${index + 1}::${type}[]`).join(', ');
  const updates = table.columns.map(([name]) => `${name} = EXCLUDED.${name}`).join(', ');
  await client.query(`INSERT INTO ${table.name} (${names.join(', ')}) SELECT * FROM unnest(${unnest}) ON CONFLICT (${table.key}) DO UPDATE SET ${updates}`, arrays);
}

export async function deleteRows(client: pg.ClientBase, table: Table<unknown>, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await client.query(`DELETE FROM ${table.name} WHERE ${table.key} = ANY($1::text[])`, [keys.map(encodeText)]);
}

/**
 * The record column of `table`, as [key, value] in insertion order (or `orderBy`, at most `limit`
 * rows); `where` selects rows, `lock` row-locks them inside a write.
 */
export async function selectRows<T>(client: pg.ClientBase, table: Table<T>, where = '', params: unknown[] = [], lock = false, orderBy?: string, limit?: number): Promise<[string, T][]> {
  const record = table.columns[table.columns.length - 1]?.[0] ?? 'value';
  const isJson = table.columns[table.columns.length - 1]?.[1] === 'jsonb';
  const order = orderBy ?? (table.name === 'cursors' || table.name === 'counters' ? table.key : 'seq');
  const limited = limit === undefined ? '' : ` LIMIT ${Math.floor(limit)}`;
  const result = await client.query<{ key: string; value: string | number }>(`SELECT ${table.key} AS key, ${record}${isJson ? '::text' : ''} AS value FROM ${table.name} ${where} ORDER BY ${order}${limited}${lock ? ' FOR UPDATE' : ''}`, params);
  return result.rows.map((row) => [decodeText(row.key), (isJson ? decodeJson<T>(row.value as string) : typeof row.value === 'string' ? decodeText(row.value) : row.value) as T]);
}

type LinkKind = 'thread' | 'team_thread' | 'message_key';

/** The case_links rows of a case: every id a later message may be matched to it by. */
export function caseLinks(record: CaseRecord): Set<string> {
  const links = new Set<string>();
  const add = (kind: LinkKind, values: readonly string[] | undefined): void => values?.forEach((value) => links.add(`${kind}\n${value}`));
  add('thread', record.threadIds);
  add('team_thread', record.lifecycle?.teamThreadIds);
  add('message_key', record.messageKeys);
  return links;
}

/** Adds and removes case_links rows; each entry is [caseId, `${kind}\n${value}`]. */
export async function writeLinks(client: pg.ClientBase, added: readonly [string, string][], removed: readonly [string, string][]): Promise<void> {
  const columns = (entries: readonly [string, string][]): string[][] => {
    const split = entries.map(([caseId, link]) => [caseId, link.slice(0, link.indexOf('\n')), link.slice(link.indexOf('\n') + 1)].map(encodeText));
    return [split.map((row) => row[1] as string), split.map((row) => row[2] as string), split.map((row) => row[0] as string)];
  };
  if (removed.length > 0) {
    await client.query('DELETE FROM case_links WHERE (kind, value, case_id) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))', columns(removed));
  }
  if (added.length > 0) {
    await client.query('INSERT INTO case_links (kind, value, case_id) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING', columns(added));
  }
}

/** The whole store, as DbData (what Store.read() returns); run inside one snapshot transaction. */
export async function selectAll(client: pg.ClientBase): Promise<DbData> {
  const [cases, messages, outbox, cursors, counters, purged, teamCommands] = [
    await selectRows(client, CASES),
    await selectRows(client, MESSAGES),
    await selectRows(client, OUTBOX),
    await selectRows(client, CURSORS),
    await selectRows(client, COUNTERS),
    await selectRows(client, PURGED),
    await selectRows(client, TEAM_COMMANDS),
  ];
  const data: DbData = {
    version: 1,
    cases: Object.fromEntries(cases),
    messages: Object.fromEntries(messages),
    outbox: Object.fromEntries(outbox),
    cursors: Object.fromEntries(cursors),
    counters: Object.fromEntries(counters),
  };
  if (purged.length > 0) data.purged = purged.map(([, stat]) => stat);
  if (teamCommands.length > 0) data.teamCommands = Object.fromEntries(teamCommands);
  return data;
}
