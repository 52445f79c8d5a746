import type pg from 'pg';
import { BotError } from '../errors.js';
import { describeStoreUrl, mapPgError } from './pg-errors.js';
import { LOCK_CLASS, LEADER_LOCK, migrateSchema } from './pg-schema.js';
import { connectPg } from './pg-store.js';
import { readOwnIdentity } from './process-identity.js';

/*
 * One leader among the processes that share a PostgreSQL store (two machines, or a standby), by a
 * session-level advisory lock. Why it is safe:
 *
 * - PostgreSQL grants the lock to one session at a time and frees it only when that session ends
 *   (or unlocks): a crash or kill -9 of the leader closes its connection, the server ends the session
 *   and a waiting standby gets the lock at once. A machine that vanishes without closing anything is
 *   noticed through TCP keepalives, which the session asks for below (about 25 s).
 * - Fencing: the leader's store writes run on that very session (openPgStore({ client })). A process
 *   whose session ended has lost the lock *and* the connection its writes would go through; it never
 *   opens another one. Its last transaction either committed before the session ended, or was rolled
 *   back by the server: nothing it does afterwards can reach the store. The epoch in the `leader` row
 *   (raised on every takeover) is the fencing token, for logs and status.
 * - What cannot be fenced is mail already handed to SMTP: an item marked `sending` by a leader that then
 *   died is checked against the Sent folder before it is retried (src/app/send-outbox.ts), as after a
 *   crash of a single process.
 *
 * A leader that loses its session (network, server restart) learns it from the heartbeat or the next
 * write and must stop working at once: `lost` resolves, and the service exits for its supervisor to
 * start it again as a standby.
 */

/** How often the leader checks its session; a check unanswered for HEARTBEAT_TIMEOUT_MS counts as lost. */
export const HEARTBEAT_MS = 5_000;
export const HEARTBEAT_TIMEOUT_MS = 30_000;

export interface LeaderHolder {
  pid: number;
  hostname: string;
  since: string;
}

export interface LeaderSession {
  /** The session holding the lock: open the store on it. */
  client: pg.Client;
  /** The fencing epoch this leadership got (1 for the first leader of a store, +1 per takeover). */
  epoch: number;
  /** Resolves with the reason if the session is lost before release(). */
  lost: Promise<BotError>;
  /** Unlocks and ends the session; a standby takes over. Harmless twice. */
  release(): Promise<void>;
}

export interface LeadershipOptions {
  /** Wait for the current leader to go (a standby), or refuse at once with STORE_LOCKED (commands). */
  wait: boolean;
  /** Called once when this process starts waiting, with who leads now (null if it cannot be told). */
  onStandby?: (holder: LeaderHolder | null) => void;
  /** Test hook: a shorter heartbeat. */
  heartbeatMs?: number;
  /** Stops a standby's wait (the service was asked to stop): acquireLeadership then rejects. */
  signal?: AbortSignal;
}

async function currentHolder(client: pg.Client): Promise<LeaderHolder | null> {
  const result = await client.query<{ holder: LeaderHolder; epoch: string }>('SELECT holder, epoch FROM leader');
  return result.rows[0]?.holder ?? null;
}

function describeHolder(holder: LeaderHolder | null): string {
  return holder ? `process ${holder.pid} on ${holder.hostname} (leader since ${holder.since})` : 'another process';
}

/**
 * Makes this process the leader of the store at `url`: waits for the lock (`wait`) or refuses with
 * STORE_LOCKED naming the holder. Creates the schema first if the database is new.
 */
export async function acquireLeadership(url: string, options: LeadershipOptions): Promise<LeaderSession> {
  const where = describeStoreUrl(url);
  const client = await connectPg(url, 'privacy-inbox leader');
  let lostReason: ((error: BotError) => void) | null = null;
  const lost = new Promise<BotError>((resolve) => (lostReason = resolve));
  let released = false;
  const markLost = (error: BotError): void => {
    if (!released) lostReason?.(error);
  };
  client.on('error', (error) => markLost(mapPgError(error, where, 'holding leadership')));
  client.on('end', () => markLost(new BotError('STORE_UNAVAILABLE', `PostgreSQL at ${where}: the leader's session ended`, { retryable: true })));
  try {
    // The server ends a session whose client stopped answering keepalives: the lock of a leader whose
    // machine vanished is freed in about idle + interval * count = 25 s. idle_session_timeout would end a
    // quiet leader's session, so it is turned off for this one.
    await client.query('SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3; SET idle_session_timeout = 0; SET statement_timeout = 0');
    await migrateSchema(client);
    const tried = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [LOCK_CLASS, LEADER_LOCK]);
    if (!tried.rows[0]?.ok) {
      const holder = await currentHolder(client);
      if (!options.wait) {
        throw new BotError('STORE_LOCKED', `the store at ${where} is in use by ${describeHolder(holder)}; stop it first (two processes share a PostgreSQL store as leader and standby only with 'start')`);
      }
      options.onStandby?.(holder);
      // Blocks until the leader's session ends; nothing is polled. Ending the client is the only way to
      // give up a blocked lock request from here (it stops the waiting backend too).
      const giveUp = (): void => void client.end().catch(() => undefined);
      options.signal?.addEventListener('abort', giveUp, { once: true });
      try {
        if (options.signal?.aborted) throw new BotError('STORE_UNAVAILABLE', 'stopped while waiting for leadership');
        await client.query('SELECT pg_advisory_lock($1, $2)', [LOCK_CLASS, LEADER_LOCK]);
      } finally {
        options.signal?.removeEventListener('abort', giveUp);
      }
    }
    const self = await readOwnIdentity();
    const holder: LeaderHolder = { pid: self.pid, hostname: self.hostname, since: new Date().toISOString() };
    const result = await client.query<{ epoch: string }>(
      `INSERT INTO leader (id, epoch, holder, since) VALUES (true, 1, $1, now())
       ON CONFLICT (id) DO UPDATE SET epoch = leader.epoch + 1, holder = EXCLUDED.holder, since = EXCLUDED.since RETURNING epoch`,
      [JSON.stringify(holder)],
    );
    const epoch = Number(result.rows[0]?.epoch ?? 0);
    const heartbeat = startHeartbeat(client, options.heartbeatMs ?? HEARTBEAT_MS, (error) => markLost(mapPgError(error, where, 'checking leadership')));
    return {
      client,
      epoch,
      lost,
      async release() {
        if (released) return;
        released = true;
        clearInterval(heartbeat);
        await client.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_CLASS, LEADER_LOCK]).catch(() => undefined);
        await client.end().catch(() => undefined);
      },
    };
  } catch (error) {
    released = true;
    await client.end().catch(() => undefined);
    throw mapPgError(error, where, 'taking leadership');
  }
}

/** A trivial query every `periodMs`: a session that errors or stops answering is reported lost (and ended). */
function startHeartbeat(client: pg.Client, periodMs: number, onLost: (error: unknown) => void): NodeJS.Timeout {
  let pending = false;
  const timer = setInterval(() => {
    if (pending) return;
    pending = true;
    const silence = setTimeout(() => {
      onLost(new Error('connection terminated: heartbeat unanswered'));
      // Ends the socket so that a write still waiting on it fails rather than hangs.
      (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    }, HEARTBEAT_TIMEOUT_MS);
    client
      .query('SELECT 1')
      .catch(onLost)
      .finally(() => {
        clearTimeout(silence);
        pending = false;
      });
  }, periodMs);
  timer.unref();
  return timer;
}

/** Who leads the store now, for `status`; null when nobody has led it yet. */
export async function readLeader(client: pg.Client): Promise<(LeaderHolder & { epoch: number; held: boolean }) | null> {
  const result = await client.query<{ holder: LeaderHolder; epoch: string; held: boolean }>(
    `SELECT holder, epoch, EXISTS (SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE d.datname = current_database() AND l.locktype = 'advisory' AND l.classid = $1 AND l.objid = $2 AND l.granted) AS held FROM leader`,
    [LOCK_CLASS, LEADER_LOCK],
  );
  const row = result.rows[0];
  return row ? { ...row.holder, epoch: Number(row.epoch), held: row.held } : null;
}
