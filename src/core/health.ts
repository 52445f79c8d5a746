import type { DbData, OutboxItem, OutboxState } from '../types.js';
import { isDue } from './cases/first-contact.js';
import { buildDigestModel, digestKey } from './digest.js';
import { isRunning, JOB_NAMES, lastRunFailed, redactAddresses, type JobError, type JobName, type JobRecord } from './job-record.js';

/**
 * Is the service doing its job? `privacy-inbox status` and `/health` answer from this one function.
 *
 * Unhealthy (exit 1, HTTP 503) when any of these holds:
 * - POLL_STALE: poll-inbox has not finished a pass for STALE_RUNS poll intervals (at least
 *   MIN_STALE_MS), or never has. A first pass still running within that time does not count.
 * - DEADLINES_STALE: the same for check-deadlines and CHECK_DEADLINES_INTERVAL: without it no
 *   reminder, overdue alert or retention purge happens.
 * - JOB_FAILED: the most recent finished run of a job (poll-inbox, check-deadlines, weekly-digest)
 *   failed. Transient server errors were already retried inside that run (src/io/retry-transient.ts).
 * - OUTBOX_FAILED: a reply was given up on (state failed) within FAILED_REPLY_WINDOW_MS.
 * - OUTBOX_STUCK: a reply has been due for longer than the poll limit and is still not sent.
 * - STORE_UNREADABLE: db.json cannot be read (the service refuses a damaged store and stops).
 *
 * Everything else is a warning, reported but healthy: overdue cases (the team is alerted about them
 * by mail; a service that reports them is working), mail waiting, replies paced to a later day,
 * DRY_RUN, no TEAM_ADDRESSES, failures older than the window.
 */

/** Every code that makes the status unhealthy (the rules above). */
export const PROBLEM_CODES = ['POLL_STALE', 'DEADLINES_STALE', 'JOB_FAILED', 'OUTBOX_FAILED', 'OUTBOX_STUCK', 'STORE_UNREADABLE'] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A job is stale after this many of its intervals without a success... */
export const STALE_RUNS = 3;
/** ...and never sooner than this: a worker takes seconds to start, an IMAP reconnect retries with backoff. */
export const MIN_STALE_MS = 5 * 60_000;
/** A failed reply makes the service unhealthy for a week; after that it is a warning (there is no retry command). */
export const FAILED_REPLY_WINDOW_MS = 7 * 86_400_000;
const MAX_LISTED = 20;

export interface Finding {
  code: string;
  message: string;
}

export interface MailboxBacklog {
  kind: 'maildir' | 'imap';
  /** Messages waiting to be read; null when the mailbox could not be counted. */
  count: number | null;
  /** Arrival time of the oldest waiting message, when known. */
  oldestArrivedAt: string | null;
  /** Why the mailbox could not be counted. */
  error: string | null;
}

export interface HealthSettings {
  pollIntervalMs: number;
  checkIntervalMs: number;
  dryRun: boolean;
  timeZone: string;
  teamConfigured: boolean;
  digestCron: string;
  /** The next DIGEST_CRON slot after now (the caller asks a cron library), or null when there is none. */
  nextDigestAt: string | null;
}

export interface HealthInput {
  now: string;
  jobs: Partial<Record<JobName, JobRecord>>;
  db: DbData;
  /** Why db.json could not be read (then `db` is empty), or null. */
  storeError?: string | null;
  backlog: MailboxBacklog;
  settings: HealthSettings;
}

export interface JobView {
  job: JobName;
  /** False when the job never recorded a run. */
  recorded: boolean;
  running: boolean;
  lastStartedAt: string | null;
  lastFinishedAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: JobError | null;
  lastRunFailed: boolean;
  consecutiveFailures: number;
  /** No success for longer than this is unhealthy; null for a job without a staleness rule (the weekly digest). */
  staleAfterMs: number | null;
  lastCounts: Record<string, number>;
}

export interface FailedReply {
  key: string;
  caseId: string | null;
  templateId: string;
  failedAt: string | null;
  error: string | null;
}

export interface OutboxView {
  byState: Record<OutboxState, number>;
  /** Pending (or interrupted while sending) and not paced: the next pass sends these. */
  dueNow: number;
  oldestDueAt: string | null;
  /** First mail to new addresses held for a later day (MAX_NEW_ADDRESSES_PER_DAY, OutboxItem.notBefore). */
  paced: number;
  nextPacedAt: string | null;
  failedRecently: number;
  /** The most recent failures first (at most 20). */
  failed: FailedReply[];
}

export interface CasesView {
  open: number;
  overdue: number;
  dueWithin7Days: number;
  urgent: number;
  awaitingVerification: number;
  /** Most overdue first (at most 20); case ids only, never names or addresses. */
  overdueCases: Array<{ caseId: string; dueOn: string; daysOverdue: number }>;
}

export interface DigestView {
  cron: string;
  timeZone: string;
  nextAt: string | null;
  /** This ISO week's digest outbox key and its state, or null when it is not queued yet. */
  thisWeek: { key: string; state: OutboxState | null };
  teamConfigured: boolean;
}

export interface StatusReport {
  healthy: boolean;
  checkedAt: string;
  problems: Finding[];
  warnings: Finding[];
  dryRun: boolean;
  jobs: Record<JobName, JobView>;
  mailbox: MailboxBacklog;
  outbox: OutboxView;
  cases: CasesView;
  digest: DigestView;
}

export function staleAfterMs(intervalMs: number): number {
  return Math.max(STALE_RUNS * intervalMs, MIN_STALE_MS);
}

/** "45 s", "12 min", "3 h", "2 d": for messages a person reads. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} d`;
}

function age(now: string, since: string): number {
  return Date.parse(now) - Date.parse(since);
}

function jobView(job: JobName, record: JobRecord | undefined, settings: HealthSettings): JobView {
  const stale = job === 'poll-inbox' ? staleAfterMs(settings.pollIntervalMs) : job === 'check-deadlines' ? staleAfterMs(settings.checkIntervalMs) : null;
  return {
    job,
    recorded: record !== undefined,
    running: record ? isRunning(record) : false,
    lastStartedAt: record?.lastStartedAt ?? null,
    lastFinishedAt: record?.lastFinishedAt ?? null,
    lastSuccessAt: record?.lastSuccessAt ?? null,
    lastErrorAt: record?.lastErrorAt ?? null,
    lastError: record?.lastError ?? null,
    lastRunFailed: record ? lastRunFailed(record) : false,
    consecutiveFailures: record?.consecutiveFailures ?? 0,
    staleAfterMs: stale,
    lastCounts: record?.lastCounts ?? {},
  };
}

/** POLL_STALE / DEADLINES_STALE for a job with a staleness rule, or null. */
function staleness(view: JobView, now: string, code: string, hint: string): Finding | null {
  if (view.staleAfterMs === null) return null;
  // A job that never succeeded gets its first run's time: a service just started is not stale yet.
  const reference = view.lastSuccessAt ?? (view.running ? view.lastStartedAt : null);
  if (reference === null) {
    return { code, message: `${view.job} has never finished a run${view.lastRunFailed ? '' : ` (${hint})`}` };
  }
  const since = age(now, reference);
  if (since <= view.staleAfterMs) return null;
  const what = view.lastSuccessAt ? `no successful ${view.job} run for ${formatDuration(since)}` : `the first ${view.job} run has been going for ${formatDuration(since)}`;
  return { code, message: `${what} (limit ${formatDuration(view.staleAfterMs)})` };
}

function failedAtOf(item: OutboxItem): string | null {
  return item.failedAt ?? null;
}

function outboxView(db: DbData, now: string): OutboxView {
  const byState: Record<OutboxState, number> = { pending: 0, sending: 0, sent: 0, failed: 0, suppressed: 0 };
  const due: string[] = [];
  const paced: string[] = [];
  const failed: FailedReply[] = [];
  for (const item of Object.values(db.outbox)) {
    byState[item.state] = (byState[item.state] ?? 0) + 1;
    if (isDue(item, now)) due.push(item.notBefore ?? item.createdAt);
    else if (item.state === 'pending' && item.notBefore && item.notBefore > now) paced.push(item.notBefore);
    if (item.state === 'failed') {
      failed.push({ key: item.key, caseId: item.caseId, templateId: item.templateId, failedAt: failedAtOf(item), error: item.lastError === null ? null : redactAddresses(item.lastError).slice(0, 300) });
    }
  }
  // Unknown failure times sort last: they predate failedAt, so they are the oldest.
  failed.sort((a, b) => (b.failedAt ?? '').localeCompare(a.failedAt ?? '') || a.key.localeCompare(b.key));
  const failedRecently = failed.filter((reply) => reply.failedAt !== null && age(now, reply.failedAt) <= FAILED_REPLY_WINDOW_MS).length;
  return {
    byState,
    dueNow: due.length,
    oldestDueAt: due.sort()[0] ?? null,
    paced: paced.length,
    nextPacedAt: paced.sort()[0] ?? null,
    failedRecently,
    failed: failed.slice(0, MAX_LISTED),
  };
}

function casesView(db: DbData, now: string, timeZone: string): CasesView {
  const model = buildDigestModel(db, now, { timeZone, orgName: '', retentionMonths: 0 });
  return {
    open: model.totals.open,
    overdue: model.totals.overdue,
    dueWithin7Days: model.totals.dueSoon,
    urgent: model.totals.urgent,
    awaitingVerification: model.totals.awaitingVerification,
    overdueCases: model.overdue.slice(0, MAX_LISTED).map((row) => ({ caseId: row.caseId, dueOn: row.dueOn, daysOverdue: -row.daysLeft })),
  };
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The status report: every figure `status` shows, and the problems that make it unhealthy. */
export function assessHealth(input: HealthInput): StatusReport {
  const { now, db, backlog, settings } = input;
  const jobs = Object.fromEntries(JOB_NAMES.map((job) => [job, jobView(job, input.jobs[job], settings)])) as Record<JobName, JobView>;
  const outbox = outboxView(db, now);
  const cases = casesView(db, now, settings.timeZone);
  const thisWeekKey = digestKey(now, settings.timeZone);
  const digest: DigestView = {
    cron: settings.digestCron,
    timeZone: settings.timeZone,
    nextAt: settings.nextDigestAt,
    thisWeek: { key: thisWeekKey, state: db.outbox[thisWeekKey]?.state ?? null },
    teamConfigured: settings.teamConfigured,
  };
  const problems: Finding[] = [];
  const warnings: Finding[] = [];
  const pollLimit = staleAfterMs(settings.pollIntervalMs);
  if (input.storeError) problems.push({ code: 'STORE_UNREADABLE', message: input.storeError });

  const pollStale = staleness(jobs['poll-inbox'], now, 'POLL_STALE', 'is the service running? privacy-inbox start, or run-once from cron');
  if (pollStale) problems.push(pollStale);
  const deadlinesStale = staleness(jobs['check-deadlines'], now, 'DEADLINES_STALE', 'privacy-inbox start runs it; with cron, use run-once --jobs all');
  if (deadlinesStale) problems.push(deadlinesStale);
  for (const view of Object.values(jobs)) {
    if (!view.lastRunFailed) continue;
    const error = view.lastError ? `${view.lastError.code}: ${view.lastError.message}` : 'unknown error';
    problems.push({ code: 'JOB_FAILED', message: `the last ${view.job} run failed${view.consecutiveFailures > 1 ? ` (${view.consecutiveFailures} in a row)` : ''}: ${error}` });
  }
  if (outbox.failedRecently > 0) {
    problems.push({ code: 'OUTBOX_FAILED', message: `${plural(outbox.failedRecently, 'reply', 'replies')} failed for good in the last ${formatDuration(FAILED_REPLY_WINDOW_MS)} (privacy-inbox show <case> has the error)` });
  }
  if (!settings.dryRun && outbox.oldestDueAt !== null && age(now, outbox.oldestDueAt) > pollLimit) {
    problems.push({ code: 'OUTBOX_STUCK', message: `${plural(outbox.dueNow, 'reply', 'replies')} due and not sent, the oldest for ${formatDuration(age(now, outbox.oldestDueAt))} (limit ${formatDuration(pollLimit)})` });
  }

  const olderFailures = outbox.byState.failed - outbox.failedRecently;
  if (olderFailures > 0) warnings.push({ code: 'OUTBOX_FAILED_EARLIER', message: `${plural(olderFailures, 'reply', 'replies')} failed more than ${formatDuration(FAILED_REPLY_WINDOW_MS)} ago` });
  if (settings.dryRun && outbox.dueNow > 0) warnings.push({ code: 'DRY_RUN', message: `DRY_RUN is on: ${plural(outbox.dueNow, 'reply', 'replies')} due and held` });
  if (outbox.paced > 0) warnings.push({ code: 'OUTBOX_PACED', message: `${plural(outbox.paced, 'first reply', 'first replies')} to new addresses wait for their send day (MAX_NEW_ADDRESSES_PER_DAY)` });
  if (cases.overdue > 0) warnings.push({ code: 'CASES_OVERDUE', message: `${plural(cases.overdue, 'case')} overdue: ${cases.overdueCases.map((row) => row.caseId).join(', ')}${cases.overdue > cases.overdueCases.length ? ', …' : ''}` });
  if (backlog.count === null) warnings.push({ code: 'MAILBOX_UNREADABLE', message: `the mailbox could not be counted: ${backlog.error ?? 'unknown error'}` });
  else if (backlog.count > 0 && backlog.oldestArrivedAt !== null && age(now, backlog.oldestArrivedAt) > pollLimit) {
    warnings.push({ code: 'MAILBOX_WAITING', message: `${plural(backlog.count, 'message')} waiting in the mailbox, the oldest for ${formatDuration(age(now, backlog.oldestArrivedAt))}` });
  }
  if (!settings.teamConfigured) warnings.push({ code: 'NO_TEAM', message: 'TEAM_ADDRESSES is empty: escalations, reminders and the digest reach nobody' });

  return { healthy: problems.length === 0, checkedAt: now, problems, warnings, dryRun: settings.dryRun, jobs, mailbox: backlog, outbox, cases, digest };
}
