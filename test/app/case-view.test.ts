import { describe, expect, it } from 'vitest';
import type { CaseMessageText } from '../../src/app/case-texts.js';
import { caseDetail, formatCaseDetail, formatCaseTable, formatLocalDateTime, listCases } from '../../src/app/case-view.js';
import { emptyDb } from '../../src/core/store-changes.js';
import type { CaseRecord } from '../../src/types.js';

const LA = 'America/Los_Angeles';

function record(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: 'PR-2026-0001',
    requester: { address: 'alex@example.net', name: 'Alex' },
    subject: 'Please delete my data',
    labels: ['deletion'],
    primary: 'deletion',
    language: 'en',
    state: 'received',
    // 19:00 on 2 March in Los Angeles, already 3 March in UTC.
    receivedAt: '2026-03-03T03:00:00.000Z',
    dueAt: '2026-04-16T06:59:59.999Z',
    messageKeys: ['req-1@example.net', 'gone@example.net'],
    threadIds: [],
    events: [{ id: 'e1', at: '2026-03-03T03:00:00.000Z', type: 'received', by: 'requester' }],
    flags: [],
    ...overrides,
  };
}

function message(overrides: Partial<CaseMessageText>): CaseMessageText {
  return { key: 'k', receivedAt: '2026-03-03T03:00:00.000Z', from: 'alex@example.net', subject: 'Hi', date: null, status: 'case', text: 'Hello', newText: 'Hello', clipped: false, attachments: [], error: null, ...overrides };
}

describe('local dates', () => {
  it('formats an instant as the wall clock of the zone, named', () => {
    expect(formatLocalDateTime('2026-03-02T17:00:00.000Z', LA)).toBe('2026-03-02 09:00 America/Los_Angeles');
    // After the US switch to daylight time on 8 March 2026.
    expect(formatLocalDateTime('2026-03-09T16:00:00.000Z', LA)).toBe('2026-03-09 09:00 America/Los_Angeles');
    expect(formatLocalDateTime('2026-03-02T23:30:00.000Z', 'Europe/Berlin')).toBe('2026-03-03 00:30 Europe/Berlin');
  });

  it('lists received and due on the local calendar', () => {
    const db = emptyDb();
    db.cases['PR-2026-0001'] = record();
    const [summary] = listCases(db, LA);
    expect(summary).toMatchObject({ receivedAt: '2026-03-03T03:00:00.000Z', receivedOn: '2026-03-02', dueOn: '2026-04-15' });
    expect(formatCaseTable(listCases(db, LA)).split('\n')[1]).toMatch(/^PR-2026-0001\s+received\s+deletion\s+2026-03-02\s+2026-04-15$/);
    expect(listCases(db, 'UTC')[0]).toMatchObject({ receivedOn: '2026-03-03', dueOn: '2026-04-16' });
  });
});

describe('show', () => {
  const texts = {
    messages: [
      message({ key: 'req-1@example.net', text: 'Line one\n\nLine \u001b[31mtwo\u001b[0m', attachments: [{ filename: 'id.pdf', contentType: 'application/pdf', size: 2048 }] }),
      message({ key: 'gone@example.net', receivedAt: '2026-03-04T18:00:00.000Z', from: null, subject: null, text: null, newText: null, error: 'missing' }),
    ],
    outbox: [{ key: 'PR-2026-0001:acknowledgement:1', templateId: 'acknowledgement', to: 'alex@example.net', subject: 'Re: Please delete my data', state: 'sent' as const, createdAt: '2026-03-03T03:00:01.000Z', sentAt: '2026-03-03T03:00:02.000Z' }],
  };

  it('prints every message with a local header line and its text indented, then the mail sent', () => {
    const printed = formatCaseDetail(record(), texts, LA);
    const lines = printed.split('\n');
    expect(lines).toContain('received:  2026-03-02 19:00 America/Los_Angeles');
    expect(lines).toContain('due:       2026-04-15 23:59 America/Los_Angeles');
    expect(lines.some((line) => /^ {2}2026-03-02 19:00 America\/Los_Angeles {2}received +by requester$/.test(line))).toBe(true);
    const first = lines.findIndex((line) => line.includes('#1'));
    expect(lines[first]).toBe('  #1  2026-03-02 19:00 America/Los_Angeles  from alex@example.net  subject "Hi"  attachments: id.pdf (application/pdf, 2 KB)');
    // Escape sequences from a stranger's mail never reach the terminal.
    expect(lines.slice(first + 1, first + 4)).toEqual(['      Line one', '', '      Line [31mtwo[0m']);
    expect(printed).not.toContain('\u001b');
    expect(printed).toContain('  #2  2026-03-04 10:00 America/Los_Angeles  from -');
    expect(printed).toContain('      (raw mail not kept: nothing to show)');
    expect(printed.indexOf('#2')).toBeGreaterThan(printed.indexOf('events:'));
    expect(lines.slice(-2)).toEqual(['outgoing mail (1):', '  2026-03-02 19:00 America/Los_Angeles  sent       acknowledgement  to alex@example.net  subject "Re: Please delete my data"']);
  });

  it('keeps the message count beside the messages in JSON', () => {
    const detail = caseDetail(record(), texts, LA);
    expect(detail).toMatchObject({ messageCount: 2, receivedOn: '2026-03-02', dueOn: '2026-04-15', timeZone: LA, messages: texts.messages, outbox: texts.outbox });
  });
});
