import { isatty } from 'node:tty';
import { MAILDIR_SETTLE_MS } from '../io/maildir.js';
import type { AppDeps } from './deps.js';
import { printDryRunPlan } from './dry-run.js';
import { runPollInbox, type PollSummary } from './poll-inbox.js';

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * Passes over the mailbox for up to `lifetimeMs`: with IMAP IDLE (or a watched Maildir) new mail is
 * handled as it arrives, and mail that arrived during a pass starts the next pass at once (the
 * source's wait returns immediately for it); without one, one pass and bree's interval brings the next.
 *
 * A dry run prints its plan after each pass. Nothing leaves the mailbox, so each message is planned
 * once per service process: the main thread's in-memory store copy knows it from then on, and later
 * passes count it as a duplicate without printing it again. Recipients, subjects and first lines are
 * printed only when standard output is a terminal (a service's output is usually a log).
 */
export async function runPollLoop(deps: AppDeps, signal: AbortSignal, lifetimeMs: number): Promise<PollSummary[]> {
  const endAt = Date.now() + lifetimeMs;
  const passes: PollSummary[] = [];
  for (;;) {
    passes.push(await runPollInbox(deps));
    // fd 1 is the process's, so a worker thread can ask too.
    if (deps.dryRun) printDryRunPlan(deps.dryRun, { showText: isatty(1) });
    const remaining = endAt - Date.now();
    if (signal.aborted || remaining <= 0 || !deps.source.waitForChange) return passes;
    await Promise.race([deps.source.waitForChange(remaining), aborted(signal)]);
    if (signal.aborted || Date.now() >= endAt) return passes;
  }
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
