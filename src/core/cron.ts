import { Cron, type CronOptions } from 'croner';

/**
 * DIGEST_CRON is a classic five-field cron (minute hour day-of-month month day-of-week), read in
 * TIMEZONE. croner parses it for validation, for the schedule in the running service and for the
 * slot run-once computes, so all three agree on what a pattern means. Seconds and years (croner's
 * 6- and 7-field forms) are refused: a digest has no business running at a given second, and a
 * pattern that silently means something else under another cron implementation is a trap.
 * Day-of-month and day-of-week combine with OR, as in Vixie cron and POSIX crontab(5).
 */
export const CRON_OPTIONS = { mode: '5-part', domAndDow: false } as const satisfies CronOptions;

/**
 * Why `expression` cannot serve as a schedule in `timeZone`, or null when it can. A pattern that
 * parses but never fires (30 February) is refused too: it would leave the job silently idle.
 */
export function cronProblem(expression: string, timeZone: string, from: Date): string | null {
  let cron: Cron;
  try {
    cron = new Cron(expression.trim(), { ...CRON_OPTIONS, timezone: timeZone });
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).replace(/^Cron\w*:\s*/, '');
  }
  try {
    if (cron.nextRun(from) === null) return 'never fires (no date matches it)';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return null;
}

/** The first time `expression` fires at or after `fromMs` and before `untilMs`, as an ISO string; null if none. */
export function firstRunBetween(expression: string, timeZone: string, fromMs: number, untilMs: number): string | null {
  const cron = new Cron(expression.trim(), { ...CRON_OPTIONS, timezone: timeZone });
  // croner looks strictly after its reference and works in whole seconds.
  let next = cron.nextRun(new Date(fromMs - 1000));
  if (next && next.getTime() < fromMs) next = cron.nextRun(next);
  return next && next.getTime() < untilMs ? next.toISOString() : null;
}
