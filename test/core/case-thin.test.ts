import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeCase } from '../../src/app/case-view.js';
import { thinCase } from '../../src/core/case-thin.js';
import { caseCsvRow } from '../../src/core/metrics-export.js';
import { factsOfCase } from '../../src/core/metrics.js';
import type { CaseRecord, DbData } from '../../src/types.js';

const fixture = JSON.parse(readFileSync(path.resolve('test/fixtures/store/db-v1.json'), 'utf8')) as DbData;
const base = Object.values(fixture.cases);
const LA = 'America/Los_Angeles';

function variant(source: CaseRecord, change: (record: CaseRecord) => void): CaseRecord {
  const record = structuredClone(source);
  change(record);
  return record;
}

const open = base[0] as CaseRecord;
const withClock = base.find((record) => record.clock) as CaseRecord;
const cases: CaseRecord[] = [
  ...base,
  // Denied by the team with a reason, after a reopening: the last denial's reason counts.
  variant(open, (record) => {
    record.state = 'denied';
    record.events.push(
      { id: 'd1', at: '2026-03-05T10:00:00.000Z', type: 'team_denied', by: 'team@example.test', data: { reason: 'we could not verify you' } },
      { id: 's1', at: '2026-03-05T10:00:00.000Z', type: 'state_changed', by: 'team@example.test', data: { to: 'denied', reason: 'exempt under HIPAA' } },
      { id: 'n1', at: '2026-03-06T10:00:00.000Z', type: 'note', by: 'team@example.test' },
    );
  }),
  // Denied unverified on its due date: the reason sits on that event alone.
  variant(open, (record) => {
    record.state = 'denied';
    record.events.push({ id: 'u1', at: '2026-03-16T10:00:00.000Z', type: 'denied_unverified', by: 'bot', data: { reason: 'unverifiable' } }, { id: 'u2', at: '2026-03-16T10:00:00.000Z', type: 'reply_queued', by: 'bot' });
  }),
  // Closed without a state change event: the last event dates it.
  variant(open, (record) => {
    record.state = 'closed';
    record.events.push({ id: 'x', at: '2026-04-01T08:00:00.000Z', type: 'closed_by_team', by: 'team@example.test' });
  }),
  // Extended, agent, opted out, verified by the team, then done.
  variant(withClock, (record) => {
    const clock = record.clock as NonNullable<CaseRecord['clock']>;
    clock.extension = { at: '2026-03-10T10:00:00.000Z', by: 'cli', reason: 'complex request', via: 'cli', previousDueOn: clock.firstDueOn, dueOn: '2026-05-30', dueAt: '2026-05-31T06:59:59.999Z', outboxKey: null };
    clock.dueOn = '2026-05-30';
    const lifecycle = record.lifecycle as NonNullable<CaseRecord['lifecycle']>;
    lifecycle.agent = { consumer: { address: 'consumer@example.net', name: 'C' }, permissionAttached: true };
    lifecycle.optOutDoneAt = '2026-03-04T10:00:00.000Z';
    if (lifecycle.verification) lifecycle.verification.teamVerifiedAt = '2026-03-03T10:00:00.000Z';
    record.state = 'done';
    record.events.push({ id: 'done', at: '2026-03-20T10:00:00.000Z', type: 'state_changed', by: 'team@example.test', data: { to: 'done' } });
  }),
  // No lifecycle and no clock (a case from before either existed).
  variant(open, (record) => {
    delete record.lifecycle;
    delete record.clock;
  }),
];

describe('thin case copies (the file store case list)', () => {
  it.each(cases.map((record, index) => [`${index}: ${record.id} ${record.state}`, record] as const))('list, metrics and export read the same from the thin copy of %s', (_name, record) => {
    const thin = thinCase(record);
    expect(summarizeCase(thin, LA)).toEqual(summarizeCase(record, LA));
    expect(factsOfCase(thin)).toEqual(factsOfCase(record));
    expect(caseCsvRow(thin, LA)).toBe(caseCsvRow(record, LA));
    expect(caseCsvRow(thin, 'UTC')).toBe(caseCsvRow(record, 'UTC'));
  });

  it('keeps no token, subject, thread ids, clock evidence or data points, and is a fraction of the record', () => {
    for (const record of cases) {
      const text = JSON.stringify(thinCase(record));
      expect(text).not.toContain(record.subject);
      for (const id of record.threadIds) expect(text).not.toContain(id);
      expect(thinCase(record).clock?.candidates ?? []).toEqual([]);
      expect(thinCase(record).lifecycle?.verification?.target ?? null).toBeNull();
    }
    expect(JSON.stringify(thinCase(withClock)).length).toBeLessThan(JSON.stringify(withClock).length / 2);
  });
});
