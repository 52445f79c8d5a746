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
      { name: 'poll-inbox', interval: config.pollIntervalMs, timeout: 0, closeWorkerAfterMs: Math.max(config.pollIntervalMs * 10, 10 * 60_000) },
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
  return bree;
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
