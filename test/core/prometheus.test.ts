import { describe, expect, it } from 'vitest';
import { assessHealth } from '../../src/core/health.js';
import { statusMetrics } from '../../src/core/health-metrics.js';
import { emptyJobRecord, recordStart, recordSuccess } from '../../src/core/job-record.js';
import { computeMetrics } from '../../src/core/metrics.js';
import { formatPrometheus } from '../../src/core/prometheus.js';
import { emptyDb } from '../../src/core/store-changes.js';
import type { DbData } from '../../src/types.js';

const LA = 'America/Los_Angeles';
const NOW = '2026-03-02T17:30:00Z';

describe('Prometheus text format 0.0.4', () => {
  it('writes HELP and TYPE, then one line per sample, escaping help text and label values', () => {
    const text = formatPrometheus([
      { name: 'a_total', help: 'line one\nback\\slash', type: 'counter', samples: [{ value: 3 }] },
      { name: 'b', help: 'labels', type: 'gauge', samples: [{ labels: { code: 'say "hi"\n\\' }, value: 1.5 }, { labels: { x: 'y', z: 'w' }, value: Number.NaN }, { value: Infinity }] },
    ]);
    expect(text).toBe(
      [
        '# HELP a_total line one\\nback\\\\slash',
        '# TYPE a_total counter',
        'a_total 3',
        '# HELP b labels',
        '# TYPE b gauge',
        'b{code="say \\"hi\\"\\n\\\\"} 1.5',
        'b{x="y",z="w"} NaN',
        'b +Inf',
        '',
      ].join('\n'),
    );
  });

  it('refuses names the format does not allow', () => {
    expect(() => formatPrometheus([{ name: 'bad-name', help: '', type: 'gauge', samples: [] }])).toThrow(/metric name/);
    expect(() => formatPrometheus([{ name: 'ok', help: '', type: 'gauge', samples: [{ labels: { __reserved: 'x' }, value: 1 }] }])).toThrow(/label name/);
  });
});

describe('status metrics', () => {
  function seeded(): DbData {
    const db = emptyDb();
    db.cases['PR-2026-0001'] = {
      id: 'PR-2026-0001',
      requester: { address: 'maria.ortiz@example.net', name: 'Maria Ortiz' },
      subject: 'Delete everything about me',
      labels: ['deletion', 'opt_out'],
      primary: 'deletion',
      language: 'en',
      state: 'awaiting_team',
      receivedAt: '2026-02-20T18:00:00Z',
      dueAt: '2026-04-06T06:59:59.999Z',
      messageKeys: [],
      threadIds: [],
      events: [],
      flags: [],
    };
    return db;
  }

  it('exposes health, jobs, outbox, cases and this year\'s request counts, with no case id or personal data in any label', () => {
    const db = seeded();
    const poll = recordSuccess(recordStart(emptyJobRecord('poll-inbox'), '2026-03-02T17:29:00Z'), '2026-03-02T17:29:30Z', {});
    const report = assessHealth({
      now: NOW,
      jobs: { 'poll-inbox': poll },
      db,
      backlog: { kind: 'maildir', count: 4, oldestArrivedAt: null, error: null },
      settings: { pollIntervalMs: 60_000, checkIntervalMs: 3_600_000, dryRun: false, timeZone: LA, teamConfigured: true, digestCron: '0 9 * * 1', nextDigestAt: '2026-03-09T16:00:00.000Z' },
    });
    const text = formatPrometheus(statusMetrics(report, computeMetrics(db, 2026, LA)));
    const lines = text.split('\n');
    expect(lines).toContain('privacy_inbox_healthy 0');
    expect(lines).toContain('privacy_inbox_problems{code="DEADLINES_STALE"} 1');
    expect(lines).toContain('privacy_inbox_problems{code="POLL_STALE"} 0');
    expect(lines).toContain(`privacy_inbox_job_last_success_timestamp_seconds{job="poll-inbox"} ${Date.parse('2026-03-02T17:29:30Z') / 1000}`);
    expect(lines).toContain('privacy_inbox_job_consecutive_failures{job="poll-inbox"} 0');
    expect(text).not.toContain('job_consecutive_failures{job="check-deadlines"}');
    expect(lines).toContain('privacy_inbox_mailbox_waiting_messages 4');
    expect(lines).toContain('privacy_inbox_outbox_items{state="failed"} 0');
    expect(lines).toContain('privacy_inbox_open_cases 1');
    expect(lines).toContain(`privacy_inbox_next_digest_timestamp_seconds ${Date.parse('2026-03-09T16:00:00.000Z') / 1000}`);
    expect(lines).toContain('privacy_inbox_requests_this_year{year="2026",type="delete",outcome="received"} 1');
    expect(lines).toContain('privacy_inbox_requests_this_year{year="2026",type="opt_out",outcome="other"} 1');
    const labelValues = [...text.matchAll(/="([^"]*)"/g)].map((match) => match[1]);
    expect(labelValues.filter((value) => /PR-|@|maria|delete everything/i.test(value ?? ''))).toEqual([]);
  });
});
