import type { AppDeps } from './deps.js';
import { runPollInbox, type PollSummary } from './poll-inbox.js';

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * Passes over the mailbox for up to `lifetimeMs`: with IMAP IDLE (or a watched Maildir) new mail is
 * handled as it arrives; without it, one pass and bree's interval brings the next.
 */
export async function runPollLoop(deps: AppDeps, signal: AbortSignal, lifetimeMs: number): Promise<PollSummary[]> {
  const endAt = Date.now() + lifetimeMs;
  const passes: PollSummary[] = [];
  for (;;) {
    passes.push(await runPollInbox(deps));
    const remaining = endAt - Date.now();
    if (signal.aborted || remaining <= 0 || !deps.source.waitForChange) return passes;
    await Promise.race([deps.source.waitForChange(remaining), aborted(signal)]);
    if (signal.aborted || Date.now() >= endAt) return passes;
  }
}
