import { describe, expect, it } from 'vitest';
import { computeCaseClock } from '../../src/core/deadlines.js';
import { assessHealth, formatDuration, MIN_STALE_MS, staleAfterMs, type HealthInput, type MailboxBacklog } from '../../src/core/health.js';
import { countsOf, emptyJobRecord, jobError, parseJobRecord, recordFailure, recordStart, recordSuccess, redactAddresses, type JobName, type JobRecord } from '../../src/core/job-record.js';
import { emptyDb } from '../../src/core/store-changes.js';
import type { CaseRecord, DbData, OutboxItem } from '../../src/types.js';

const LA = 'America/Los_Angeles';
const NOW = '2026-03-02T17:30:00Z'; // Monday 09:30 in Los Angeles
const MIN = 60_000;

function ago(ms: number): string {
  return new Date(Date.parse(NOW) - ms).toISOString();
}

/** A job that last succeeded `ms` ago. */
function succeeded(job: JobName, ms: number): JobRecord {
  return recordSuccess(recordStart(emptyJobRecord(job), ago(ms + 1000)), ago(ms), { listed: 2, send: { sent: 1 } });
}

function healthyJobs(): HealthInput['jobs'] {
  return { 'poll-inbox': succeeded('poll-inbox', 30_000), 'check-deadlines': succeeded('check-deadlines', 20 * MIN) };
}

const EMPTY_MAILDIR: MailboxBacklog = { kind: 'maildir', count: 0, oldestArrivedAt: null, error: null };

function input(overrides: Partial<HealthInput> = {}, settings: Partial<HealthInput['settings']> = {}): HealthInput {
  return {
    now: NOW,
    jobs: healthyJobs(),
    db: emptyDb(),
    backlog: EMPTY_MAILDIR,
    ...overrides,
    settings: { pollIntervalMs: MIN, checkIntervalMs: 60 * MIN, dryRun: false, timeZone: LA, teamConfigured: true, digestCron: '0 9 * * 1', nextDigestAt: '2026-03-09T16:00:00.000Z', ...settings },
  };
}

function item(key: string, fields: Partial<OutboxItem>): OutboxItem {
  return {
    key,
    messageId: `<${key}@example.test>`,
    caseId: key.split(':')[0] ?? null,
    templateId: 'acknowledgement',
    to: [{ address: 'casey@example.net', name: 'Casey' }],
    toHash: 'abc',
    vars: {},
    inReplyTo: null,
    references: [],
    subject: 'Your request',
    state: 'pending',
    createdAt: ago(MIN),
    sentAt: null,
    attempts: 0,
    lastError: null,
    ...fields,
  };
}

function openCase(id: string, receivedAt: string): CaseRecord {
  const clock = computeCaseClock({ receivedAt, labels: ['disclosure'], regimes: ['ccpa'], evidence: [], timeZone: LA, promisedResponseDays: null, now: receivedAt });
  return {
    id,
    requester: { address: 'maria.ortiz@example.net', name: 'Maria Ortiz' },
    subject: 'What data do you hold about me?',
    labels: ['disclosure'],
    primary: 'disclosure',
    language: 'en',
    state: 'awaiting_team',
    receivedAt,
    dueAt: clock.firstDueAt,
    clock,
    messageKeys: [],
    threadIds: [],
    events: [],
    flags: [],
  };
}

function dbWith(items: OutboxItem[], cases: CaseRecord[] = []): DbData {
  const db = emptyDb();
  for (const entry of items) db.outbox[entry.key] = entry;
  for (const record of cases) db.cases[record.id] = record;
  return db;
}

function codes(report: ReturnType<typeof assessHealth>): { problems: string[]; warnings: string[] } {
  return { problems: report.problems.map((finding) => finding.code), warnings: report.warnings.map((finding) => finding.code) };
}

describe('assessHealth: what makes the service unhealthy', () => {
  const cases: Array<{ name: string; input: HealthInput; healthy: boolean; problems: string[]; warnings?: string[] }> = [
    { name: 'recent poll and deadline runs, nothing waiting', input: input(), healthy: true, problems: [] },
    { name: 'no job ever recorded (service not running)', input: input({ jobs: {} }), healthy: false, problems: ['POLL_STALE', 'DEADLINES_STALE'] },
    { name: 'last poll 4 min ago with a 1 min interval: within the 5 min floor', input: input({ jobs: { ...healthyJobs(), 'poll-inbox': succeeded('poll-inbox', 4 * MIN) } }), healthy: true, problems: [] },
    { name: 'last poll 6 min ago with a 1 min interval', input: input({ jobs: { ...healthyJobs(), 'poll-inbox': succeeded('poll-inbox', 6 * MIN) } }), healthy: false, problems: ['POLL_STALE'] },
    {
      name: 'last poll 6 min ago with a 5 min interval: 3 intervals allowed',
      input: input({ jobs: { ...healthyJobs(), 'poll-inbox': succeeded('poll-inbox', 6 * MIN) } }, { pollIntervalMs: 5 * MIN }),
      healthy: true,
      problems: [],
    },
    {
      name: 'first poll of a just started service still running',
      input: input({ jobs: { ...healthyJobs(), 'poll-inbox': recordStart(emptyJobRecord('poll-inbox'), ago(10_000)) } }),
      healthy: true,
      problems: [],
    },
    {
      name: 'first poll started 10 min ago and never finished (hung)',
      input: input({ jobs: { ...healthyJobs(), 'poll-inbox': recordStart(emptyJobRecord('poll-inbox'), ago(10 * MIN)) } }),
      healthy: false,
      problems: ['POLL_STALE'],
    },
    {
      name: 'check-deadlines silent for 4 hours with an hourly interval',
      input: input({ jobs: { ...healthyJobs(), 'check-deadlines': succeeded('check-deadlines', 4 * 60 * MIN) } }),
      healthy: false,
      problems: ['DEADLINES_STALE'],
    },
    {
      name: 'the last poll run failed (after retries), an earlier one succeeded a minute ago',
      input: input({ jobs: { ...healthyJobs(), 'poll-inbox': recordFailure(recordStart(succeeded('poll-inbox', MIN), ago(10_000)), ago(5_000), Object.assign(new Error('IMAP connection to 127.0.0.1:993 refused'), { code: 'MAIL_SOURCE' })) } }),
      healthy: false,
      problems: ['JOB_FAILED'],
    },
    {
      name: 'the weekly digest failed last Monday, even with no staleness rule of its own',
      input: input({ jobs: { ...healthyJobs(), 'weekly-digest': recordFailure(recordStart(emptyJobRecord('weekly-digest'), ago(7 * 24 * 60 * MIN)), ago(7 * 24 * 60 * MIN), new Error('boom')) } }),
      healthy: false,
      problems: ['JOB_FAILED'],
    },
    {
      name: 'a failure followed by a success is healthy again',
      input: input({ jobs: { ...healthyJobs(), 'poll-inbox': recordSuccess(recordFailure(succeeded('poll-inbox', 3 * MIN), ago(2 * MIN), new Error('x')), ago(MIN), {}) } }),
      healthy: true,
      problems: [],
    },
    {
      name: 'a reply failed for good yesterday',
      input: input({ db: dbWith([item('PR-2026-0001:acknowledgement:1', { state: 'failed', failedAt: ago(24 * 60 * MIN), lastError: '550 5.1.1 <casey@example.net>: Recipient address rejected' })]) }),
      healthy: false,
      problems: ['OUTBOX_FAILED'],
    },
    {
      name: 'a reply failed 8 days ago: a warning only',
      input: input({ db: dbWith([item('PR-2026-0001:acknowledgement:1', { state: 'failed', failedAt: ago(8 * 24 * 60 * MIN) })]) }),
      healthy: true,
      problems: [],
      warnings: ['OUTBOX_FAILED_EARLIER'],
    },
    {
      name: 'a reply due for 10 minutes and not sent',
      input: input({ db: dbWith([item('PR-2026-0001:acknowledgement:1', { createdAt: ago(10 * MIN), attempts: 3, lastError: 'connection refused' })]) }),
      healthy: false,
      problems: ['OUTBOX_STUCK'],
    },
    {
      name: 'a reply queued a minute ago is simply due',
      input: input({ db: dbWith([item('PR-2026-0001:acknowledgement:1', { createdAt: ago(MIN) })]) }),
      healthy: true,
      problems: [],
    },
    {
      name: 'a first reply paced to tomorrow is not stuck, whatever its age',
      input: input({ db: dbWith([item('PR-2026-0001:acknowledgement:1', { createdAt: ago(20 * 60 * MIN), notBefore: '2026-03-03T08:00:00.000Z', firstContact: true })]) }),
      healthy: true,
      problems: [],
      warnings: ['OUTBOX_PACED'],
    },
    {
      name: 'DRY_RUN holds due replies: a warning, not stuck',
      input: input({ db: dbWith([item('PR-2026-0001:acknowledgement:1', { createdAt: ago(60 * MIN) })]) }, { dryRun: true }),
      healthy: true,
      problems: [],
      warnings: ['DRY_RUN'],
    },
    {
      name: 'overdue cases are the team\'s business: a warning',
      input: input({ db: dbWith([], [openCase('PR-2026-0002', '2026-01-15T18:00:00Z')]) }),
      healthy: true,
      problems: [],
      warnings: ['CASES_OVERDUE'],
    },
    {
      name: 'mail waiting for 20 minutes while polls succeed: a warning',
      input: input({ backlog: { kind: 'maildir', count: 2, oldestArrivedAt: ago(20 * MIN), error: null } }),
      healthy: true,
      problems: [],
      warnings: ['MAILBOX_WAITING'],
    },
    {
      name: 'a mailbox that cannot be counted: a warning (the poll job reports its own failure)',
      input: input({ backlog: { kind: 'imap', count: null, oldestArrivedAt: null, error: 'ECONNREFUSED' } }),
      healthy: true,
      problems: [],
      warnings: ['MAILBOX_UNREADABLE'],
    },
    { name: 'no TEAM_ADDRESSES', input: input({}, { teamConfigured: false }), healthy: true, problems: [], warnings: ['NO_TEAM'] },
    { name: 'db.json unreadable', input: input({ storeError: 'STORE_CORRUPT: db.json is not valid JSON' }), healthy: false, problems: ['STORE_UNREADABLE'] },
  ];
  for (const { name, input: given, healthy, problems, warnings } of cases) {
    it(name, () => {
      const report = assessHealth(given);
      expect(report.healthy).toBe(healthy);
      expect(codes(report).problems).toEqual(problems);
      expect(codes(report).warnings).toEqual(warnings ?? []);
    });
  }
});

describe('assessHealth: the figures', () => {
  it('counts the outbox by state, due now, paced with the next send day, and failures newest first', () => {
    const db = dbWith([
      item('PR-2026-0001:acknowledgement:1', { state: 'sent', sentAt: ago(MIN) }),
      item('PR-2026-0002:acknowledgement:1', {}),
      item('PR-2026-0003:acknowledgement:1', { notBefore: '2026-03-04T08:00:00.000Z' }),
      item('PR-2026-0004:acknowledgement:1', { notBefore: '2026-03-03T08:00:00.000Z' }),
      item('PR-2026-0005:acknowledgement:1', { state: 'failed', failedAt: ago(2 * MIN), lastError: '550 <bob@example.org> unknown' }),
      item('PR-2026-0006:acknowledgement:1', { state: 'failed', failedAt: ago(MIN) }),
      item('PR-2026-0007:acknowledgement:1', { state: 'failed' }),
      item('PR-2026-0008:acknowledgement:1', { state: 'suppressed' }),
    ]);
    const report = assessHealth(input({ db }));
    expect(report.outbox.byState).toEqual({ pending: 3, sending: 0, sent: 1, failed: 3, suppressed: 1 });
    expect(report.outbox.dueNow).toBe(1);
    expect(report.outbox.paced).toBe(2);
    expect(report.outbox.nextPacedAt).toBe('2026-03-03T08:00:00.000Z');
    expect(report.outbox.failedRecently).toBe(2);
    expect(report.outbox.failed.map((reply) => reply.key)).toEqual(['PR-2026-0006:acknowledgement:1', 'PR-2026-0005:acknowledgement:1', 'PR-2026-0007:acknowledgement:1']);
    expect(report.outbox.failed[1]?.error).toBe('550 <<address>> unknown');
  });

  it('lists overdue cases by id with days overdue, and reports this week\'s digest and the next slot', () => {
    const db = dbWith([item('digest:2026-W10', { caseId: null, templateId: 'digest', state: 'sent' })], [openCase('PR-2026-0002', '2026-01-15T18:00:00Z'), openCase('PR-2026-0009', '2026-02-27T18:00:00Z')]);
    const report = assessHealth(input({ db }));
    expect(report.cases).toMatchObject({ open: 2, overdue: 1, overdueCases: [{ caseId: 'PR-2026-0002', dueOn: '2026-02-28', daysOverdue: 2 }] });
    expect(report.digest).toEqual({ cron: '0 9 * * 1', timeZone: LA, nextAt: '2026-03-09T16:00:00.000Z', thisWeek: { key: 'digest:2026-W10', state: 'sent' }, teamConfigured: true });
  });

  it('never carries a requester address, name or subject, even from a failed reply\'s SMTP error', () => {
    const db = dbWith([item('PR-2026-0002:acknowledgement:1', { state: 'failed', failedAt: ago(MIN), lastError: '550 5.1.1 <maria.ortiz@example.net>: Recipient address rejected' })], [openCase('PR-2026-0002', '2026-01-15T18:00:00Z')]);
    const text = JSON.stringify(assessHealth(input({ db })));
    expect(text).toContain('PR-2026-0002');
    expect(text).not.toMatch(/maria|ortiz|What data/i);
  });

  it('reports each job with its stale limit, running flag and last counts', () => {
    const report = assessHealth(input({ jobs: { 'poll-inbox': recordStart(succeeded('poll-inbox', MIN), ago(1000)) } }));
    expect(report.jobs['poll-inbox']).toMatchObject({ recorded: true, running: true, staleAfterMs: MIN_STALE_MS, lastCounts: { listed: 2, 'send.sent': 1 } });
    expect(report.jobs['check-deadlines']).toMatchObject({ recorded: false, running: false, staleAfterMs: 3 * 60 * MIN });
    expect(report.jobs['weekly-digest'].staleAfterMs).toBeNull();
  });
});

describe('job records', () => {
  it('keep numbers only: strings in a summary never reach the record', () => {
    expect(countsOf({ listed: 3, ok: true, key: 'digest:2026-W10', reason: 'casey@example.net', send: { sent: 1, failed: 0 }, rows: [1, 2] })).toEqual({ listed: 3, ok: 1, 'send.sent': 1, 'send.failed': 0, 'rows.length': 2 });
  });

  it('sum the summaries of a job that returns one per pass', () => {
    expect(countsOf([{ listed: 2, send: { sent: 1 } }, { listed: 1, send: { sent: 0 } }])).toEqual({ listed: 3, 'send.sent': 1, passes: 2 });
  });

  it('redact addresses from error messages and keep the code', () => {
    expect(redactAddresses('550 <a.b+c@example.co.uk>: rejected; also x@y.z')).toBe('550 <<address>>: rejected; also <address>');
    expect(jobError(Object.assign(new Error('to bob@example.org failed'), { code: 'SEND_PERMANENT' }))).toEqual({ code: 'SEND_PERMANENT', message: 'to <address> failed' });
    expect(jobError('x'.repeat(1000)).message).toHaveLength(300);
  });

  it('count failures in a row and reset on success', () => {
    let record = emptyJobRecord('poll-inbox');
    record = recordFailure(recordStart(record, ago(3000)), ago(2900), new Error('a'));
    record = recordFailure(recordStart(record, ago(2000)), ago(1900), new Error('b'));
    expect(record).toMatchObject({ consecutiveFailures: 2, lastError: { code: 'UNEXPECTED', message: 'b' }, lastSuccessAt: null });
    record = recordSuccess(recordStart(record, ago(1000)), ago(900), { listed: 0 });
    expect(record).toMatchObject({ consecutiveFailures: 0, lastSuccessAt: ago(900), lastError: { message: 'b' } });
  });

  it('parse back only what is a record of the named job', () => {
    const record = succeeded('poll-inbox', MIN);
    expect(parseJobRecord(JSON.parse(JSON.stringify(record)), 'poll-inbox')).toEqual(record);
    expect(parseJobRecord(record, 'check-deadlines')).toBeNull();
    expect(parseJobRecord({ version: 2 }, 'poll-inbox')).toBeNull();
    expect(parseJobRecord({ ...record, lastSuccessAt: 'yesterday', consecutiveFailures: -1 }, 'poll-inbox')).toMatchObject({ lastSuccessAt: null, consecutiveFailures: 0 });
  });

  it('stale limits: 3 intervals, never under 5 minutes; durations read as a person would say them', () => {
    expect(staleAfterMs(10_000)).toBe(5 * MIN);
    expect(staleAfterMs(60 * MIN)).toBe(180 * MIN);
    expect([formatDuration(45_000), formatDuration(12 * MIN), formatDuration(3 * 60 * MIN), formatDuration(3 * 24 * 60 * MIN)]).toEqual(['45 s', '12 min', '3 h', '3 d']);
  });
});
