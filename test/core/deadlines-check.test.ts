import { describe, expect, it } from 'vitest';
import { computeCaseClock, planDeadlineChecks, planExtension, type DeadlineSettings } from '../../src/core/deadlines.js';
import { LA_DEADLINE_SETTINGS } from '../support/deadline-settings.js';
import { applyChanges, emptyDb } from '../../src/core/store-changes.js';
import type { CaseRecord, DbData, Label, OutboxItem } from '../../src/types.js';

const LA = 'America/Los_Angeles';

const settings: DeadlineSettings = LA_DEADLINE_SETTINGS;

const extensionContext = { now: '', secret: settings.secret, domain: settings.domain, toHash: 'h', timeZone: LA, maxRepliesPerSenderPerDay: 3, orgName: 'Calm Clinic', privacyAddress: 'privacy@example.test' };

function caseRecord(id: string, receivedAt: string, labels: Label[], state: CaseRecord['state'] = 'awaiting_team', withClock = true): CaseRecord {
  const record: CaseRecord = {
    id,
    requester: { address: 'alex.doe@example.net', name: 'Alex Doe' },
    subject: 'Delete my data',
    labels,
    primary: labels[0] ?? 'other',
    language: 'en',
    state,
    receivedAt,
    dueAt: null,
    messageKeys: [],
    threadIds: ['req-1@example.net'],
    events: [],
    flags: [],
  };
  if (withClock) {
    record.clock = computeCaseClock({ receivedAt, labels, regimes: ['ccpa'], evidence: [], timeZone: LA, promisedResponseDays: null, now: receivedAt });
    record.dueAt = record.clock.firstDueAt;
  }
  return record;
}

function dbWith(...records: CaseRecord[]): DbData {
  const db = emptyDb();
  for (const record of records) db.cases[record.id] = record;
  return db;
}

/** 10:00 in Los Angeles on a local date (PST or PDT). */
function at10(date: string): string {
  const offset = date >= '2026-03-08' && date < '2026-11-01' ? 7 : 8;
  return `${date}T${String(10 + offset).padStart(2, '0')}:00:00.000Z`;
}

function keys(db: DbData): string[] {
  return Object.keys(db.outbox).sort();
}

describe('planDeadlineChecks', () => {
  // Deletion received Mon 2 Mar 2026 (CCPA): due Wed 15 Apr; 7-day reminder Wed 8 Apr, 2-day Mon 13 Apr; suggestion Fri 10 Apr.
  it('sends each reminder once, on its day, during working hours only', () => {
    const db = dbWith(caseRecord('PR-2026-0001', '2026-03-02T18:00:00Z', ['deletion']));
    const sent: Record<string, string> = {};
    for (let day = 0; day < 52; day++) {
      const date = new Date(Date.UTC(2026, 2, 2 + day)).toISOString().slice(0, 10);
      for (const hour of ['T06:00:00.000Z', 'T12:00:00.000Z', null]) {
        const now = hour ? `${date}${hour}` : at10(date);
        const { changes } = planDeadlineChecks(db, now, settings);
        applyChanges(db, changes);
        for (const key of keys(db)) sent[key] ??= date;
      }
    }
    expect(sent['PR-2026-0001:reminder-due:7d-2026-04-15']).toBe('2026-04-08');
    expect(sent['PR-2026-0001:reminder-extension:1']).toBe('2026-04-10');
    expect(sent['PR-2026-0001:reminder-due:2d-2026-04-15']).toBe('2026-04-13');
    // Overdue from 23:59:59 UTC on Wed 15 Apr (the earlier of the UTC and Los Angeles day ends, doc section 2):
    // the first alert at once (16:59 local), then every working day, not Sat 18 / Sun 19.
    const overdue = keys(db).filter((key) => key.includes('reminder-overdue')).map((key) => key.split(':').at(-1));
    expect(overdue.slice(0, 5)).toEqual(['2026-04-15', '2026-04-16', '2026-04-17', '2026-04-20', '2026-04-21']);
    // The reminders went to the whole team with initials only.
    const reminder = db.outbox['PR-2026-0001:reminder-due:7d-2026-04-15'];
    expect(reminder?.to).toEqual(settings.team);
    expect(JSON.stringify(reminder?.vars)).not.toContain('alex.doe@example.net');
    expect(reminder?.vars.requesterInitials).toBe('AD');
    // One subject for every team mail about the case; the state and the dates are in the body.
    const teamMail = Object.values(db.outbox);
    expect(new Set(teamMail.map((item) => item.templateId))).toEqual(new Set(['reminder-due', 'reminder-ack', 'reminder-extension', 'reminder-overdue']));
    expect(new Set(teamMail.map((item) => item.subject))).toEqual(new Set(['[PR-2026-0001] AD deletion']));
  });

  it('keeps the subject the first team mail fixed, even after the labels changed', () => {
    const record = caseRecord('PR-2026-0009', '2026-03-02T18:00:00Z', ['child_data', 'deletion']);
    record.lifecycle = { confidence: 1, verification: null, agent: null, optOutDoneAt: null, assignee: null, teamThreadIds: ['esc-1@example.test'], escalations: 1, teamSubject: '[PR-2026-0009] AD deletion' };
    const db = dbWith(record);
    applyChanges(db, planDeadlineChecks(db, at10('2026-04-08'), settings).changes);
    const reminder = db.outbox['PR-2026-0009:reminder-due:7d-2026-04-15'];
    expect(reminder).toMatchObject({ subject: '[PR-2026-0009] AD deletion', inReplyTo: 'esc-1@example.test' });
    expect(reminder?.vars).toMatchObject({ requestType: 'child data + deletion', state: 'awaiting team', dueOn: '2026-04-15', daysLeft: 7 });
  });

  it('holds team mail at night and on weekends, but not the first overdue alert', () => {
    const db = dbWith(caseRecord('PR-2026-0002', '2026-03-02T18:00:00Z', ['deletion']));
    expect(planDeadlineChecks(db, '2026-04-08T06:00:00Z', settings).changes).toEqual([]); // 23:00 local
    expect(planDeadlineChecks(db, '2026-04-11T18:00:00Z', settings).changes).toEqual([]); // Saturday
    const saturdayOverdue = dbWith(caseRecord('PR-2026-0003', '2026-03-03T18:00:00Z', ['deletion'])); // due Thu 16 Apr
    const { summary } = planDeadlineChecks(saturdayOverdue, '2026-04-18T07:00:00Z', settings); // Sat 00:00 local
    expect(summary.overdueAlerts).toBe(1);
  });

  it('moves a reminder that falls on a holiday to the working day before (never later)', () => {
    // Received 16 Oct 2026: due 29 Nov (Sun); 2 days before = Fri 27 Nov, the day after Thanksgiving (US-CA holiday).
    const db = dbWith(caseRecord('PR-2026-0004', '2026-10-16T18:00:00Z', ['deletion']));
    expect(db.cases['PR-2026-0004']?.clock?.firstDueOn).toBe('2026-11-29');
    applyChanges(db, planDeadlineChecks(db, at10('2026-11-24'), settings).changes);
    expect(keys(db)).not.toContain('PR-2026-0004:reminder-due:2d-2026-11-29');
    applyChanges(db, planDeadlineChecks(db, at10('2026-11-25'), settings).changes);
    expect(keys(db)).toContain('PR-2026-0004:reminder-due:2d-2026-11-29');
  });

  it('stops when the case is handled, and gives clock-less cases a clock from the mail text', () => {
    const done = dbWith(caseRecord('PR-2026-0005', '2026-03-02T18:00:00Z', ['deletion'], 'done'));
    expect(planDeadlineChecks(done, at10('2026-04-20'), settings).changes).toEqual([]);
    const bare = dbWith(caseRecord('PR-2026-0006', '2026-03-02T18:00:00Z', ['disclosure'], 'received', false));
    const { changes } = planDeadlineChecks(bare, at10('2026-03-03'), settings, { 'PR-2026-0006': 'Under Art. 15 GDPR I want a copy' });
    applyChanges(bare, changes);
    expect(bare.cases['PR-2026-0006']?.clock?.firstDueOn).toBe('2026-04-02');
    expect(bare.cases['PR-2026-0006']?.clock?.regimes).toEqual(['ccpa', 'gdpr']);
    expect(bare.cases['PR-2026-0006']?.events.map((e) => e.type)).toContain('deadline_set');
    // A second pass from a stale snapshot cannot overwrite it (compare-and-set).
    applyChanges(bare, changes);
    expect(bare.cases['PR-2026-0006']?.events.filter((e) => e.type === 'deadline_set')).toHaveLength(1);
  });

  it('never reminds about a case closed after the snapshot was read', () => {
    const db = dbWith(caseRecord('PR-2026-0008', '2026-03-02T18:00:00Z', ['deletion']));
    const { changes } = planDeadlineChecks(db, at10('2026-04-08'), settings);
    (db.cases['PR-2026-0008'] as CaseRecord).state = 'done'; // the team's "done" landed first
    applyChanges(db, changes);
    expect(keys(db)).toEqual([]);
    expect(db.cases['PR-2026-0008']?.events.some((e) => e.type === 'reminder_queued')).toBe(false);
  });

  it('is idempotent: the same hour twice queues nothing new', () => {
    const db = dbWith(caseRecord('PR-2026-0007', '2026-03-02T18:00:00Z', ['deletion']));
    applyChanges(db, planDeadlineChecks(db, at10('2026-04-08'), settings).changes);
    const second = planDeadlineChecks(db, at10('2026-04-08'), settings);
    expect(second.changes).toEqual([]);
  });
});

describe('planExtension', () => {
  const record = caseRecord('PR-2026-0010', '2026-03-02T18:00:00Z', ['deletion']);

  it('extends once, before the first deadline, with the reason and the new date to the requester', () => {
    const db = dbWith(structuredClone(record));
    const now = '2026-04-10T18:00:00Z';
    const decision = planExtension(db.cases['PR-2026-0010'] as CaseRecord, { reason: 'records are held by our EHR vendor', by: 'team@example.test', via: 'team', now }, db, { ...extensionContext, now });
    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    applyChanges(db, decision.changes);
    const updated = db.cases['PR-2026-0010'];
    expect(updated?.clock?.extension?.dueOn).toBe('2026-05-30');
    expect(updated?.clock?.dueOn).toBe('2026-05-30');
    expect(updated?.dueAt).toBe('2026-05-30T23:59:59.999Z');
    const notice = db.outbox['PR-2026-0010:extension-notice:1'];
    expect(notice).toMatchObject({ state: 'pending', to: [record.requester], inReplyTo: 'req-1@example.net' });
    expect(notice?.vars).toMatchObject({ reason: 'records are held by our EHR vendor', newDueOn: '2026-05-30', previousDueOn: '2026-04-15' });

    const again = planExtension(updated as CaseRecord, { reason: 'more', by: 'team@example.test', via: 'team', now }, db, { ...extensionContext, now });
    expect(again).toMatchObject({ ok: false, code: 'ALREADY_EXTENDED' });
    // Two racing extensions: the store keeps the first.
    const racing = planExtension(record, { reason: 'other reason', by: 'b@example.test', via: 'team', now }, db, { ...extensionContext, now });
    if (racing.ok) applyChanges(db, racing.changes);
    expect(db.cases['PR-2026-0010']?.clock?.extension?.reason).toBe('records are held by our EHR vendor');
  });

  it('refuses after the first deadline, without a reason, for closed cases and where no rule allows one', () => {
    const db = dbWith(structuredClone(record));
    const late = planExtension(record, { reason: 'x', by: 't', via: 'team', now: '2026-04-16T18:00:00Z' }, db, extensionContext);
    expect(late).toMatchObject({ ok: false, code: 'PAST_FIRST_DEADLINE' });
    if (!late.ok) expect(late.explanation).toMatch(/first deadline \(2026-04-15\) has passed/);
    expect(planExtension(record, { reason: '  ', by: 't', via: 'team', now: '2026-04-01T18:00:00Z' }, db, extensionContext)).toMatchObject({ ok: false, code: 'NO_REASON' });
    expect(planExtension({ ...record, state: 'done' }, { reason: 'x', by: 't', via: 'team', now: '2026-04-01T18:00:00Z' }, db, extensionContext)).toMatchObject({ ok: false, code: 'CLOSED' });
    const optOut = caseRecord('PR-2026-0011', '2026-03-02T18:00:00Z', ['opt_out']);
    expect(planExtension(optOut, { reason: 'x', by: 't', via: 'team', now: '2026-03-04T18:00:00Z' }, db, extensionContext)).toMatchObject({ ok: false, code: 'NOT_EXTENDABLE' });
  });
});

describe('acknowledgement clock', () => {
  it('alerts the team once when the acknowledgement has not gone out two days before the ack date', () => {
    const db = dbWith(caseRecord('PR-2026-0020', '2026-03-02T18:00:00Z', ['deletion'])); // ack due Mon 16 Mar
    applyChanges(db, planDeadlineChecks(db, at10('2026-03-12'), settings).changes);
    expect(keys(db)).not.toContain('PR-2026-0020:reminder-ack:1');
    applyChanges(db, planDeadlineChecks(db, at10('2026-03-13'), settings).changes); // Fri: 14 Mar is a Saturday
    expect(keys(db)).toContain('PR-2026-0020:reminder-ack:1');
    const sent = dbWith(caseRecord('PR-2026-0021', '2026-03-02T18:00:00Z', ['deletion']));
    sent.outbox['PR-2026-0021:acknowledgement:1'] = { ...(db.outbox['PR-2026-0020:reminder-ack:1'] as OutboxItem), key: 'PR-2026-0021:acknowledgement:1', caseId: 'PR-2026-0021', templateId: 'acknowledgement', state: 'sent' };
    applyChanges(sent, planDeadlineChecks(sent, at10('2026-03-13'), settings).changes);
    expect(keys(sent)).not.toContain('PR-2026-0021:reminder-ack:1');
  });
});

describe('clock restarts and time zones', () => {
  it('restarts only a UK GDPR clock when requested identity arrives, once', () => {
    const receivedAt = '2026-03-02T12:00:00Z';
    const record = caseRecord('PR-2026-0030', receivedAt, ['disclosure'], 'verified', false);
    record.clock = computeCaseClock({ receivedAt, labels: ['disclosure'], regimes: ['uk_gdpr'], evidence: [], timeZone: LA, promisedResponseDays: null, now: receivedAt });
    record.dueAt = record.clock.firstDueAt;
    record.lifecycle = { verification: { mailboxVerifiedAt: '2026-03-20T18:00:00Z', teamVerifiedAt: null } } as unknown as CaseRecord['lifecycle'];
    const ccpa = caseRecord('PR-2026-0031', receivedAt, ['disclosure'], 'verified');
    ccpa.lifecycle = record.lifecycle;
    const db = dbWith(record, ccpa);
    const { changes, summary } = planDeadlineChecks(db, at10('2026-03-21'), settings);
    applyChanges(db, changes);
    expect(summary.clocksRestarted).toBe(1);
    expect(db.cases['PR-2026-0030']?.clock).toMatchObject({ receivedOn: '2026-03-02', restartedOn: '2026-03-20', firstDueOn: '2026-04-20' });
    expect(db.cases['PR-2026-0030']?.events.map((e) => e.type)).toContain('deadline_restarted');
    expect(db.cases['PR-2026-0031']?.clock?.firstDueOn).toBe('2026-04-15'); // CCPA never waits for identity
    expect(planDeadlineChecks(db, at10('2026-03-22'), settings).summary.clocksRestarted).toBe(0);
  });

  it('counts working hours on the local clock across the DST change', () => {
    const db = dbWith(caseRecord('PR-2026-0032', '2026-01-20T18:00:00Z', ['deletion'])); // due Thu 5 Mar; 2-day reminder Tue 3 Mar
    // 16:30 UTC is 08:30 PST on 3 Mar (before hours) ...
    expect(planDeadlineChecks(db, '2026-03-03T16:30:00Z', settings).summary.heldForWorkingHours).toBe(true);
    // ... and 09:30 PDT on 10 Mar, after the clocks went forward on 8 Mar.
    expect(planDeadlineChecks(db, '2026-03-10T16:30:00Z', settings).summary.heldForWorkingHours).toBe(false);
    expect(planDeadlineChecks(db, '2026-03-03T17:30:00Z', settings).changes.some((c) => c.type === 'queueCaseMail' && c.item.key === 'PR-2026-0032:reminder-due:2d-2026-03-05')).toBe(true);
  });
});

describe('partly answered requests', () => {
  it('once the opt-out is done, the rest of a deletion + opt-out keeps its own 45-day clock', () => {
    const record = caseRecord('PR-2026-0040', '2026-03-02T18:00:00Z', ['deletion', 'opt_out'], 'awaiting_verification', false);
    record.clock = computeCaseClock({ receivedAt: record.receivedAt, labels: record.labels, regimes: ['ccpa', 'us_marketing'], evidence: [], timeZone: LA, promisedResponseDays: null, now: record.receivedAt });
    record.dueAt = record.clock.firstDueAt;
    expect(record.clock).toMatchObject({ firstDueOn: '2026-03-16', extensionDueOn: null });
    const db = dbWith(record);
    applyChanges(db, planDeadlineChecks(db, at10('2026-03-09'), settings).changes);
    expect(keys(db)).toContain('PR-2026-0040:reminder-due:7d-2026-03-16');
    (db.cases['PR-2026-0040'] as CaseRecord).lifecycle = { optOutDoneAt: '2026-03-09T20:00:00Z', verification: null } as unknown as CaseRecord['lifecycle'];
    const { changes } = planDeadlineChecks(db, at10('2026-03-10'), settings);
    applyChanges(db, changes);
    expect(db.cases['PR-2026-0040']?.clock).toMatchObject({ firstDueOn: '2026-04-15', governedBy: 'ccpa:delete', extensionDueOn: '2026-05-30' });
    expect(db.cases['PR-2026-0040']?.events.find((e) => e.type === 'deadline_moved')?.data).toMatchObject({ from: '2026-03-16', dueOn: '2026-04-15' });
    expect(planDeadlineChecks(db, at10('2026-03-11'), settings).summary.clocksRestarted).toBe(0);
    // The moved deadline gets its own reminders.
    applyChanges(db, planDeadlineChecks(db, at10('2026-04-08'), settings).changes);
    expect(keys(db)).toContain('PR-2026-0040:reminder-due:7d-2026-04-15');
  });
});

describe('scale', () => {
  it('plans an hourly pass over 5,000 open cases and 20,000 outbox items', () => {
    const db = emptyDb();
    for (let i = 0; i < 5000; i++) {
      const record = caseRecord(`PR-2026-${String(i).padStart(5, '0')}`, new Date(Date.parse('2026-01-01T18:00:00Z') + (i % 120) * 86_400_000).toISOString(), ['deletion']);
      db.cases[record.id] = record;
      for (let k = 0; k < 4; k++) {
        const key = `${record.id}:acknowledgement:${k}`;
        db.outbox[key] = { key, messageId: key, caseId: record.id, templateId: 'acknowledgement', to: [], toHash: 'h', vars: {}, inReplyTo: null, references: [], subject: '', state: 'sent', createdAt: record.receivedAt, sentAt: record.receivedAt, attempts: 1, lastError: null };
      }
    }
    const started = performance.now();
    const { summary } = planDeadlineChecks(db, '2026-04-08T17:00:00Z', settings);
    const elapsed = performance.now() - started;
    expect(summary.open).toBe(5000);
    expect(summary.overdueAlerts + summary.reminders).toBeGreaterThan(2000);
    expect(elapsed).toBeLessThan(3000);
  });
});
