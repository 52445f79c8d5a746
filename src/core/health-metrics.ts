import { PROBLEM_CODES, type StatusReport } from './health.js';
import { JOB_NAMES } from './job-record.js';
import type { MetricsReport } from './metrics.js';
import type { MetricFamily, MetricSample } from './prometheus.js';

/**
 * The status report and this year's CCPA 11 CCR 7102 figures (src/core/metrics.ts) as Prometheus
 * gauges. Labels are fixed vocabularies only (job names, outbox states, request types, outcomes,
 * problem codes): never a case id, an address or a subject, so a metrics store holds no personal data.
 */

function seconds(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso) / 1000;
}

function gauge(name: string, help: string, samples: Array<MetricSample | null>): MetricFamily {
  return { name, help, type: 'gauge', samples: samples.filter((sample): sample is MetricSample => sample !== null) };
}

function perJob(report: StatusReport, value: (job: StatusReport['jobs'][keyof StatusReport['jobs']]) => number | null): Array<MetricSample | null> {
  return JOB_NAMES.map((job) => {
    const number = value(report.jobs[job]);
    return number === null ? null : { labels: { job }, value: number };
  });
}

export function statusMetrics(report: StatusReport, requests: MetricsReport): MetricFamily[] {
  const families: MetricFamily[] = [
    gauge('privacy_inbox_healthy', '1 when privacy-inbox status finds no problem, else 0 (docs/deploy.md lists the rules).', [{ value: report.healthy ? 1 : 0 }]),
    gauge(
      'privacy_inbox_problems',
      'Problems found by the status check, by code (1 or more makes it unhealthy).',
      PROBLEM_CODES.map((code) => ({ labels: { code }, value: report.problems.filter((finding) => finding.code === code).length })),
    ),
    gauge('privacy_inbox_job_last_success_timestamp_seconds', 'When the job last finished a run without error (Unix time).', perJob(report, (view) => seconds(view.lastSuccessAt))),
    gauge('privacy_inbox_job_last_start_timestamp_seconds', 'When the job last started a run (Unix time).', perJob(report, (view) => seconds(view.lastStartedAt))),
    gauge('privacy_inbox_job_consecutive_failures', 'Failed runs of the job since its last success.', perJob(report, (view) => (view.recorded ? view.consecutiveFailures : null))),
    gauge('privacy_inbox_job_running', '1 while a run of the job has started and not finished.', perJob(report, (view) => (view.recorded ? (view.running ? 1 : 0) : null))),
    gauge('privacy_inbox_mailbox_waiting_messages', 'Messages waiting in the mailbox (Maildir new/ or the IMAP folder).', [report.mailbox.count === null ? null : { value: report.mailbox.count }]),
    gauge(
      'privacy_inbox_outbox_items',
      'Outbox items by state.',
      Object.entries(report.outbox.byState).map(([state, value]) => ({ labels: { state }, value })),
    ),
    gauge('privacy_inbox_outbox_due_items', 'Replies due now and not yet sent.', [{ value: report.outbox.dueNow }]),
    gauge('privacy_inbox_outbox_paced_items', 'First replies to new addresses waiting for their send day.', [{ value: report.outbox.paced }]),
    gauge('privacy_inbox_outbox_failed_recently_items', 'Replies given up on in the last 7 days.', [{ value: report.outbox.failedRecently }]),
    gauge('privacy_inbox_open_cases', 'Open cases.', [{ value: report.cases.open }]),
    gauge('privacy_inbox_overdue_cases', 'Open cases past their due date.', [{ value: report.cases.overdue }]),
    gauge('privacy_inbox_cases_due_within_7_days', 'Open cases due within 7 days, not yet overdue.', [{ value: report.cases.dueWithin7Days }]),
    gauge('privacy_inbox_urgent_cases', 'Open cases flagged URGENT.', [{ value: report.cases.urgent }]),
    gauge('privacy_inbox_next_digest_timestamp_seconds', 'The next DIGEST_CRON slot (Unix time).', [report.digest.nextAt === null ? null : { value: Date.parse(report.digest.nextAt) / 1000 }]),
  ];
  const year = String(requests.year);
  families.push(
    gauge(
      'privacy_inbox_requests_this_year',
      `Requests received this calendar year (${requests.timeZone}) by request type and outcome, as counted for CCPA 11 CCR 7102.`,
      requests.types.flatMap((metrics) => [
        { labels: { year, type: metrics.type, outcome: 'received' }, value: metrics.received },
        { labels: { year, type: metrics.type, outcome: 'complied' }, value: metrics.complied },
        { labels: { year, type: metrics.type, outcome: 'denied' }, value: metrics.denied },
        { labels: { year, type: metrics.type, outcome: 'other' }, value: metrics.other },
      ]),
    ),
    gauge(
      'privacy_inbox_request_median_days_this_year',
      'Median calendar days from receipt to a substantive response this year, by request type.',
      requests.types.map((metrics) => (metrics.medianDays === null ? null : { labels: { year, type: metrics.type }, value: metrics.medianDays })),
    ),
  );
  return families;
}
