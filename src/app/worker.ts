import { randomUUID } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { closeDeps, createDeps, type AppDeps } from './deps.js';
import { createStoreClient } from './store-client.js';

/**
 * The shared shell of every bree job: config, logger and store client, one call to the job's
 * app function, and a clean exit. On bree's 'cancel' the job finishes its current message first.
 */
export async function runJob(name: string, job: (deps: AppDeps, signal: AbortSignal) => Promise<unknown>): Promise<void> {
  if (!parentPort) throw new Error(`${name} must run inside a bree worker`);
  const port = parentPort;
  const config = loadConfig();
  const logger = createLogger(config.logLevel, undefined, config.logFormat).child({ job: name, runId: randomUUID().slice(0, 8) });
  const abort = new AbortController();
  port.on('message', (message: unknown) => {
    if (message === 'cancel') abort.abort();
  });
  let deps: AppDeps | null = null;
  let exitCode = 0;
  try {
    deps = await createDeps(config, logger, createStoreClient(port));
    // A stop that came while the worker was still loading (seconds on a busy machine) skips the run.
    if (abort.signal.aborted) logger.info('cancelled before it started');
    else logger.info({ summary: await job(deps, abort.signal) }, 'job finished');
  } catch (error) {
    exitCode = 1;
    logger.error({ err: { message: error instanceof Error ? error.message : String(error), code: (error as { code?: string }).code } }, 'job failed');
  } finally {
    if (deps) await closeDeps(deps);
  }
  if (exitCode === 0) port.postMessage('done');
  else process.exit(exitCode);
}
