import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Bree from 'bree';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
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

/** Builds the scheduler; the main thread keeps the store and answers the workers' store requests. */
export function createScheduler(config: Config, store: Store, logger: Logger): Bree {
  let bree: Bree | null = null;
  bree = new Bree({
    root: jobsRoot(),
    defaultExtension: 'js',
    logger: breeLogger(logger.child({ component: 'bree' })),
    jobs: [
      { name: 'poll-inbox', interval: config.pollIntervalMs, timeout: 0, closeWorkerAfterMs: Math.max(config.pollIntervalMs * 10, 10 * 60_000) },
      // Deadlines: at start, then every CHECK_DEADLINES_INTERVAL; it only queues mail, poll-inbox sends it.
      { name: 'check-deadlines', interval: config.deadlines.checkIntervalMs, timeout: 0, closeWorkerAfterMs: 10 * 60_000 },
      // The weekly digest on DIGEST_CRON in the company's time zone (default Monday 09:00).
      { name: 'weekly-digest', cron: config.deadlines.digestCron, timezone: config.timezone, closeWorkerAfterMs: 10 * 60_000 },
    ],
    workerMessageHandler: ({ name, message }: { name: string; message: unknown }) => {
      if (!isStoreRequest(message)) return;
      void answerStoreRequest(store, message).then((response) => bree?.workers.get(name)?.postMessage(response));
    },
    errorHandler: (error: unknown, meta: { name?: string }) => {
      logger.error({ job: meta?.name, err: { message: error instanceof Error ? error.message : String(error) } }, 'job error');
    },
  });
  return bree;
}
