import type { CaseClock, CaseEvent, CaseLifecycle, CaseRecord } from '../types.js';

const TERMINAL: ReadonlySet<string> = new Set(['done', 'denied', 'closed']);
/** Events a denial reason is read from (metrics.ts denialReason). */
const DENIAL_EVENTS: ReadonlySet<string> = new Set(['team_denied', 'denied_unverified']);

function keptEvent(event: CaseEvent): boolean {
  if (event.type === 'state_changed') return typeof event.data?.to === 'string' && TERMINAL.has(event.data.to);
  return DENIAL_EVENTS.has(event.type);
}

/**
 * A case reduced to what `list`, `metrics` and `export` read (summarizeCase, factsOfCase,
 * caseCsvRow): the summary fields, the events that date its closing and name a denial reason (and
 * the last event, the fallback closing date), the clock's dates and extension, and the lifecycle's
 * agent, opt-out and verification dates. The file store keeps one per archived case in its case
 * list, so these commands never read the archive's full records (a tenth of their size: no
 * evidence, candidates, tokens, thread ids or subject). test/core/case-thin.test.ts holds the
 * three readers to the same output for a thin and a full record.
 */
export function thinCase(record: CaseRecord): CaseRecord {
  const events = record.events.filter((event, index) => keptEvent(event) || index === record.events.length - 1);
  const thin: CaseRecord = {
    id: record.id,
    requester: record.requester,
    subject: '',
    labels: record.labels,
    primary: record.primary,
    language: record.language,
    state: record.state,
    receivedAt: record.receivedAt,
    dueAt: record.dueAt,
    messageKeys: [],
    threadIds: [],
    events,
    flags: record.flags,
  };
  if (record.lifecycle) thin.lifecycle = thinLifecycle(record.lifecycle);
  if (record.clock) thin.clock = thinClock(record.clock);
  return thin;
}

function thinLifecycle(lifecycle: CaseLifecycle): CaseLifecycle {
  const verification = lifecycle.verification;
  return {
    confidence: lifecycle.confidence,
    // Only whether someone was verified: never the token round, target or data points.
    verification: verification
      ? { target: null, round: 0, sentAt: null, expiresAt: null, remindedAt: null, failedAttempts: 0, locked: false, mailboxVerifiedAt: verification.mailboxVerifiedAt, dataPoints: [], teamVerifiedAt: verification.teamVerifiedAt, teamVerifiedBy: null, deletionConfirmedAt: null, deletionConfirmationRequestedAt: null }
      : null,
    agent: lifecycle.agent ? { consumer: null } : null,
    optOutDoneAt: lifecycle.optOutDoneAt,
    assignee: null,
    teamThreadIds: [],
    escalations: 0,
  };
}

function thinClock(clock: CaseClock): CaseClock {
  return { ...clock, evidence: [], candidates: [] };
}
