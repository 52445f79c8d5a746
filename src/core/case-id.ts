import type { DbData } from '../types.js';

/** The calendar year in the company's time zone: a request on 31 Dec 23:30 local belongs to that year. */
export function localYear(nowIso: string, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(new Date(nowIso)));
}

export function localDay(nowIso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(nowIso));
}

/** Next human case id, e.g. PR-2026-0001, numbered per year. */
export function nextCaseId(db: DbData, year: number): { caseId: string; counter: string; value: number } {
  const counter = `case:${year}`;
  const value = (db.counters[counter] ?? 0) + 1;
  return { caseId: `PR-${year}-${String(value).padStart(4, '0')}`, counter, value };
}
