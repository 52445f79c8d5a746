const DAY_MS = 86_400_000;

/**
 * First response due date. CCPA allows 45 calendar days from receipt (11 CCR 7021(b)); because the
 * regulation says the period "begins on the day" of receipt, we count receipt as day 1 and use
 * receipt + 44 days (deadlines-and-verification.md section 2). The deadlines issue refines this per regime.
 */
export function initialDueAt(receivedAt: string): string {
  return new Date(Date.parse(receivedAt) + 44 * DAY_MS).toISOString();
}
