import { beforeAll, describe, expect, it } from 'vitest';
import { URGENT } from '../../src/core/case-machine.js';
import { addCalendarDays, computeCaseClock, instantOfWallTime, planDeadlineChecks, type DeadlineSettings } from '../../src/core/deadlines.js';
import { LA_DEADLINE_SETTINGS } from '../support/deadline-settings.js';
import { createRenderer, type RenderedMail } from '../../src/core/render.js';
import { applyChanges, emptyDb } from '../../src/core/store-changes.js';
import { loadTemplates } from '../../src/io/templates.js';
import type { CaseRecord, DbData, Label, OutboxItem } from '../../src/types.js';

const LA = 'America/Los_Angeles';

const settings: DeadlineSettings = LA_DEADLINE_SETTINGS;

let render: (templateId: string, vars: Record<string, unknown>) => RenderedMail;
beforeAll(async () => {
  render = createRenderer(await loadTemplates());
});

/** The instant of a wall-clock time in Los Angeles (PST or PDT). */
function local(date: string, hour: number, minute = 0): string {
  return new Date(instantOfWallTime(date, hour, minute, 0, 0, LA)).toISOString();
}

function urgentCase(id: string, receivedAt: string, labels: Label[] = ['child_data'], state: CaseRecord['state'] = 'awaiting_team'): CaseRecord {
  const clock = computeCaseClock({ receivedAt, labels, regimes: ['ccpa'], evidence: [], timeZone: LA, promisedResponseDays: null, now: receivedAt });
  return {
    id,
    requester: { address: 'pat.parent@example.org', name: 'Pat Parent' },
    subject: 'My daughter',
    labels,
    primary: labels[0] ?? 'other',
    language: 'en',
    state,
    receivedAt,
    dueAt: clock.firstDueAt,
    clock,
    messageKeys: [],
    threadIds: ['kid-1@example.org'],
    events: [],
    flags: [URGENT],
  };
}

function dbWith(...records: CaseRecord[]): DbData {
  const db = emptyDb();
  for (const record of records) db.cases[record.id] = structuredClone(record);
  return db;
}

function urgentKeys(db: DbData): string[] {
  return Object.keys(db.outbox)
    .filter((key) => key.includes(':reminder-urgent:'))
    .sort();
}

/** Runs the hourly job at `now` and applies what it planned, as check-deadlines does. */
function runAt(db: DbData, now: string): ReturnType<typeof planDeadlineChecks>['summary'] {
  const { changes, summary } = planDeadlineChecks(db, now, settings);
  applyChanges(db, changes);
  return summary;
}

// A child-data report received Mon 2 Mar 2026, 10:00 in Los Angeles (CCPA general: due Wed 15 Apr).
const MONDAY = '2026-03-02';
const received = local(MONDAY, 10);

describe('daily URGENT reminder', () => {
  it('sends nothing on the day of receipt: the intake escalation covers day 0', () => {
    const db = dbWith(urgentCase('PR-2026-0101', received));
    for (const hour of [10, 12, 16]) expect(runAt(db, local(MONDAY, hour)).urgentReminders).toBe(0);
    expect(urgentKeys(db)).toEqual([]);
  });

  it('sends one at 09:00 local on the next working day, under the case subject, and nothing on a rerun that day', () => {
    const db = dbWith(urgentCase('PR-2026-0102', received));
    expect(runAt(db, local('2026-03-03', 8, 59)).urgentReminders).toBe(0);
    expect(runAt(db, local('2026-03-03', 9)).urgentReminders).toBe(1);
    expect(urgentKeys(db)).toEqual(['PR-2026-0102:reminder-urgent:2026-03-03']);
    const item = db.outbox['PR-2026-0102:reminder-urgent:2026-03-03'] as OutboxItem;
    expect(item).toMatchObject({ to: settings.team, subject: '[PR-2026-0102] PP child data', state: 'pending', inReplyTo: null });
    expect(db.cases['PR-2026-0102']?.events.map((event) => event.type)).toContain('urgent_reminder_queued');
    for (const hour of [9, 10, 13, 16]) expect(runAt(db, local('2026-03-03', hour, 30)).urgentReminders).toBe(0);
    expect(urgentKeys(db)).toHaveLength(1);
  });

  it('says how long it has waited and what to do, with initials only', () => {
    const db = dbWith(urgentCase('PR-2026-0103', received));
    runAt(db, local('2026-03-05', 9));
    const item = db.outbox['PR-2026-0103:reminder-urgent:2026-03-05'] as OutboxItem;
    const { text, html } = render(item.templateId, item.vars);
    expect(html).toBeNull();
    expect(text).toMatch(/^URGENT: case PR-2026-0103 has been waiting 3 days since it was received on 2026-03-02 and is still awaiting team\./);
    expect(text).toContain("Delete the child's information unless a parent or guardian consented, then reply done.");
    expect(text).toContain('COPPA, 16 CFR 312');
    expect(text).toContain('requester PP');
    expect(text).toContain('  done [message to requester] - request fulfilled; the requester is told');
    expect(text).toContain('  deny <reason>');
    expect(`${text}${JSON.stringify(item)}`).not.toMatch(/Pat Parent|pat\.parent@example\.org/);
  });

  it('sends nothing at night, on weekends or on holidays', () => {
    const db = dbWith(urgentCase('PR-2026-0104', received));
    for (const hour of [0, 6, 8, 17, 23]) runAt(db, local('2026-03-04', hour));
    expect(urgentKeys(db)).toEqual([]);
    for (const day of ['2026-03-07', '2026-03-08']) for (const hour of [9, 12]) runAt(db, local(day, hour));
    expect(urgentKeys(db)).toEqual([]);
    runAt(db, local('2026-03-09', 9));
    expect(urgentKeys(db)).toEqual(['PR-2026-0104:reminder-urgent:2026-03-09']);
    // Cesar Chavez Day, Tue 31 Mar 2026, is a public holiday in California.
    const holiday = dbWith(urgentCase('PR-2026-0105', local('2026-03-30', 11)));
    runAt(holiday, local('2026-03-31', 10));
    expect(urgentKeys(holiday)).toEqual([]);
    runAt(holiday, local('2026-04-01', 10));
    expect(urgentKeys(holiday)).toEqual(['PR-2026-0105:reminder-urgent:2026-04-01']);
  });

  it('goes out once per working day, from the day after receipt, until the case is done', () => {
    // Received Thu 5 Mar at 22:30 local, already Fri 6 Mar in UTC: the local calendar decides, so Friday is day 1.
    const db = dbWith(urgentCase('PR-2026-0106', local('2026-03-05', 22, 30)));
    const firstHour: Record<string, number> = {};
    for (let day = 0; day < 13; day++) {
      const date = addCalendarDays('2026-03-05', day);
      for (let hour = 0; hour < 24; hour++) {
        const before = urgentKeys(db).length;
        runAt(db, local(date, hour));
        if (urgentKeys(db).length > before) firstHour[date] ??= hour;
      }
      if (date === '2026-03-16') (db.cases['PR-2026-0106'] as CaseRecord).state = 'done';
    }
    // Fri 6, Mon 9 - Fri 13 and Mon 16 Mar; never the weekend, never after "done" (state done from 16 Mar evening).
    expect(firstHour).toEqual({ '2026-03-06': 9, '2026-03-09': 9, '2026-03-10': 9, '2026-03-11': 9, '2026-03-12': 9, '2026-03-13': 9, '2026-03-16': 9 });
  });

  it('sends nothing once the case is done, denied or closed, and nothing for cases not marked urgent', () => {
    for (const state of ['done', 'denied', 'closed'] as const) {
      const db = dbWith(urgentCase('PR-2026-0107', received, ['child_data'], state));
      expect(runAt(db, local('2026-03-04', 10)).urgentReminders).toBe(0);
    }
    // The team's "done" lands after the snapshot was read: the reminder is not queued.
    const racing = dbWith(urgentCase('PR-2026-0108', received));
    const { changes } = planDeadlineChecks(racing, local('2026-03-04', 10), settings);
    (racing.cases['PR-2026-0108'] as CaseRecord).state = 'done';
    applyChanges(racing, changes);
    expect(urgentKeys(racing)).toEqual([]);
    const plain = urgentCase('PR-2026-0109', received, ['deletion']);
    plain.flags = [];
    expect(runAt(dbWith(plain), local('2026-03-04', 10)).urgentReminders).toBe(0);
  });

  it('on an overdue day sends only the overdue alert', () => {
    // Due Wed 15 Apr (CCPA 45 days): overdue from Thu 16 Apr.
    const db = dbWith(urgentCase('PR-2026-0110', received));
    const summary = runAt(db, local('2026-04-16', 9));
    expect(summary).toMatchObject({ overdueAlerts: 1, urgentReminders: 0 });
    runAt(db, local('2026-04-16', 10));
    runAt(db, local('2026-04-17', 9));
    expect(urgentKeys(db)).toEqual([]);
    expect(Object.keys(db.outbox).filter((key) => key.includes('reminder-overdue')).sort()).toEqual(['PR-2026-0110:reminder-overdue:2026-04-16', 'PR-2026-0110:reminder-overdue:2026-04-17']);
  });

  it('skips a day whose overdue alert or escalation already reached the team, and resumes the next', () => {
    const db = dbWith(urgentCase('PR-2026-0111', received));
    // An escalation at 08:00 on Wed 4 Mar (e.g. the requester wrote again; it carries the URGENT mark).
    const escalation: OutboxItem = { key: 'PR-2026-0111:team-escalation:2', messageId: 'esc-2@example.test', caseId: 'PR-2026-0111', templateId: 'team-escalation', to: settings.team.slice(), toHash: 'team', vars: {}, inReplyTo: null, references: [], subject: '[PR-2026-0111] PP child data', state: 'sent', createdAt: local('2026-03-04', 8), sentAt: local('2026-03-04', 8), attempts: 1, lastError: null };
    db.outbox[escalation.key] = escalation;
    runAt(db, local('2026-03-04', 9));
    expect(urgentKeys(db)).toEqual([]);
    runAt(db, local('2026-03-05', 9));
    expect(urgentKeys(db)).toEqual(['PR-2026-0111:reminder-urgent:2026-03-05']);
    // An overdue alert of this morning (a deadline that has since moved) counts the same.
    const moved = dbWith(urgentCase('PR-2026-0112', received));
    moved.outbox['PR-2026-0112:reminder-overdue:2026-03-06'] = { ...escalation, key: 'PR-2026-0112:reminder-overdue:2026-03-06', caseId: 'PR-2026-0112', templateId: 'reminder-overdue', createdAt: local('2026-03-06', 0, 5) };
    runAt(moved, local('2026-03-06', 9));
    expect(urgentKeys(moved)).toEqual([]);
  });

  it('asks for the other open tasks too, and keeps the wording generic for an urgent case that is no longer child data', () => {
    const both = urgentCase('PR-2026-0113', received, ['child_data', 'deletion'], 'awaiting_verification');
    both.lifecycle = { confidence: 0.9, verification: { target: both.requester, round: 1, sentAt: received, expiresAt: null, remindedAt: null, failedAttempts: 3, locked: true, mailboxVerifiedAt: null, dataPoints: [], teamVerifiedAt: null, teamVerifiedBy: null, deletionConfirmedAt: null, deletionConfirmationRequestedAt: null }, agent: null, optOutDoneAt: null, assignee: null, teamThreadIds: ['esc-1@example.test'], escalations: 1 };
    const reclassified = urgentCase('PR-2026-0114', received, ['complaint']);
    const db = dbWith(both, reclassified);
    runAt(db, local('2026-03-03', 9));
    const first = db.outbox['PR-2026-0113:reminder-urgent:2026-03-03'] as OutboxItem;
    expect(first).toMatchObject({ inReplyTo: 'esc-1@example.test', references: ['esc-1@example.test'], subject: '[PR-2026-0113] PP child data + deletion' });
    const text = render(first.templateId, first.vars).text;
    expect(text).toContain('Also open on this case:\n  - verification locked after too many wrong codes');
    expect(text.match(/parent or guardian consented/g)).toHaveLength(1);
    const second = render('reminder-urgent', (db.outbox['PR-2026-0114:reminder-urgent:2026-03-03'] as OutboxItem).vars).text;
    expect(second).toContain('This case is marked URGENT. Handle it today, then reply done.');
    expect(second).not.toContain("child's");
  });
});
