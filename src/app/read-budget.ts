import { BotError } from '../errors.js';
import type { ReadBudget } from '../types.js';

/**
 * Time one message may take to read: MIME parse, HTML to text, quote stripping and offline triage.
 *
 * How it is enforced, and why not with a worker thread: every step has a size cap and linear-time
 * work (io/mime.ts LIMITS, io/bounded-parser.ts, io/html-text.ts, io/charset-decoder.ts,
 * io/visible-reply.ts, the segment caps in core/triage), so the caps bound the worst case:
 * `npm run bench:fuzz` measured 0.5 s for the slowest of 5,000 hostile messages of up to 20 MB
 * (p99 0.13 s). The budget is the backstop for what the caps miss. The parser yields to the event
 * loop between 64 kB slices of input and the budget is checked before each slice, so a parse that
 * runs long is abandoned where it is; the synchronous steps after it cannot be interrupted
 * in-thread and are checked as each ends. A worker thread could be stopped mid-step, but the caps
 * leave nothing that needs it, and it would cost a thread start after every abandoned message. The
 * read workers of a pass (src/app/read-pool.ts) read with the same caps and the same budget, started
 * when the worker starts on the message, and are never stopped mid-message for it.
 *
 * A message over the budget is quarantined with the step it was in; its raw bytes are kept. The
 * budget is twenty times that slowest message, so a loaded machine does not quarantine ordinary mail.
 */
export const READ_BUDGET_MS = 10_000;

/** A budget that starts now; `clock` is in milliseconds (tests pass their own). */
export function createReadBudget(limitMs: number = READ_BUDGET_MS, clock: () => number = () => performance.now()): ReadBudget {
  const start = clock();
  return {
    check(step: string): void {
      const spent = clock() - start;
      if (spent > limitMs) throw new BotError('MAIL_BUDGET', `reading the message took over its ${limitMs} ms budget (${Math.round(spent)} ms, stopped at ${step})`);
    },
  };
}
