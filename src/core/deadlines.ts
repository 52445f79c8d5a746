/**
 * Facade over src/core/deadlines/: the policy table, clocks, extensions and reminders. Rules and
 * their sources: ../shared/docs/deadlines-and-verification.md; the choices made where it says ❓
 * are listed in docs/deadlines.md.
 */
export * from './deadlines/index.js';

const DAY_MS = 86_400_000;

/**
 * Provisional first due date used at intake, before check-deadlines computes the case's full clock
 * (computeCaseClock: regimes, time zone, promise cap), which then replaces it. CCPA allows 45
 * calendar days from receipt (11 CCR 7021(b)); the regulation says the period "begins on the day"
 * of receipt, so receipt is day 1: receipt + 44 days (deadlines-and-verification.md section 2).
 */
export function initialDueAt(receivedAt: string): string {
  return new Date(Date.parse(receivedAt) + 44 * DAY_MS).toISOString();
}
