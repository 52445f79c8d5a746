import type pg from 'pg';
import { BotError } from '../errors.js';

/*
 * The PostgreSQL schema, one row per record. The record itself is jsonb (what read() returns, exactly);
 * the columns beside it are copies of the fields later queries select by, each with an index, so that
 * "open cases", "the case a Message-ID belongs to", "open cases of this requester", "cases due before
 * a date" and "replies to this address today" are single indexed queries rather than a whole-store
 * read. `seq` keeps insertion order, which lowdb's objects have and callers see (list order, digest).
 *
 * Times are ISO-8601 UTC strings in text columns: the core compares them as strings, and text keeps the
 * exact value (timestamptz would round to microseconds and re-format).
 */

/** Advisory lock keys (two int4 halves: 'PINB' and a purpose), so they do not collide with other applications. */
export const LOCK_CLASS = 0x50494e42;
export const MIGRATE_LOCK = 1;
export const WRITE_LOCK = 2;
export const LEADER_LOCK = 3;

/** States in which a case is finished (core/case-machine's terminal states). */
const CLOSED_STATES = `('done', 'denied', 'closed')`;

/** Each entry migrates from version index to index + 1; never edit a shipped entry, add one. */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE cases (
    id text PRIMARY KEY,
    seq bigserial NOT NULL,
    state text NOT NULL,
    due_at text,
    received_at text NOT NULL,
    requester_hash text NOT NULL,
    record jsonb NOT NULL
  );
  CREATE INDEX cases_seq ON cases (seq);
  CREATE INDEX cases_state ON cases (state);
  CREATE INDEX cases_open_due ON cases (due_at) WHERE state NOT IN ${CLOSED_STATES};
  CREATE INDEX cases_open_requester ON cases (requester_hash) WHERE state NOT IN ${CLOSED_STATES};
  CREATE INDEX cases_requester ON cases (requester_hash);

  -- Thread Message-IDs, team thread Message-IDs and inbound message keys of each case.
  CREATE TABLE case_links (
    kind text NOT NULL CHECK (kind IN ('thread', 'team_thread', 'message_key')),
    value text NOT NULL,
    case_id text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    PRIMARY KEY (kind, value, case_id)
  );
  CREATE INDEX case_links_case ON case_links (case_id);

  CREATE TABLE messages (
    key text PRIMARY KEY,
    seq bigserial NOT NULL,
    message_id text,
    case_id text,
    status text NOT NULL,
    received_at text NOT NULL,
    from_hash text,
    record jsonb NOT NULL
  );
  CREATE INDEX messages_seq ON messages (seq);
  CREATE INDEX messages_case ON messages (case_id);
  CREATE INDEX messages_message_id ON messages (message_id);
  CREATE INDEX messages_from_received ON messages (from_hash, received_at);

  CREATE TABLE outbox (
    key text PRIMARY KEY,
    seq bigserial NOT NULL,
    case_id text,
    state text NOT NULL,
    to_hash text NOT NULL,
    created_at text NOT NULL,
    sent_at text,
    record jsonb NOT NULL
  );
  CREATE INDEX outbox_seq ON outbox (seq);
  CREATE INDEX outbox_case ON outbox (case_id);
  CREATE INDEX outbox_unsent ON outbox (created_at) WHERE state IN ('pending', 'sending');
  CREATE INDEX outbox_recipient_created ON outbox (to_hash, created_at);

  CREATE TABLE cursors (name text PRIMARY KEY, value text NOT NULL);
  CREATE TABLE counters (name text PRIMARY KEY, value double precision NOT NULL);
  CREATE TABLE purged (case_id text PRIMARY KEY, seq bigserial NOT NULL, stat jsonb NOT NULL);
  CREATE TABLE team_commands (key text PRIMARY KEY, seq bigserial NOT NULL, written_at text NOT NULL, seen jsonb NOT NULL);
  CREATE INDEX team_commands_written ON team_commands (written_at);

  -- Who leads (holds LEADER_LOCK) and the fencing epoch, raised on every takeover; one row.
  CREATE TABLE leader (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    epoch bigint NOT NULL,
    holder jsonb NOT NULL,
    since timestamptz NOT NULL
  );
  `,
  // Raw copies of inbound mail, by the DATA_DIR-relative path MessageRecord.blob names: with two machines
  // sharing the store, the one that takes over must read what the other received.
  `
  CREATE TABLE raw_messages (
    path text PRIMARY KEY,
    raw bytea NOT NULL,
    saved_at timestamptz NOT NULL DEFAULT now()
  );
  `,
  // The working set and the archive's questions as indexed queries (issue 12): each case's last
  // activity and closing, each outbox item's Message-ID, and the few fields `list` shows (a small
  // jsonb read without decompressing the record: at 100,000 cases that was 28 s of server CPU). Times compare as the core compares them,
  // code point by code point (COLLATE "C"), whatever the database's locale.
  `
  ALTER TABLE cases
    ALTER COLUMN received_at TYPE text COLLATE "C",
    ALTER COLUMN due_at TYPE text COLLATE "C",
    ADD COLUMN last_active_at text COLLATE "C",
    ADD COLUMN closed_at text COLLATE "C",
    ADD COLUMN summary jsonb;
  UPDATE cases SET
    summary = jsonb_build_object('id', record->'id', 'labels', record->'labels', 'primary', record->'primary', 'state', record->'state', 'requester', record->'requester',
      'language', record->'language', 'receivedAt', record->'receivedAt', 'dueAt', record->'dueAt', 'flags', record->'flags'),
    last_active_at = GREATEST(received_at, (SELECT max(e->>'at' COLLATE "C") FROM jsonb_array_elements(record->'events') AS e)),
    closed_at = CASE WHEN state IN ${CLOSED_STATES} THEN COALESCE(
      (SELECT e->>'at' FROM jsonb_array_elements(record->'events') WITH ORDINALITY AS t(e, n)
        WHERE e->>'type' = 'state_changed' AND e->'data'->>'to' IN ${CLOSED_STATES} ORDER BY n DESC LIMIT 1),
      record->'events'->-1->>'at',
      received_at) END;
  ALTER TABLE cases ALTER COLUMN last_active_at SET NOT NULL, ALTER COLUMN summary SET NOT NULL;
  CREATE INDEX cases_last_active ON cases (last_active_at);
  CREATE INDEX cases_closed ON cases (closed_at) WHERE closed_at IS NOT NULL;
  CREATE INDEX cases_received ON cases (received_at, id);

  ALTER TABLE messages ALTER COLUMN received_at TYPE text COLLATE "C";
  CREATE INDEX messages_received ON messages (received_at);

  ALTER TABLE outbox
    ALTER COLUMN created_at TYPE text COLLATE "C",
    ALTER COLUMN sent_at TYPE text COLLATE "C",
    ADD COLUMN message_id text;
  UPDATE outbox SET message_id = record->>'messageId';
  CREATE INDEX outbox_message_id ON outbox (message_id);
  CREATE INDEX outbox_created ON outbox (created_at);
  CREATE INDEX outbox_sent ON outbox (sent_at);

  ALTER TABLE team_commands ALTER COLUMN written_at TYPE text COLLATE "C";
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** The schema version of the database, 0 when it has none yet; reads only. */
export async function readSchemaVersion(client: pg.ClientBase): Promise<number> {
  const exists = await client.query<{ name: string | null }>("SELECT to_regclass('schema_version')::text AS name");
  if (!exists.rows[0]?.name) return 0;
  const result = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
  return result.rows[0]?.version ?? 0;
}

function newerSchema(version: number): BotError {
  return new BotError('STORE_CORRUPT', `the PostgreSQL store has schema version ${version}, newer than this privacy-inbox knows (${SCHEMA_VERSION}); run the newer version`);
}

/** For read-only commands: refuses a newer schema, creates nothing. Returns the version (0: no store yet). */
export async function checkSchema(client: pg.ClientBase): Promise<number> {
  const version = await readSchemaVersion(client);
  if (version > SCHEMA_VERSION) throw newerSchema(version);
  return version;
}

/**
 * Creates or migrates the schema, once, whoever calls first: a transaction-scoped advisory lock makes
 * a second starter wait and then find the work done. Refuses a database written by a newer version.
 * `target` (tests only) stops at an older version, to test a later migration on real rows.
 */
export async function migrateSchema(client: pg.ClientBase, target = SCHEMA_VERSION): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_CLASS, MIGRATE_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const result = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
    const current = result.rows[0]?.version ?? 0;
    if (current > SCHEMA_VERSION) throw newerSchema(current);
    for (let version = current; version < target; version++) {
      await client.query(MIGRATIONS[version] as string);
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [version + 1]);
    }
    await client.query('COMMIT');
    return Math.max(current, target);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
