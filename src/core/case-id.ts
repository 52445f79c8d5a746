import type { DbData } from '../types.js';

/** The calendar year in the company's time zone: a request on 31 Dec 23:30 local belongs to that year. */
// Building an Intl.DateTimeFormat costs far more than using one: keep one per zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The local calendar day, YYYY-MM-DD. */
export function localDay(nowIso: string, timeZone: string): string {
  return dayFormat(timeZone).format(new Date(nowIso));
}

export function localYear(nowIso: string, timeZone: string): number {
  return Number(localDay(nowIso, timeZone).slice(0, 4));
}

/** Next human case id, e.g. PR-2026-0001, numbered per year. */
export function nextCaseId(db: DbData, year: number): { caseId: string; counter: string; value: number } {
  const counter = `case:${year}`;
  const value = (db.counters[counter] ?? 0) + 1;
  return { caseId: `PR-${year}-${String(value).padStart(4, '0')}`, counter, value };
}
