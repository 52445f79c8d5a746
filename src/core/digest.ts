import type { Address, CaseRecord, DbData, OutboxItem } from '../types.js';
import { firstRunBetween } from './cron.js';
import { addCalendarDays, daysBetween, instantOfWallTime, isoWeek, localDateOf, mondayOf } from './deadlines/calendar.js';
import { URGENT } from './case-machine.js';
import { OPEN_STATES } from './deadlines/check.js';
import { closedAt, median } from './metrics.js';
import { outgoingMessageId } from './outbox.js';
import { requesterInitials } from './team-subject.js';

export interface DigestRow {
  caseId: string;
  type: string;
  initials: string;
  state: string;
  dueOn: string;
  daysLeft: number;
  /** "3 days left", "due today", "5 days overdue". */
  daysLabel: string;
  overdue: boolean;
  color: string;
}

/** An open case marked URGENT (child data, COPPA 16 CFR 312): listed first, oldest first. */
export interface UrgentRow extends DigestRow {
  receivedOn: string;
  daysWaiting: number;
  /** "1 day", "6 days". */
  waited: string;
}

export interface ChartBar {
  label: string;
  count: number;
  /** Bar width in percent of the widest bucket (0-100). */
  pct: number;
  /** The remainder, so the HTML table row always sums to 100%. */
  restPct: number;
  color: string;
}

export interface CountRow {
  label: string;
  count: number;
}

export interface DigestModel {
  orgName: string;
  week: string;
  generatedOn: string;
  timeZone: string;
  totals: { urgent: number; open: number; overdue: number; dueSoon: number; awaitingVerification: number; newThisWeek: number; closedThisWeek: number };
  medianDaysToClose: string;
  byState: CountRow[];
  byType: CountRow[];
  urgent: UrgentRow[];
  overdue: DigestRow[];
  dueSoon: DigestRow[];
  awaitingVerification: DigestRow[];
  open: DigestRow[];
  chart: ChartBar[];
  hasUrgent: boolean;
  hasOverdue: boolean;
  hasDueSoon: boolean;
  hasOpen: boolean;
  purgedThisWeek: number;
  purgeLine: string;
  retentionMonths: number;
}

const RED = '#c62828';
const ORANGE = '#e65100';
const AMBER = '#f9a825';
const GREEN = '#2e7d32';
const TEAL = '#00796b';
const GREY = '#607d8b';

function rowColor(daysLeft: number): string {
  if (daysLeft < 0) return RED;
  if (daysLeft <= 2) return ORANGE;
  if (daysLeft <= 7) return AMBER;
  return GREEN;
}

function daysLabel(daysLeft: number): string {
  if (daysLeft < 0) return `${-daysLeft} day${daysLeft === -1 ? '' : 's'} overdue`;
  if (daysLeft === 0) return 'due today';
  return `${daysLeft} day${daysLeft === 1 ? '' : 's'} left`;
}

function dueOnOf(record: CaseRecord, timeZone: string): string {
  return record.clock?.dueOn ?? (record.dueAt ? localDateOf(record.dueAt, timeZone) : localDateOf(record.receivedAt, timeZone));
}

function countBy(values: readonly string[]): CountRow[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label, count]) => ({ label, count }));
}

function isOverdue(record: CaseRecord, now: string, today: string, timeZone: string): boolean {
  const dueAt = record.clock?.extension?.dueAt ?? record.clock?.firstDueAt ?? record.dueAt;
  return dueAt ? now > dueAt : today > dueOnOf(record, timeZone);
}

/**
 * The weekly digest's content (issue 5): open URGENT cases first (oldest first), counts by state
 * and type, overdue, due within 7 days,
 * awaiting verification, new and closed in the last 7 days, median days to close (last 365 days),
 * every open case as a row (initials only, never a name or address), open cases by days left as a
 * bar chart, and the retention purges of the week.
 */
export function buildDigestModel(db: DbData, now: string, settings: { timeZone: string; orgName: string; retentionMonths: number }): DigestModel {
  const { timeZone } = settings;
  const today = localDateOf(now, timeZone);
  const weekAgo = new Date(Date.parse(now) - 7 * 86_400_000).toISOString();
  const yearAgo = new Date(Date.parse(now) - 365 * 86_400_000).toISOString();
  const cases = Object.values(db.cases);
  const open = cases.filter((record) => OPEN_STATES.has(record.state));

  const rows: DigestRow[] = open
    .map((record) => {
      const dueOn = dueOnOf(record, timeZone);
      const overdue = isOverdue(record, now, today, timeZone);
      const daysLeft = overdue ? Math.min(-1, daysBetween(today, dueOn)) : Math.max(0, daysBetween(today, dueOn));
      return {
        caseId: record.id,
        type: record.labels.join(', ').replace(/_/g, ' '),
        initials: requesterInitials(record),
        state: record.state.replace(/_/g, ' '),
        dueOn,
        daysLeft,
        daysLabel: daysLabel(daysLeft),
        overdue,
        color: rowColor(daysLeft),
      };
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.caseId.localeCompare(b.caseId));

  const closedRecently = cases.map((record) => ({ record, closed: closedAt(record) })).filter((entry): entry is { record: CaseRecord; closed: string } => entry.closed !== null);
  const closeDays = closedRecently.filter((entry) => entry.closed >= yearAgo).map((entry) => daysBetween(localDateOf(entry.record.receivedAt, timeZone), localDateOf(entry.closed, timeZone)));
  const medianDays = median(closeDays);

  const buckets: Array<{ label: string; test: (days: number) => boolean; color: string }> = [
    { label: 'Overdue', test: (d) => d < 0, color: RED },
    { label: '0-2 days', test: (d) => d >= 0 && d <= 2, color: ORANGE },
    { label: '3-7 days', test: (d) => d >= 3 && d <= 7, color: AMBER },
    { label: '8-14 days', test: (d) => d >= 8 && d <= 14, color: TEAL },
    { label: '15-30 days', test: (d) => d >= 15 && d <= 30, color: GREEN },
    { label: 'Over 30 days', test: (d) => d > 30, color: GREY },
  ];
  const counts = buckets.map((bucket) => rows.filter((row) => bucket.test(row.daysLeft)).length);
  const widest = Math.max(1, ...counts);
  const chart = buckets.map((bucket, index) => {
    const count = counts[index] ?? 0;
    const pct = count === 0 ? 0 : Math.max(4, Math.round((count / widest) * 100));
    return { label: bucket.label, count, pct, restPct: 100 - pct, color: bucket.color };
  });

  const rowsById = new Map(rows.map((row) => [row.caseId, row]));
  const urgent: UrgentRow[] = open
    .filter((record) => record.flags.includes(URGENT))
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id))
    .flatMap((record) => {
      const row = rowsById.get(record.id);
      if (!row) return [];
      const receivedOn = localDateOf(record.receivedAt, timeZone);
      const daysWaiting = daysBetween(receivedOn, today);
      return [{ ...row, receivedOn, daysWaiting, waited: `${daysWaiting} day${daysWaiting === 1 ? '' : 's'}` }];
    });

  const purged = (db.purged ?? []).filter((stat) => stat.purgedAt >= weekAgo && stat.purgedAt <= now);
  const overdue = rows.filter((row) => row.overdue);
  const dueSoon = rows.filter((row) => !row.overdue && row.daysLeft <= 7);
  const awaiting = rows.filter((row) => row.state === 'awaiting verification');
  return {
    orgName: settings.orgName,
    week: isoWeek(today),
    generatedOn: today,
    timeZone,
    totals: {
      urgent: urgent.length,
      open: rows.length,
      overdue: overdue.length,
      dueSoon: dueSoon.length,
      awaitingVerification: awaiting.length,
      newThisWeek: cases.filter((record) => record.receivedAt >= weekAgo && record.receivedAt <= now).length + (db.purged ?? []).filter((s) => s.receivedAt >= weekAgo && !db.cases[s.caseId]).length,
      closedThisWeek: closedRecently.filter((entry) => entry.closed >= weekAgo && entry.closed <= now).length,
    },
    medianDaysToClose: medianDays === null ? '-' : String(Math.round(medianDays * 10) / 10),
    byState: countBy(cases.map((record) => record.state.replace(/_/g, ' '))),
    byType: countBy(cases.map((record) => record.primary.replace(/_/g, ' '))),
    urgent,
    overdue,
    dueSoon,
    awaitingVerification: awaiting,
    open: rows,
    chart,
    hasUrgent: urgent.length > 0,
    hasOverdue: overdue.length > 0,
    hasDueSoon: dueSoon.length > 0,
    hasOpen: rows.length > 0,
    purgedThisWeek: purged.length,
    purgeLine: purged.length === 0 ? '' : `Retention: ${purged.length} closed case${purged.length === 1 ? ' was' : 's were'} purged this week after ${settings.retentionMonths} months (${purged.map((stat) => stat.caseId).join(', ')}); only anonymous counts were kept.`,
    retentionMonths: settings.retentionMonths,
  };
}

/** The digest's outbox key: one per ISO week, so restarts and reruns never send it twice. */
export function digestKey(now: string, timeZone: string): string {
  return `digest:${isoWeek(localDateOf(now, timeZone))}`;
}

/**
 * When this ISO week's digest is due, for runs not started by the cron itself (run-once, the
 * simulation, the hourly catch-up): the first DIGEST_CRON time in this ISO week, local to
 * `timeZone`; null when the pattern does not fire this week (e.g. a monthly digest).
 */
export function digestSlot(now: string, timeZone: string, cron: string): string | null {
  const monday = mondayOf(localDateOf(now, timeZone));
  const weekStart = instantOfWallTime(monday, 0, 0, 0, 0, timeZone);
  const nextWeekStart = instantOfWallTime(addCalendarDays(monday, 7), 0, 0, 0, 0, timeZone);
  return firstRunBetween(cron, timeZone, weekStart, nextWeekStart);
}

export interface DigestContext {
  now: string;
  timeZone: string;
  orgName: string;
  privacyAddress: string;
  team: readonly Address[];
  teamHash: string;
  secret: string;
  domain: string;
  retentionMonths: number;
}

/** The week's digest as an outbox item for the team (key `digest:YYYY-Www`), or null when there is no team. */
export function buildDigestItem(db: DbData, context: DigestContext): OutboxItem | null {
  if (context.team.length === 0) return null;
  const model = buildDigestModel(db, context.now, { timeZone: context.timeZone, orgName: context.orgName, retentionMonths: context.retentionMonths });
  const key = digestKey(context.now, context.timeZone);
  const { totals } = model;
  const headline = [...(totals.urgent > 0 ? [`${totals.urgent} urgent`] : []), `${totals.open} open`, `${totals.overdue} overdue`, `${totals.dueSoon} due within 7 days`].join(', ');
  const marks = [...(totals.urgent > 0 ? ['URGENT'] : []), ...(totals.overdue > 0 ? ['OVERDUE'] : [])];
  return {
    key,
    messageId: outgoingMessageId(key, context.secret, context.domain),
    caseId: null,
    templateId: 'digest',
    to: [...context.team],
    toHash: context.teamHash,
    vars: { ...model, privacyAddress: context.privacyAddress },
    inReplyTo: null,
    references: [],
    subject: `${marks.length > 0 ? `${marks.join(', ')}: ` : ''}Privacy requests, week ${model.week}: ${headline}`,
    state: 'pending',
    createdAt: context.now,
    sentAt: null,
    attempts: 0,
    lastError: null,
  };
}
