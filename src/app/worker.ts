import { randomUUID } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { isJobName } from '../core/job-record.js';
import { closeDeps, createClock, createDeps, type AppDeps } from './deps.js';
import { recordJobRun } from './job-recorder.js';
import { createStoreClient } from './store-client.js';

/**
 * The shared shell of every bree job: config, logger and store client, one call to the job's
 * app function, and a clean exit. On bree's 'cancel' the job finishes its current message first.
 * Every run is recorded in DATA_DIR/status for `privacy-inbox status` (a long-lived job records
 * its passes itself).
 */
export async function runJob(name: string, job: (deps: AppDeps, signal: AbortSignal) => Promise<unknown>, options: { recordsItsOwnRuns?: boolean } = {}): Promise<void> {
  if (!parentPort) throw new Error(`${name} must run inside a bree worker`);
  const port = parentPort;
  const config = loadConfig();
  const logger = createLogger(config.logLevel, undefined, config.logFormat).child({ job: name, runId: randomUUID().slice(0, 8) });
  const abort = new AbortController();
  port.on('message', (message: unknown) => {
    if (message === 'cancel') abort.abort();
  });
  const opened: AppDeps[] = [];
  let exitCode = 0;
  try {
    // A stop that came while the worker was still loading (seconds on a busy machine) skips the run.
    const cancellable = async (): Promise<unknown> => {
      const deps = await createDeps(config, logger, createStoreClient(port));
      opened.push(deps);
      if (abort.signal.aborted) return 'cancelled before it started';
      return job(deps, abort.signal);
    };
    // A failure to build the deps (templates, model, secret) is recorded as a failed run too.
    // A long-lived job (the poll loop) records each of its passes instead of its one long run.
    const summary = isJobName(name) && !options.recordsItsOwnRuns ? await recordJobRun({ dataDir: config.dataDir, job: name, now: createClock(config), logger, dryRun: config.dryRun }, cancellable) : await cancellable();
    logger.info({ summary }, 'job finished');
  } catch (error) {
    exitCode = 1;
    logger.error({ err: { message: error instanceof Error ? error.message : String(error), code: (error as { code?: string }).code } }, 'job failed');
  } finally {
    for (const deps of opened) await closeDeps(deps);
  }
  if (exitCode === 0) port.postMessage('done');
  else process.exit(exitCode);
}
