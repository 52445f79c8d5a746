import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type Bree from 'bree';
import type { Cron } from 'croner';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Store } from '../types.js';
import { openWriterStore, type WriterStore } from './open-store.js';
import type { Shutdown } from './shutdown.js';
import { createScheduler, scheduleDigest } from './scheduler.js';

/**
 * How long a job may take to finish the message in hand after SIGTERM before its worker is
 * terminated. Well inside the stop timeouts of Docker (10 s) and systemd (90 s), so the lock is
 * always released by us rather than left for the next start to take over. Terminating a worker
 * mid-message is safe: every pass is crash-safe (the store is written before anything is sent).
 */
export const STOP_GRACE_MS = 5000;

function describeStartup(config: Config): string {
  const inbox = config.mailbox.kind === 'maildir' ? `Maildir ${path.join(config.mailbox.path, 'new')}` : `IMAP ${config.mailbox.host}:${config.mailbox.port}/${config.mailbox.mailbox}`;
  const outbox = config.smtp.kind === 'file' ? `files in ${config.smtp.path}` : `SMTP ${config.smtp.host}:${config.smtp.port}`;
  const lines = [`privacy-inbox for ${config.privacyAddress}: reading ${inbox}; replies go to ${outbox}; data in ${config.dataDir}${config.storeUrl ? ' (store in PostgreSQL)' : ''}`];
  if (config.teamAddresses.length === 0) lines.push('Note: TEAM_ADDRESSES is empty, so escalations, reminders and the weekly digest reach nobody. Set it in .env.');
  if (config.dryRun) lines.push('DRY RUN (DRY_RUN=1): mail is read and planned, never moved, recorded or sent; each message is shown once while this process runs.');
  return lines.join('\n');
}

async function prepareMaildir(config: Config, out: (line: string) => void): Promise<void> {
  if (config.mailbox.kind !== 'maildir') return;
  // A dry run writes nothing, not even the Maildir's folders.
  if (!config.dryRun) for (const sub of ['new', 'cur', 'tmp']) await mkdir(path.join(config.mailbox.path, sub), { recursive: true, mode: 0o700 });
  const pending = await readdir(path.join(config.mailbox.path, 'new')).catch(() => []);
  if (pending.length === 0) {
    out(
      `The mailbox is empty. Drop an .eml file into ${path.join(config.mailbox.path, 'new')} (or run "npm run demo"); ` +
        `replies appear in ${config.smtp.kind === 'file' ? config.smtp.path : 'the SMTP server'}. Ctrl-C stops.`,
    );
  }
}

function delay(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms).unref());
}

/**
 * Stops bree: no new runs, 'cancel' to running jobs, then termination of whatever is still running
 * after `graceMs` or when `forced` resolves. bree.stop() alone waits without limit for a worker
 * that does not answer 'cancel' (and clears closeWorkerAfterMs), which would hang the stop.
 * Returns the jobs that had to be terminated.
 */
async function stopScheduler(bree: Bree, graceMs: number, forced: Promise<string>): Promise<string[]> {
  const stopped = bree.stop().then(() => 'stopped' as const);
  const outcome = await Promise.race([stopped, delay(graceMs), forced.then(() => 'forced' as const)]);
  if (outcome === 'stopped') return [];
  const stuck = [...bree.workers.keys()];
  await Promise.all([...bree.workers.values()].map((worker) => worker.terminate()));
  await stopped;
  return stuck;
}

/**
 * `privacy-inbox start`: takes the data-dir lock, opens the store (this process is its one writer),
 * runs the jobs until `shutdown` asks to stop, then stops them within STOP_GRACE_MS and releases
 * the lock. Any failure while starting undoes what was started and releases the lock before it
 * is rethrown, so a failed start leaves nothing behind.
 */
export async function runService(config: Config, logger: Logger, shutdown: Shutdown, out: (line: string) => void): Promise<void> {
  // A dry run writes nothing: no lock, no db.json; the store is an in-memory copy. With STORE_URL the
  // lock is leadership of the PostgreSQL store, and while another process leads this one waits.
  const waiting = new AbortController();
  void shutdown.requested.then(() => waiting.abort());
  let writer: WriterStore;
  try {
    writer = await openWriterStore(config, {
      standby: true,
      logger,
      signal: waiting.signal,
      onStandby: () => out('Standby: another privacy-inbox leads this store; this one takes over when it stops. SIGTERM or Ctrl-C stops it.'),
    });
  } catch (error) {
    if (waiting.signal.aborted) {
      logger.info('stopped while on standby');
      return;
    }
    throw error;
  }
  const release = writer.release;
  let bree: Bree | null = null;
  let digest: Cron | null = null;
  let store: Store | null = null;
  let health: { close(): Promise<void> } | null = null;
  let stopping = false;
  try {
    store = writer.store;
    out(describeStartup(config));
    await prepareMaildir(config, out);
    bree = createScheduler(config, store, logger, () => stopping);
    await bree.start();
    digest = scheduleDigest(bree, config, logger);
    // HEALTH_PORT: /health and /metrics on 127.0.0.1 (docs/deploy.md); a port in use stops the start and frees the lock.
    if (config.healthPort !== null) health = await (await import('./health-server.js')).startServiceHealth(config, store, logger);
  } catch (error) {
    stopping = true;
    digest?.stop();
    await health?.close().catch(() => undefined);
    if (bree) await stopScheduler(bree, 0, shutdown.forced).catch(() => undefined);
    await release();
    throw error;
  }
  const next = digest.nextRun();
  logger.info({ pid: process.pid, nextDigestAt: next?.toISOString() ?? null }, 'running');
  out(`Running (pid ${process.pid}); SIGTERM or Ctrl-C stops it.`);

  // Leadership lost (PostgreSQL): every write would fail from now on; stop, and exit non-zero so the
  // supervisor starts this process again, as a standby.
  const lost = writer.lost?.then((error) => ({ error })) ?? new Promise<never>(() => undefined);
  const outcome = await Promise.race([shutdown.requested.then((signal) => ({ signal })), lost]);
  const reason = 'signal' in outcome ? outcome.signal : 'leadership lost';
  if ('error' in outcome) logger.error({ err: outcome.error }, 'lost leadership of the store; stopping');
  logger.info({ signal: reason }, 'stopping');
  stopping = true;
  digest.stop();
  await health?.close();
  const terminated = await stopScheduler(bree, STOP_GRACE_MS, shutdown.forced);
  // The workers are gone; let the last store write they asked for reach the disk.
  if (!('error' in outcome)) await store.read();
  // release() closes the store first: the file store folds its journal into db.json (PostgreSQL's is closed as before).
  await release();
  logger.info({ signal: reason, terminated }, 'stopped');
  if ('error' in outcome) throw outcome.error;
}
