import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Bree from 'bree';
import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { CRON_OPTIONS } from '../core/cron.js';
import type { Store } from '../types.js';
import { answerStoreRequest, isStoreRequest } from './store-client.js';

/** dist/jobs, next to dist/src where this file runs from. */
function jobsRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'jobs');
}

/** bree's logger interface, mapped onto pino so worker lifecycle lines stay structured. */
function breeLogger(logger: Logger) {
  const write = (level: 'info' | 'warn' | 'error') => (message: unknown, meta?: unknown) => {
    if (message instanceof Error) logger[level]({ err: { message: message.message }, meta }, 'scheduler');
    else logger[level]({ meta }, String(message));
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

/**
 * Builds the scheduler; the main thread keeps the store and answers the workers' store requests.
 * `isStopping` tells worker exits caused by the service's own stop (a worker terminated after the
 * grace period) from job failures.
 */
export function createScheduler(config: Config, store: Store, logger: Logger, isStopping: () => boolean = () => false): Bree {
  let bree: Bree | null = null;
  bree = new Bree({
    root: jobsRoot(),
    defaultExtension: 'js',
    logger: breeLogger(logger.child({ component: 'bree' })),
    jobs: [
      // Long-lived: started once, it keeps its IMAP connection in IDLE and its triage model loaded
      // across passes (POLL_INTERVAL only bounds its wait); restarted by keepPolling if it ever ends.
      { name: 'poll-inbox', timeout: 0 },
      // Deadlines: at start, then every CHECK_DEADLINES_INTERVAL; it only queues mail, poll-inbox sends it.
      { name: 'check-deadlines', interval: config.deadlines.checkIntervalMs, timeout: 0, closeWorkerAfterMs: 10 * 60_000 },
      // Started by scheduleDigest on DIGEST_CRON, never by bree itself (timeout false, no interval).
      { name: 'weekly-digest', timeout: false, closeWorkerAfterMs: 10 * 60_000 },
    ],
    workerMessageHandler: ({ name, message }: { name: string; message: unknown }) => {
      if (!isStoreRequest(message)) return;
      void answerStoreRequest(store, message).then((response) => bree?.workers.get(name)?.postMessage(response));
    },
    errorHandler: (error: unknown, meta: { name?: string }) => {
      if (isStopping()) {
        logger.info({ job: meta?.name, err: { message: error instanceof Error ? error.message : String(error) } }, 'job ended by the stop');
        return;
      }
      logger.error({ job: meta?.name, err: { message: error instanceof Error ? error.message : String(error) } }, 'job error');
    },
  });
  keepPolling(bree, logger, isStopping);
  return bree;
}

/** The first restart of a poll worker that ended on its own; doubled for each quick end in a row, up to a minute. */
const RESTART_MIN_MS = 1_000;
const RESTART_MAX_MS = 60_000;
/** A worker that ran this long before it ended had been working: its restart starts from the shortest wait again. */
const HEALTHY_RUN_MS = 60_000;

/**
 * Restarts the poll-inbox worker when it ends while the service is not stopping (it failed to
 * start: a bad template, an unreadable model; or it crashed). The loop inside retries failed
 * passes itself, so this is the last line, paced so a worker that fails at once does not spin.
 */
function keepPolling(bree: Bree, logger: Logger, isStopping: () => boolean): void {
  let startedAt = Date.now();
  let quickEnds = 0;
  bree.on('worker created', (name: string) => {
    if (name === 'poll-inbox') startedAt = Date.now();
  });
  bree.on('worker deleted', (name: string) => {
    if (name !== 'poll-inbox' || isStopping()) return;
    quickEnds = Date.now() - startedAt >= HEALTHY_RUN_MS ? 0 : quickEnds + 1;
    const delayMs = Math.min(RESTART_MAX_MS, RESTART_MIN_MS * 2 ** Math.max(0, quickEnds - 1));
    logger.warn({ job: name, restartInMs: delayMs }, 'poll worker ended; restarting');
    setTimeout(() => {
      if (isStopping() || bree.workers.has(name)) return;
      void bree.run(name).catch((error: unknown) => logger.error({ job: name, err: { message: error instanceof Error ? error.message : String(error) } }, 'poll worker could not be restarted'));
    }, delayMs).unref();
  });
}

/**
 * Runs the weekly-digest job on DIGEST_CRON in TIMEZONE. croner, not bree's cron (later and
 * cron-validate), reads the pattern: the same library validated it at start and computes the slot
 * run-once uses, so a pattern accepted by the config check cannot fail or mean something else here.
 */
export function scheduleDigest(bree: Bree, config: Config, logger: Logger): Cron {
  return new Cron(config.deadlines.digestCron, { ...CRON_OPTIONS, timezone: config.timezone, protect: true }, async () => {
    try {
      await bree.run('weekly-digest');
    } catch (error) {
      logger.error({ job: 'weekly-digest', err: { message: error instanceof Error ? error.message : String(error) } }, 'job error');
    }
  });
}
