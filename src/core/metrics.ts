import type { CaseRecord, DbData, Label, PurgedCaseStat } from '../types.js';
import { daysBetween, localDateOf } from './deadlines/calendar.js';

const TERMINAL: ReadonlySet<string> = new Set(['done', 'denied', 'closed']);

/** When the case reached done/denied/closed (the last such state change), or null while open. */
export function closedAt(record: CaseRecord): string | null {
  if (!TERMINAL.has(record.state)) return null;
  let at: string | null = null;
  for (const event of record.events) {
    const to = event.data?.to;
    if (event.type === 'state_changed' && typeof to === 'string' && TERMINAL.has(to)) at = event.at;
  }
  return at ?? record.events.at(-1)?.at ?? record.receivedAt;
}

export type Outcome = 'complied' | 'denied' | 'closed' | 'open';

export function outcomeOf(record: CaseRecord): Outcome {
  if (record.state === 'done') return 'complied';
  if (record.state === 'denied') return 'denied';
  if (record.state === 'closed') return 'closed';
  return 'open';
}

/** The optional 11 CCR 7102 denial breakdown: unverifiable, not from a consumer, exempt data, other. */
export type DenialCategory = 'unverifiable' | 'not_a_consumer' | 'exempt' | 'other';

export function denialReason(record: CaseRecord): string | null {
  if (record.state !== 'denied') return null;
  for (const event of [...record.events].reverse()) {
    const reason = event.data?.reason;
    if ((event.type === 'state_changed' && event.data?.to === 'denied') || event.type === 'team_denied' || event.type === 'denied_unverified') {
      if (typeof reason === 'string') return reason;
    }
  }
  return null;
}

const DENIAL_CATEGORIES: readonly string[] = ['unverifiable', 'not_a_consumer', 'exempt', 'other'];

export function denialCategory(reason: string | null): DenialCategory {
  if (!reason) return 'other';
  if (DENIAL_CATEGORIES.includes(reason)) return reason as DenialCategory;
  if (/verif|identit|authenticat/i.test(reason)) return 'unverifiable';
  if (/not (?:a )?(?:consumer|resident|customer|client)|no relationship|never (?:a )?(?:customer|client)/i.test(reason)) return 'not_a_consumer';
  if (/exempt|hipaa|protected health|legal obligation|retain by law|law requires/i.test(reason)) return 'exempt';
  return 'other';
}

/** The CCPA 7102 request types (know, delete, correct, opt-out of sale/sharing, limit) plus the rest. */
export const METRIC_TYPES = ['know', 'delete', 'correct', 'opt_out', 'other'] as const;
export type MetricType = (typeof METRIC_TYPES)[number];

export function metricType(primary: Label): MetricType {
  switch (primary) {
    case 'disclosure':
      return 'know';
    case 'deletion':
      return 'delete';
    case 'correction':
      return 'correct';
    case 'opt_out':
      return 'opt_out';
    default:
      return 'other';
  }
}

/** One request as the metrics see it: a live case or a purged case's anonymous stat. */
export interface RequestFact {
  caseId: string;
  type: MetricType;
  receivedAt: string;
  respondedAt: string | null;
  outcome: Outcome;
  denialCategory: DenialCategory | null;
}

export function factOfCase(record: CaseRecord): RequestFact {
  return factsOfCase(record)[0] as RequestFact;
}

/**
 * One fact per request type in the case (11 CCR 7102 counts requests by type): a deletion + opt-out
 * is one request to delete and one to opt out. The opt-out part is complied with when the team marked
 * it done, whatever happens to the rest.
 */
export function factsOfCase(record: CaseRecord): RequestFact[] {
  const outcome = outcomeOf(record);
  const closed = closedAt(record);
  const optOutDoneAt = record.lifecycle?.optOutDoneAt ?? null;
  const types = [...new Set([metricType(record.primary), ...record.labels.map(metricType)])];
  return types.map((type) => {
    if (type === 'opt_out' && optOutDoneAt) return { caseId: record.id, type, receivedAt: record.receivedAt, respondedAt: optOutDoneAt, outcome: 'complied', denialCategory: null };
    return {
      caseId: record.id,
      type,
      receivedAt: record.receivedAt,
      respondedAt: outcome === 'complied' || outcome === 'denied' ? closed : null,
      outcome,
      denialCategory: outcome === 'denied' ? denialCategory(denialReason(record)) : null,
    };
  });
}

export function factOfPurged(stat: PurgedCaseStat): RequestFact {
  return factsOfPurged(stat)[0] as RequestFact;
}

export function factsOfPurged(stat: PurgedCaseStat): RequestFact[] {
  const types = [...new Set([metricType(stat.primary), ...stat.labels.map(metricType)])];
  return types.map((type) => {
    if (type === 'opt_out' && stat.optOutDoneAt) return { caseId: stat.caseId, type, receivedAt: stat.receivedAt, respondedAt: stat.optOutDoneAt, outcome: 'complied', denialCategory: null };
    return {
      caseId: stat.caseId,
      type,
      receivedAt: stat.receivedAt,
      respondedAt: stat.respondedAt,
      outcome: stat.outcome,
      denialCategory: stat.outcome === 'denied' ? denialCategory(stat.denialReason) : null,
    };
  });
}

/** Every request the store knows of, live or purged, one per type: metrics survive retention purges. */
export function requestFacts(db: DbData): RequestFact[] {
  const live = Object.values(db.cases).flatMap(factsOfCase);
  const liveIds = new Set(Object.keys(db.cases));
  return [...live, ...(db.purged ?? []).filter((stat) => !liveIds.has(stat.caseId)).flatMap(factsOfPurged)];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Calendar days from receipt to response, on the company's calendar (receipt day = 0). */
export function daysToRespond(fact: RequestFact, timeZone: string): number | null {
  if (!fact.respondedAt) return null;
  return daysBetween(localDateOf(fact.receivedAt, timeZone), localDateOf(fact.respondedAt, timeZone));
}

export interface TypeMetrics {
  type: MetricType;
  received: number;
  /** Complied with in whole or in part (11 CCR 7102(a)(1)(B)). */
  complied: number;
  denied: number;
  deniedBy: Record<DenialCategory, number>;
  /** Still open or closed without a substantive response. */
  other: number;
  medianDays: number | null;
  meanDays: number | null;
}

export interface MetricsReport {
  year: number;
  timeZone: string;
  types: TypeMetrics[];
  total: TypeMetrics;
}

function emptyMetrics(type: MetricType): TypeMetrics {
  return { type, received: 0, complied: 0, denied: 0, deniedBy: { unverifiable: 0, not_a_consumer: 0, exempt: 0, other: 0 }, other: 0, medianDays: null, meanDays: null };
}

/**
 * The CCPA 11 CCR 7102 figures for one calendar year (deadlines-and-verification.md section 5):
 * per request type, requests received, complied with in whole or in part, denied (with the
 * optional breakdown), and median and mean days to a substantive response. Requests are counted in
 * the year they were received, in the company's time zone.
 */
export function computeMetrics(db: DbData, year: number, timeZone: string): MetricsReport {
  return metricsOfFacts(requestFacts(db), year, timeZone);
}

/** The report from facts gathered piece by piece (a store read one month at a time). */
export function metricsOfFacts(all: readonly RequestFact[], year: number, timeZone: string): MetricsReport {
  const facts = all.filter((fact) => localDateOf(fact.receivedAt, timeZone).startsWith(`${year}-`));
  const build = (type: MetricType | 'all'): TypeMetrics => {
    const subset = type === 'all' ? facts : facts.filter((fact) => fact.type === type);
    const metrics = emptyMetrics(type === 'all' ? 'other' : type);
    const days: number[] = [];
    for (const fact of subset) {
      metrics.received++;
      if (fact.outcome === 'complied') metrics.complied++;
      else if (fact.outcome === 'denied') {
        metrics.denied++;
        metrics.deniedBy[fact.denialCategory ?? 'other']++;
      } else metrics.other++;
      const d = daysToRespond(fact, timeZone);
      if (d !== null) days.push(d);
    }
    metrics.medianDays = median(days);
    metrics.meanDays = mean(days);
    return metrics;
  };
  return { year, timeZone, types: METRIC_TYPES.map((type) => build(type)), total: build('all') };
}

const TYPE_NAMES: Record<MetricType, string> = { know: 'Right to know', delete: 'Right to delete', correct: 'Right to correct', opt_out: 'Opt-out of sale/sharing', other: 'Other' };

function fixed(value: number | null): string {
  return value === null ? '-' : value.toFixed(1);
}

export function formatMetrics(report: MetricsReport, format: 'md' | 'csv' | 'json'): string {
  if (format === 'json') return JSON.stringify(report, null, 2);
  const header = ['Request type', 'Received', 'Complied in whole or part', 'Denied', 'Denied: unverifiable', 'Denied: not a consumer', 'Denied: exempt', 'Denied: other', 'Median days', 'Mean days'];
  const rows = [...report.types, { ...report.total, type: 'all' as const }].map((m) => [
    m.type === 'all' ? 'All requests' : TYPE_NAMES[m.type as MetricType],
    String(m.received),
    String(m.complied),
    String(m.denied),
    String(m.deniedBy.unverifiable),
    String(m.deniedBy.not_a_consumer),
    String(m.deniedBy.exempt),
    String(m.deniedBy.other),
    fixed(m.medianDays),
    fixed(m.meanDays),
  ]);
  if (format === 'csv') return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n');
  const lines = [
    `## Privacy request metrics, ${report.year} (CCPA 11 CCR 7102)`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `Days are calendar days from receipt to the substantive response, counted in ${report.timeZone}. A request for several things counts once per request type; an opt-out that was carried out counts as complied with even when the rest was denied.`,
  ];
  return lines.join('\n');
}

/** RFC 4180 cell; a leading = + - @ is prefixed with ' so spreadsheets never run it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
