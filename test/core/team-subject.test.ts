import { describe, expect, it } from 'vitest';
import { emptyLifecycle } from '../../src/core/case-machine.js';
import { requesterInitials as fromCheck } from '../../src/core/deadlines.js';
import { initials, requesterInitials, teamRequestWords, teamSubject } from '../../src/core/team-subject.js';
import type { CaseRecord, Label } from '../../src/types.js';

function record(id: string, labels: Label[], name: string, address = 'someone@example.net'): CaseRecord {
  return {
    id,
    requester: { address, name },
    subject: 'Please help',
    labels,
    primary: labels[0] ?? 'other',
    language: 'en',
    state: 'awaiting_team',
    receivedAt: '2026-03-02T18:00:00Z',
    dueAt: null,
    messageKeys: [],
    threadIds: [],
    events: [],
    flags: [],
  };
}

describe('teamSubject', () => {
  it('is the case id, the initials and the request in short team words', () => {
    expect(teamSubject(record('PR-2026-0007', ['deletion', 'opt_out'], 'Jo Smith'))).toBe('[PR-2026-0007] JS deletion + opt-out');
    expect(teamSubject(record('PR-2026-0001', ['disclosure'], 'Maria del Carmen Ortiz'))).toBe('[PR-2026-0001] MDC access');
    expect(teamSubject(record('PR-2026-0002', ['child_data', 'complaint', 'correction'], 'Pat Parent'))).toBe('[PR-2026-0002] PP child data + complaint + correction');
    expect(teamSubject(record('PR-2026-0003', ['other'], '', 'lee.kim@example.net'))).toBe('[PR-2026-0003] LK other');
    expect(teamSubject({ ...record('PR-2026-0004', [], 'Ann Bo'), primary: 'deletion' })).toBe('[PR-2026-0004] AB deletion');
  });

  it('never carries the name or the address', () => {
    const subject = teamSubject(record('PR-2026-0005', ['deletion'], 'Bartholomew Featherstonehaugh-Worthington', 'bart@example.net'));
    expect(subject).toBe('[PR-2026-0005] BFW deletion');
    expect(subject).not.toMatch(/Bartholomew|example\.net/);
  });

  it('keeps the subject fixed at the first team mail, whatever the labels are now', () => {
    const reclassified = record('PR-2026-0006', ['child_data'], 'Jo Smith');
    reclassified.lifecycle = { ...emptyLifecycle(0.9), teamSubject: '[PR-2026-0006] JS deletion' };
    expect(teamSubject(reclassified)).toBe('[PR-2026-0006] JS deletion');
    reclassified.lifecycle = emptyLifecycle(0.9);
    expect(teamSubject(reclassified)).toBe('[PR-2026-0006] JS child data');
  });

  it('says each request type once, in the order of the labels', () => {
    expect(teamRequestWords(['opt_out', 'deletion', 'opt_out'])).toBe('opt-out + deletion');
    expect(teamRequestWords([])).toBe('other');
  });
});

describe('initials', () => {
  it('takes the first letter or digit of up to three words, from the name or else the mailbox', () => {
    expect(initials({ name: 'Lucía Martín', address: 'lucia@example.es' })).toBe('LM');
    expect(initials({ name: '  ', address: 'j_doe-smith.x@example.net' })).toBe('JDS');
    expect(initials({ name: '"(Bob) =Evil"', address: 'b@example.net' })).toBe('BE');
    expect(initials({ name: 'Ørjan Øst', address: 'o@example.no' })).toBe('ØØ');
    expect(initials({ name: '---', address: '' })).toBe('?');
  });

  it('is still exported from the deadline check for older importers', () => {
    const jo = record('PR-2026-0009', ['deletion'], 'Jo Smith');
    expect(fromCheck(jo)).toBe(requesterInitials(jo));
  });
});
