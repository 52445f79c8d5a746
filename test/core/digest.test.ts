import { beforeAll, describe, expect, it } from 'vitest';
import { URGENT } from '../../src/core/case-machine.js';
import { computeCaseClock } from '../../src/core/deadlines.js';
import { buildDigestItem, buildDigestModel, digestKey, digestSlot } from '../../src/core/digest.js';
import { computeMetrics, formatMetrics } from '../../src/core/metrics.js';
import { exportCasesCsv } from '../../src/core/metrics-export.js';
import { createRenderer, type RenderedMail } from '../../src/core/render.js';
import { planRetention } from '../../src/core/retention.js';
import { applyChanges, emptyDb } from '../../src/core/store-changes.js';
import { loadTemplates } from '../../src/io/templates.js';
import type { CaseRecord, CaseState, DbData, Label } from '../../src/types.js';

const LA = 'America/Los_Angeles';

function record(id: string, receivedAt: string, label: Label, state: CaseState, closedAt?: string, reason?: string): CaseRecord {
  const clock = computeCaseClock({ receivedAt, labels: [label], regimes: ['ccpa'], evidence: [], timeZone: LA, promisedResponseDays: null, now: receivedAt });
  return {
    id,
    requester: { address: `${id.toLowerCase()}@example.net`, name: 'Maria del Carmen Ortiz' },
    subject: 'Request',
    labels: [label],
    primary: label,
    language: 'en',
    state,
    receivedAt,
    dueAt: clock.firstDueAt,
    clock,
    messageKeys: [`m-${id}`],
    threadIds: [],
    events: closedAt ? [{ id: `${id}:closed`, at: closedAt, type: 'state_changed', by: 'team@example.test', data: { from: 'awaiting_team', to: state, ...(reason ? { reason } : {}) } }] : [],
    flags: [],
  };
}

function seed(): DbData {
  const db = emptyDb();
  const cases = [
    record('PR-2025-0001', '2025-02-03T18:00:00Z', 'deletion', 'done', '2025-02-20T18:00:00Z'),
    record('PR-2025-0002', '2025-03-03T18:00:00Z', 'disclosure', 'denied', '2025-04-10T18:00:00Z', 'we could not verify your identity'),
    record('PR-2025-0003', '2025-05-05T18:00:00Z', 'opt_out', 'done', '2025-05-07T18:00:00Z'),
    record('PR-2025-0004', '2025-06-02T18:00:00Z', 'deletion', 'denied', '2025-06-30T18:00:00Z', 'exempt: records we must keep by law'),
    record('PR-2026-0001', '2026-02-20T18:00:00Z', 'deletion', 'awaiting_verification'),
    record('PR-2026-0002', '2026-01-15T18:00:00Z', 'disclosure', 'awaiting_team'),
    record('PR-2026-0003', '2026-02-13T18:00:00Z', 'opt_out', 'awaiting_team'),
    record('PR-2026-0004', '2026-02-25T18:00:00Z', 'correction', 'done', '2026-02-27T18:00:00Z'),
  ];
  for (const c of cases) db.cases[c.id] = c;
  db.messages['m-PR-2025-0001'] = { key: 'm-PR-2025-0001', messageId: null, receivedAt: '2025-02-03T18:00:00Z', source: 't', sourceId: '1', status: 'case', reason: null, caseId: 'PR-2025-0001', fromHash: null, attachments: [], sizeBytes: 1, verdict: null, blob: 'messages/abc.eml', attempts: 0 };
  return db;
}

const NOW = '2026-03-02T17:30:00Z'; // Monday 09:30 in Los Angeles

describe('weekly digest', () => {
  it('counts, lists overdue and due-soon cases in red/amber, initials only, and charts days left', () => {
    const model = buildDigestModel(seed(), NOW, { timeZone: LA, orgName: 'Calm Clinic', retentionMonths: 24 });
    expect(model.week).toBe('2026-W10');
    expect(model.totals).toEqual({ urgent: 0, open: 3, overdue: 1, dueSoon: 1, awaitingVerification: 1, newThisWeek: 1, closedThisWeek: 1 });
    expect(model.overdue.map((row) => [row.caseId, row.daysLabel, row.color])).toEqual([['PR-2026-0002', '2 days overdue', '#c62828']]);
    // Opt-out of Fri 13 Feb: CCPA 15 business days -> Fri 6 Mar, 4 days left.
    expect(model.dueSoon.map((row) => [row.caseId, row.daysLabel])).toEqual([['PR-2026-0003', '4 days left']]);
    expect(model.open.map((row) => row.caseId)).toEqual(['PR-2026-0002', 'PR-2026-0003', 'PR-2026-0001']);
    expect(model.open.every((row) => row.initials === 'MDC')).toBe(true);
    expect(JSON.stringify(model)).not.toContain('@example.net');
    expect(model.chart.find((bar) => bar.label === 'Overdue')).toMatchObject({ count: 1, pct: 100 });
    expect(model.medianDaysToClose).toBe('15'); // 2, 2, 28, 38 days in the last 365 days
    expect(model.byState).toContainEqual({ label: 'done', count: 3 });
  });

  it('is keyed by ISO week, due at the DIGEST_CRON slot in the company zone', () => {
    expect(digestKey('2026-03-02T17:30:00Z', LA)).toBe('digest:2026-W10');
    expect(digestKey('2027-01-01T17:30:00Z', LA)).toBe('digest:2026-W53');
    expect(digestSlot('2026-03-04T12:00:00Z', LA, '0 9 * * 1')).toBe('2026-03-02T17:00:00.000Z');
    expect(digestSlot('2026-03-12T12:00:00Z', LA, '30 8 * * 1')).toBe('2026-03-09T15:30:00.000Z'); // PDT
    expect(digestSlot('2026-03-12T12:00:00Z', LA, '0 16 * * 5')).toBe('2026-03-13T23:00:00.000Z');
    // Any cron croner reads: the first time it fires in this ISO week, or none.
    expect(digestSlot('2026-03-04T12:00:00Z', LA, '0 9 * * *')).toBe('2026-03-02T17:00:00.000Z');
    expect(digestSlot('2026-03-04T12:00:00Z', LA, '0 7 * * MON-FRI')).toBe('2026-03-02T15:00:00.000Z');
    expect(digestSlot('2026-03-04T12:00:00Z', LA, '0 9 1 * *')).toBe(null); // monthly: 1 March was the Sunday before
    expect(digestSlot('2026-04-01T12:00:00Z', LA, '0 9 1 * *')).toBe('2026-04-01T16:00:00.000Z');
    expect(digestSlot('2026-03-04T12:00:00Z', LA, '0 0 * * 1')).toBe('2026-03-02T08:00:00.000Z'); // Monday midnight belongs to this week
    const item = buildDigestItem(seed(), { now: NOW, timeZone: LA, orgName: 'Calm Clinic', privacyAddress: 'privacy@example.test', team: [{ address: 'team@example.test', name: '' }], teamHash: 'team', secret: 'test-secret-test-secret', domain: 'example.test', retentionMonths: 24 });
    expect(item).toMatchObject({ key: 'digest:2026-W10', templateId: 'digest', caseId: null, state: 'pending' });
    expect(item?.subject).toBe('OVERDUE: Privacy requests, week 2026-W10: 3 open, 1 overdue, 1 due within 7 days');
  });
});

describe('URGENT cases in the weekly digest', () => {
  let render: (templateId: string, vars: Record<string, unknown>) => RenderedMail;
  beforeAll(async () => {
    render = createRenderer(await loadTemplates());
  });

  function withUrgent(): DbData {
    const db = seed();
    const urgent = (id: string, receivedAt: string, state: CaseState, label: Label = 'child_data'): void => {
      const kid = record(id, receivedAt, label, state);
      kid.requester = { address: `${id.toLowerCase()}@example.org`, name: 'Pat Parent' };
      kid.flags = [URGENT];
      db.cases[id] = kid;
    };
    urgent('PR-2026-0005', '2026-02-26T18:00:00Z', 'awaiting_team'); // Thu 26 Feb
    urgent('PR-2026-0006', '2026-02-24T17:00:00Z', 'awaiting_verification', 'deletion'); // Tue 24 Feb: the oldest
    urgent('PR-2026-0007', '2026-02-23T18:00:00Z', 'done'); // handled: not listed
    return db;
  }

  it('lists open urgent cases first, oldest first, and counts them in the summary and the subject', () => {
    const model = buildDigestModel(withUrgent(), NOW, { timeZone: LA, orgName: 'Calm Clinic', retentionMonths: 24 });
    expect(model.urgent.map((row) => [row.caseId, row.receivedOn, row.waited, row.initials])).toEqual([
      ['PR-2026-0006', '2026-02-24', '6 days', 'PP'],
      ['PR-2026-0005', '2026-02-26', '4 days', 'PP'],
    ]);
    expect(model.totals).toMatchObject({ urgent: 2, open: 5 });
    expect(model.hasUrgent).toBe(true);
    const item = buildDigestItem(withUrgent(), { now: NOW, timeZone: LA, orgName: 'Calm Clinic', privacyAddress: 'privacy@example.test', team: [{ address: 'team@example.test', name: '' }], teamHash: 'team', secret: 'test-secret-test-secret', domain: 'example.test', retentionMonths: 24 });
    expect(item?.subject).toBe('URGENT, OVERDUE: Privacy requests, week 2026-W10: 2 urgent, 5 open, 1 overdue, 1 due within 7 days');
  });

  it('puts the URGENT section before everything else in the text and the HTML', () => {
    const { text, html } = render('digest', { ...buildDigestModel(withUrgent(), NOW, { timeZone: LA, orgName: 'Calm Clinic', retentionMonths: 24 }), privacyAddress: 'privacy@example.test' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Privacy requests, week 2026-W10 (Calm Clinic, 2026-03-02, America/Los_Angeles)');
    expect(lines[2]).toMatch(/^URGENT, oldest first: handle these today/);
    expect(lines.slice(3, 5)).toEqual([
      '  !! PR-2026-0006  deletion  PP, awaiting verification: waiting 6 days since 2026-02-24; 38 days left (due 2026-04-09)',
      '  !! PR-2026-0005  child data  PP, awaiting team: waiting 4 days since 2026-02-26; 40 days left (due 2026-04-11)',
    ]);
    expect(lines[6]).toMatch(/^Urgent: 2 {3}Overdue: 1/);
    expect(text.indexOf('PR-2026-0006')).toBeLessThan(text.indexOf('OVERDUE:'));
    expect(text).not.toContain('PR-2026-0007  ');
    expect(text).not.toMatch(/Pat Parent|@example\.org/);
    const markers = [...(html ?? '').matchAll(/<strong style="color:#b71c1c;">URGENT<\/strong> <strong>(PR-\d{4}-\d{4})<\/strong>/g)].map((match) => match[1]);
    expect(markers).toEqual(['PR-2026-0006', 'PR-2026-0005']);
    expect(html?.indexOf('URGENT (2), oldest first')).toBeLessThan(html?.indexOf('due in 7 days') ?? 0);
    expect(html).toContain('Urgent: 2</strong>');
    // Without urgent cases there is no section and no mark.
    const calm = render('digest', { ...buildDigestModel(seed(), NOW, { timeZone: LA, orgName: 'Calm Clinic', retentionMonths: 24 }), privacyAddress: 'privacy@example.test' });
    expect(calm.text).not.toContain('URGENT');
    expect(calm.text).toContain('Urgent: 0');
    expect(calm.html).not.toContain('URGENT');
  });
});

describe('metrics, export and retention', () => {
  it('computes the CCPA 7102 figures per request type for a calendar year', () => {
    const report = computeMetrics(seed(), 2025, LA);
    const del = report.types.find((m) => m.type === 'delete');
    expect(del).toMatchObject({ received: 2, complied: 1, denied: 1, deniedBy: { unverifiable: 0, not_a_consumer: 0, exempt: 1, other: 0 }, medianDays: 22.5, meanDays: 22.5 });
    expect(report.types.find((m) => m.type === 'know')).toMatchObject({ received: 1, denied: 1, deniedBy: { unverifiable: 1 }, medianDays: 38 });
    expect(report.total).toMatchObject({ received: 4, complied: 2, denied: 2 });
    expect(formatMetrics(report, 'md')).toContain('| Right to delete | 2 | 1 | 1 | 0 | 0 | 1 | 0 | 22.5 | 22.5 |');
    expect(formatMetrics(report, 'csv').split('\n')[0]).toBe('Request type,Received,Complied in whole or part,Denied,Denied: unverifiable,Denied: not a consumer,Denied: exempt,Denied: other,Median days,Mean days');
  });

  it('counts a multi-part request once per type; a done opt-out is complied with even if the rest is denied', () => {
    const db = emptyDb();
    const both = record('PR-2025-0009', '2025-07-01T18:00:00Z', 'deletion', 'denied', '2025-08-14T18:00:00Z', 'we could not verify your identity');
    both.labels = ['deletion', 'opt_out'];
    both.lifecycle = { optOutDoneAt: '2025-07-03T18:00:00Z' } as unknown as CaseRecord['lifecycle'];
    db.cases[both.id] = both;
    const report = computeMetrics(db, 2025, LA);
    expect(report.types.find((m) => m.type === 'delete')).toMatchObject({ received: 1, complied: 0, denied: 1, medianDays: 44 });
    expect(report.types.find((m) => m.type === 'opt_out')).toMatchObject({ received: 1, complied: 1, denied: 0, medianDays: 2 });
    // The same after a retention purge.
    applyChanges(db, planRetention(db, '2027-09-01T18:00:00Z', 24, LA).changes);
    expect(db.cases[both.id]).toBeUndefined();
    expect(computeMetrics(db, 2025, LA).types.find((m) => m.type === 'opt_out')).toMatchObject({ received: 1, complied: 1 });
  });

  it('exports one row per case, initials only, formula-safe', () => {
    const db = seed();
    (db.cases['PR-2026-0002'] as CaseRecord).requester.name = '=HYPERLINK("x")';
    const csv = exportCasesCsv(db, LA);
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(/^case_id,status,request_types,/);
    expect(csv).not.toContain('@example.net');
    expect(lines.find((line) => line.startsWith('PR-2025-0002'))).toContain('we could not verify your identity');
    expect(csv).not.toMatch(/,=/);
  });

  it('purges closed cases after RETENTION_MONTHS, keeping only anonymous counts the metrics still use', () => {
    const db = seed();
    const plan = planRetention(db, '2027-04-15T18:00:00Z', 24, LA); // cutoff: closed on or before 15 Apr 2025
    expect(plan.purged).toEqual(['PR-2025-0001', 'PR-2025-0002']);
    expect(plan.blobs).toEqual(['messages/abc.eml']);
    const before = computeMetrics(db, 2025, LA);
    applyChanges(db, plan.changes);
    expect(db.cases['PR-2025-0001']).toBeUndefined();
    expect(db.messages['m-PR-2025-0001']).toBeUndefined();
    expect(db.purged?.map((stat) => stat.caseId)).toEqual(['PR-2025-0001', 'PR-2025-0002']);
    expect(JSON.stringify(db.purged)).not.toContain('example.net');
    expect(db.purged?.[1]?.denialReason).toBe('unverifiable');
    expect(computeMetrics(db, 2025, LA)).toEqual(before);
    // Idempotent, and the digest reports the purge.
    applyChanges(db, plan.changes);
    expect(db.purged).toHaveLength(2);
    const model = buildDigestModel(db, '2027-04-19T16:30:00Z', { timeZone: LA, orgName: 'Calm Clinic', retentionMonths: 24 });
    expect(model.purgeLine).toContain('2 closed cases were purged this week after 24 months (PR-2025-0001, PR-2025-0002)');
  });
});
