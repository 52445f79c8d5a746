/**
 * What each scheduled job records about its runs, for `privacy-inbox status` and `/health`. The
 * record holds times, an error code and numbers only: it is an operational record, not a copy of
 * any mail (GDPR Art. 5(1)(c) data minimisation).
 */

/** The bree job names (jobs/*.ts); `run-once` records under the same names. */
export const JOB_NAMES = ['poll-inbox', 'check-deadlines', 'weekly-digest'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export interface JobError {
  /** A BotError code, or UNEXPECTED. */
  code: string;
  /** The error message with any email address replaced, at most MAX_ERROR_CHARS long. */
  message: string;
}

export interface JobRecord {
  version: 1;
  job: JobName;
  lastStartedAt: string | null;
  lastFinishedAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  /** The error of the most recent failed run (kept after later successes, for the record). */
  lastError: JobError | null;
  /** Failed runs since the last success; 0 when the last run succeeded. */
  consecutiveFailures: number;
  /** The numbers of the last successful run's summary (messages listed, replies sent, ...). */
  lastCounts: Record<string, number>;
}

const MAX_ERROR_CHARS = 300;

export function isJobName(value: string): value is JobName {
  return (JOB_NAMES as readonly string[]).includes(value);
}

export function emptyJobRecord(job: JobName): JobRecord {
  return { version: 1, job, lastStartedAt: null, lastFinishedAt: null, lastSuccessAt: null, lastErrorAt: null, lastError: null, consecutiveFailures: 0, lastCounts: {} };
}

/**
 * Error text can quote a server's reply, and an SMTP reply often names the recipient
 * ("550 5.1.1 <someone@example.com>: Recipient address rejected"): addresses never reach the record.
 */
export function redactAddresses(text: string): string {
  return text.replace(/[^\s<>()[\]"',;:@]+@[^\s<>()[\]"',;:@]+/g, '<address>');
}

export function jobError(error: unknown): JobError {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'UNEXPECTED';
  const message = error instanceof Error ? error.message : String(error);
  return { code, message: redactAddresses(message).slice(0, MAX_ERROR_CHARS) };
}

/**
 * The numbers of a job summary, nested objects flattened with dots (`send.sent`). Strings are
 * dropped on purpose: a summary field that one day carries an address or subject stays out. A job
 * that returns one summary per pass (poll-inbox) gets them summed, with `passes` their number.
 */
export function countsOf(summary: unknown, prefix = ''): Record<string, number> {
  const counts: Record<string, number> = {};
  if (Array.isArray(summary) && prefix === '') {
    for (const pass of summary) for (const [key, value] of Object.entries(countsOf(pass))) counts[key] = (counts[key] ?? 0) + value;
    counts.passes = summary.length;
    return counts;
  }
  if (typeof summary !== 'object' || summary === null) return counts;
  for (const [key, value] of Object.entries(summary)) {
    const name = `${prefix}${key}`;
    if (typeof value === 'number' && Number.isFinite(value)) counts[name] = value;
    else if (typeof value === 'boolean') counts[name] = value ? 1 : 0;
    else if (Array.isArray(value)) counts[`${name}.length`] = value.length;
    else if (typeof value === 'object' && value !== null) Object.assign(counts, countsOf(value, `${name}.`));
  }
  return counts;
}

export function recordStart(record: JobRecord, now: string): JobRecord {
  return { ...record, lastStartedAt: now };
}

export function recordSuccess(record: JobRecord, now: string, summary: unknown): JobRecord {
  return { ...record, lastFinishedAt: now, lastSuccessAt: now, consecutiveFailures: 0, lastCounts: countsOf(summary) };
}

export function recordFailure(record: JobRecord, now: string, error: unknown): JobRecord {
  return { ...record, lastFinishedAt: now, lastErrorAt: now, lastError: jobError(error), consecutiveFailures: record.consecutiveFailures + 1 };
}

/** A run started and not finished: still running, or killed before it could record its end. */
export function isRunning(record: JobRecord): boolean {
  return record.lastStartedAt !== null && (record.lastFinishedAt === null || record.lastFinishedAt < record.lastStartedAt);
}

/** True when the most recent finished run failed. */
export function lastRunFailed(record: JobRecord): boolean {
  return record.consecutiveFailures > 0;
}

/** Parses a record read from disk; anything that is not one (a partial copy, an older layout) is null. */
export function parseJobRecord(value: unknown, job: JobName): JobRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Partial<JobRecord>;
  if (record.version !== 1 || record.job !== job) return null;
  const time = (field: unknown): string | null => (typeof field === 'string' && !Number.isNaN(Date.parse(field)) ? field : null);
  const error = record.lastError;
  return {
    version: 1,
    job,
    lastStartedAt: time(record.lastStartedAt),
    lastFinishedAt: time(record.lastFinishedAt),
    lastSuccessAt: time(record.lastSuccessAt),
    lastErrorAt: time(record.lastErrorAt),
    lastError: error && typeof error.code === 'string' && typeof error.message === 'string' ? { code: error.code, message: error.message } : null,
    consecutiveFailures: typeof record.consecutiveFailures === 'number' && record.consecutiveFailures >= 0 ? record.consecutiveFailures : 0,
    lastCounts: countsOf(record.lastCounts),
  };
}
