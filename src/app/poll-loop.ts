import { isatty } from 'node:tty';
import { MAILDIR_SETTLE_MS } from '../io/maildir.js';
import type { AppDeps } from './deps.js';
import { printDryRunPlan } from './dry-run.js';
import { recordJobRun } from './job-recorder.js';
import { runPollInbox, type PollSummary } from './poll-inbox.js';

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** The first wait after a failed pass; it doubles with each failure in a row, up to RETRY_MAX_MS. */
export const RETRY_MIN_MS = 1_000;
export const RETRY_MAX_MS = 60_000;

/** The wait after the `failures`-th failed pass in a row: 1 s, 2 s, 4 s … 60 s. */
export function retryDelayMs(failures: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** Math.max(0, failures - 1));
}

function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

export interface PollLoopOptions {
  /** How long the loop runs at most (default: until `signal` aborts). */
  lifetimeMs?: number;
  /** The longest wait for new mail before a pass runs anyway (outbox retries, timed actions); default POLL_INTERVAL. */
  waitMs?: number;
  /** Runs each pass, e.g. wrapped in the job record `status` reads; default: the pass alone. */
  runPass?: (pass: () => Promise<PollSummary>) => Promise<PollSummary>;
  /** Called with each finished pass. */
  onPass?: (summary: PollSummary) => void;
}

/**
 * The poll loop of the service: passes over the mailbox on one set of connections (IMAP, SMTP,
 * the Sent folder) and one loaded triage model. Between passes it waits on the source, which keeps
 * the IMAP connection in IDLE (RFC 2177) or the Maildir watched, so new mail starts a pass as it
 * arrives; mail that arrived during a pass starts the next one at once (the source's wait returns
 * immediately for it); without either, a pass every `waitMs`. A failed pass (the server down, the
 * connection lost) is retried after 1 s, 2 s, 4 s … up to a minute; the source reconnects on the
 * next call. `signal` stops it after the batch in hand.
 *
 * A dry run prints its plan after each pass. Nothing leaves the mailbox, so each message is planned
 * once per service process: the main thread's in-memory store copy knows it from then on, and later
 * passes count it as a duplicate without printing it again. Recipients, subjects and first lines are
 * printed only when standard output is a terminal (a service's output is usually a log).
 */
export async function runPollService(deps: AppDeps, signal: AbortSignal, options: PollLoopOptions = {}): Promise<{ passes: number; failures: number }> {
  const endAt = Date.now() + (options.lifetimeMs ?? Infinity);
  const waitMs = options.waitMs ?? deps.config.pollIntervalMs;
  const runPass = options.runPass ?? ((pass) => pass());
  let passes = 0;
  let failures = 0;
  let failedInARow = 0;
  for (;;) {
    try {
      const summary = await runPass(() => runPollInbox(deps, signal));
      passes++;
      failedInARow = 0;
      options.onPass?.(summary);
      // fd 1 is the process's, so a worker thread can ask too.
      if (deps.dryRun) printDryRunPlan(deps.dryRun, { showText: isatty(1) });
    } catch (error) {
      failures++;
      failedInARow++;
      const retryInMs = retryDelayMs(failedInARow);
      const code = (error as { code?: unknown }).code ?? 'UNEXPECTED';
      deps.logger.warn({ err: { code, message: error instanceof Error ? error.message : String(error) }, failedInARow, retryInMs }, 'poll pass failed; retrying');
      if (signal.aborted || Date.now() >= endAt) return { passes, failures };
      await sleepUnlessAborted(Math.min(retryInMs, endAt - Date.now()), signal);
      if (signal.aborted || Date.now() >= endAt) return { passes, failures };
      continue;
    }
    const remaining = endAt - Date.now();
    if (signal.aborted || remaining <= 0) return { passes, failures };
    if (deps.source.waitForChange) await Promise.race([deps.source.waitForChange(Math.min(waitMs, remaining)), aborted(signal)]);
    else await sleepUnlessAborted(Math.min(waitMs, remaining), signal);
    if (signal.aborted || Date.now() >= endAt) return { passes, failures };
  }
}

/**
 * The service's poll-inbox worker: the poll loop until the service stops it, each pass recorded
 * in DATA_DIR/status like a scheduled run (`status` and /health read when a pass last finished).
 */
export function runPollWorker(deps: AppDeps, signal: AbortSignal): Promise<{ passes: number; failures: number }> {
  const record = { dataDir: deps.config.dataDir, job: 'poll-inbox' as const, now: deps.now, logger: deps.logger, dryRun: deps.config.dryRun };
  return runPollService(deps, signal, {
    runPass: (pass) => recordJobRun(record, pass),
    // The line a worker's end used to log once per interval; counts only.
    onPass: (summary) => deps.logger.info({ summary }, 'poll pass finished'),
  });
}

/** runPollService for up to `lifetimeMs`, returning every pass's summary (tests, and short-lived callers). */
export async function runPollLoop(deps: AppDeps, signal: AbortSignal, lifetimeMs: number): Promise<PollSummary[]> {
  const passes: PollSummary[] = [];
  await runPollService(deps, signal, { lifetimeMs, onPass: (summary) => passes.push(summary) });
  return passes;
}

/** Counts of several passes added up; `waiting` is the last pass's. */
function addPasses(a: PollSummary, b: PollSummary): PollSummary {
  const sum = (key: Exclude<keyof PollSummary, 'send' | 'waiting'>): number => a[key] + b[key];
  return {
    listed: sum('listed'),
    newCases: sum('newCases'),
    followUps: sum('followUps'),
    teamCommands: sum('teamCommands'),
    timedChanges: sum('timedChanges'),
    ignored: sum('ignored'),
    quarantined: sum('quarantined'),
    duplicates: sum('duplicates'),
    failed: sum('failed'),
    waiting: b.waiting,
    send: {
      sent: a.send.sent + b.send.sent,
      failed: a.send.failed + b.send.failed,
      retried: a.send.retried + b.send.retried,
      recovered: a.send.recovered + b.send.recovered,
      dryRun: a.send.dryRun + b.send.dryRun,
    },
  };
}

/**
 * `run-once`: one pass, then, while the source holds mail that is still being written (a file
 * dropped straight into Maildir new/), waits for it to settle and passes again, for at most
 * `maxWaitMs`. What is still being written then stays for the next run.
 */
export async function runPollUntilSettled(deps: AppDeps, maxWaitMs = 3 * MAILDIR_SETTLE_MS): Promise<PollSummary> {
  const endAt = Date.now() + maxWaitMs;
  let total = await runPollInbox(deps);
  while (total.waiting > 0 && deps.source.waitForChange) {
    const remaining = endAt - Date.now();
    if (remaining <= 0) break;
    await deps.source.waitForChange(remaining);
    total = addPasses(total, await runPollInbox(deps));
  }
  return total;
}
