import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { acquireDataDirLock } from '../io/lock.js';
import { openFileStore } from '../io/store.js';
import { runCheckDeadlines, type CheckDeadlinesSummary } from './check-deadlines.js';
import { closeDeps, createDeps, type AppDeps } from './deps.js';
import { runPollInbox, runTimedActions, type PollSummary } from './poll-inbox.js';
import { runSendDigest, type DigestSummary } from './send-digest.js';

export interface PlanningSummary {
  checkDeadlines?: CheckDeadlinesSummary;
  digest?: DigestSummary;
}

/**
 * The deadline jobs of one `run-once` pass, in order: clocks/reminders/escalations/retention, then
 * the weekly digest. They only queue mail; the poll pass that follows sends it.
 */
export async function runPlanningJobs(deps: AppDeps, jobs: Set<string>): Promise<PlanningSummary> {
  const summary: PlanningSummary = {};
  if (jobs.has('check-deadlines')) {
    // The lifecycle's timed actions first (e.g. denial of a still unverified request on its due date),
    // so a case closed at its deadline is not also reported overdue in the same pass.
    await runTimedActions(deps);
    summary.checkDeadlines = await runCheckDeadlines(deps);
  }
  if (jobs.has('send-digest')) summary.digest = await runSendDigest(deps, { scheduled: false });
  return summary;
}

export interface RunOnceHooks {
  /** Test hook: called after a message is recorded and before anything is sent. */
  afterRecord?: () => void;
  /** Called after each message of the pass, e.g. to move a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * `privacy-inbox run-once`: under the data-dir lock, the planning jobs asked for, then one poll pass
 * (which sends everything owed). The CLI prints the summary; tests call this in-process.
 */
export async function runOnce(config: Config, logger: Logger, jobs: Set<string>, hooks: RunOnceHooks = {}): Promise<Partial<PollSummary> & PlanningSummary> {
  const release = await acquireDataDirLock(config.dataDir);
  try {
    const deps = await createDeps(config, logger, await openFileStore(config.dataDir));
    Object.assign(deps, hooks);
    try {
      // Deadline jobs queue first; the poll pass then sends everything (docs/deadlines.md).
      const planned = await runPlanningJobs(deps, jobs);
      const summary = jobs.has('poll-inbox') ? await runPollInbox(deps) : {};
      return { ...summary, ...planned };
    } finally {
      await closeDeps(deps);
    }
  } finally {
    await release();
  }
}
