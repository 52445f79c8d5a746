import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { JobName } from '../core/job-record.js';
import { runCheckDeadlines, type CheckDeadlinesSummary } from './check-deadlines.js';
import { closeDeps, createDeps, type AppDeps } from './deps.js';
import type { DryRunRecorder } from './dry-run.js';
import { recordJobRun } from './job-recorder.js';
import { openWriterStore } from './open-store.js';
import { runTimedActions, type PollSummary } from './poll-inbox.js';
import { runPollUntilSettled } from './poll-loop.js';
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
  // Recorded under the scheduler's job names, so `status` sees cron-driven runs like scheduled ones.
  const recorded = <T>(job: JobName, run: () => Promise<T>): Promise<T> => recordJobRun({ dataDir: deps.config.dataDir, job, now: deps.now, logger: deps.logger, dryRun: deps.config.dryRun }, run);
  if (jobs.has('check-deadlines')) {
    summary.checkDeadlines = await recorded('check-deadlines', async () => {
      // The lifecycle's timed actions first (e.g. denial of a still unverified request on its due date),
      // so a case closed at its deadline is not also reported overdue in the same pass.
      await runTimedActions(deps);
      return runCheckDeadlines(deps);
    });
  }
  if (jobs.has('send-digest')) summary.digest = await recorded('weekly-digest', () => runSendDigest(deps, { scheduled: false }));
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
export async function runOnce(config: Config, logger: Logger, jobs: Set<string>, hooks: RunOnceHooks = {}): Promise<Partial<PollSummary> & PlanningSummary & { dryRunPlan?: DryRunRecorder }> {
  // A dry run reads the store into memory and writes nothing, so it takes no lock (like list and show).
  // With STORE_URL the lock is leadership: refused while another process leads.
  const { store, release } = await openWriterStore(config, { logger });
  try {
    const deps = await createDeps(config, logger, store);
    Object.assign(deps, hooks);
    try {
      // Deadline jobs queue first; the poll pass then sends everything (docs/deadlines.md).
      const planned = await runPlanningJobs(deps, jobs);
      const summary = jobs.has('poll-inbox') ? await recordJobRun({ dataDir: config.dataDir, job: 'poll-inbox', now: deps.now, logger, dryRun: config.dryRun }, () => runPollUntilSettled(deps)) : {};
      return { ...summary, ...planned, ...(deps.dryRun ? { dryRunPlan: deps.dryRun } : {}) };
    } finally {
      await closeDeps(deps);
    }
  } finally {
    await release();
  }
}
