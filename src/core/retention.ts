import type { DbData, PurgedCaseStat, StoreChange } from '../types.js';
import { addCalendarDays, addMonths, instantOfWallTime, localDateOf } from './deadlines/calendar.js';
import { closedAt, denialCategory, denialReason, outcomeOf } from './metrics.js';

export interface RetentionPlan {
  changes: StoreChange[];
  /** Raw-mail files (relative to DATA_DIR) the caller deletes after the changes are stored. */
  blobs: string[];
  purged: string[];
}

/**
 * Closed cases (done, denied, closed) and their stored mail are purged RETENTION_MONTHS after they
 * closed (default 24: the CCPA record period, 11 CCR 7101(b), deadlines-and-verification.md
 * section 1a "Records"). Only an anonymous stat survives for the 7102 metrics; the purge itself is
 * kept in `db.purged` (the log of purges, with date and case id) and reported in the digest.
 * Measured on local dates: a case closed on 3 Mar 2024 is purged from 3 Mar 2026 on.
 */
/**
 * The instant before which a case must have closed to be purged now: the start of the day after
 * the cutoff date, local to `timeZone`. A store asked for archived cases uses it to read only what
 * may be due; planRetention still decides each case on its local date.
 */
export function retentionClosedBefore(now: string, retentionMonths: number, timeZone: string): string {
  const cutoff = addMonths(localDateOf(now, timeZone), -retentionMonths);
  return new Date(instantOfWallTime(addCalendarDays(cutoff, 1), 0, 0, 0, 0, timeZone)).toISOString();
}

export function planRetention(db: DbData, now: string, retentionMonths: number, timeZone: string): RetentionPlan {
  const cutoff = addMonths(localDateOf(now, timeZone), -retentionMonths);
  const plan: RetentionPlan = { changes: [], blobs: [], purged: [] };
  for (const record of Object.values(db.cases).sort((a, b) => a.id.localeCompare(b.id))) {
    const closed = closedAt(record);
    if (!closed || localDateOf(closed, timeZone) > cutoff) continue;
    const outcome = outcomeOf(record);
    if (outcome === 'open') continue;
    const stat: PurgedCaseStat = {
      caseId: record.id,
      primary: record.primary,
      labels: record.labels,
      receivedAt: record.receivedAt,
      respondedAt: outcome === 'complied' || outcome === 'denied' ? closed : null,
      outcome,
      // Only the category: a free-text reason may name the requester.
      denialReason: outcome === 'denied' ? denialCategory(denialReason(record)) : null,
      optOutDoneAt: record.lifecycle?.optOutDoneAt ?? null,
      extended: Boolean(record.clock?.extension),
      purgedAt: now,
      retentionMonths,
    };
    plan.changes.push({ type: 'purgeCase', caseId: record.id, stat });
    for (const message of Object.values(db.messages)) if (message.caseId === record.id && message.blob) plan.blobs.push(message.blob);
    plan.purged.push(record.id);
  }
  return plan;
}
