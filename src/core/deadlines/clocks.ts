import type { CaseClock, ClockCandidate, Label, RegimeEvidence } from '../../types.js';
import { addBusinessDays, addCalendarDays, addMonths, deadlineInstant, localDateOf, type LocalDate } from './calendar.js';
import { POLICY, ruleFor, type ClockRule, type Period, type Regime, type RequestType } from './policy.js';
import { requestTypesFor } from './regime.js';

/**
 * The last day of `period` counted from local receipt date `start`.
 * - Calendar days: receipt is day 1, so N days end on receipt + (N - 1). The doc's CCPA reading
 *   (7021(b) "begins on the day" of receipt, ❓) is applied to every "N days" rule because it is
 *   the earlier of the two readings; no weekend/holiday roll-forward (deadlines-and-verification.md section 2).
 * - Business days: from the day after receipt, skipping Saturdays and Sundays; holidays count.
 * - Months: same day number, clamped to month end (Reg. 1182/71; EDPB section 160-161).
 */
export function periodEnd(start: LocalDate, period: Period): LocalDate {
  switch (period.unit) {
    case 'calendar_days':
      return addCalendarDays(start, period.amount - 1);
    case 'business_days':
      return addBusinessDays(start, period.amount);
    case 'months':
      return addMonths(start, period.amount);
  }
}

/** The latest date an extension could give under `rule`: "+45 days" after the first period, or "3 months in total". */
export function extendedEnd(start: LocalDate, rule: ClockRule): LocalDate | null {
  if (!rule.extension) return null;
  const extra = rule.extension.period;
  if (rule.respond.unit === 'months' && extra.unit === 'months') return addMonths(start, rule.respond.amount + extra.amount);
  if (rule.respond.unit === 'calendar_days' && extra.unit === 'calendar_days') return addCalendarDays(periodEnd(start, rule.respond), extra.amount);
  return periodEnd(periodEnd(start, rule.respond), extra);
}

export interface ClockInput {
  receivedAt: string;
  labels: readonly Label[];
  regimes: readonly Regime[];
  evidence: readonly RegimeEvidence[];
  timeZone: string;
  /** PROMISED_RESPONSE_DAYS: the company's published promise, in calendar days; null when none. */
  promisedResponseDays: number | null;
  /** When requested identity arrived: restarts only clocks whose statute allows it (UK GDPR). */
  identityReceivedAt?: string | null;
  now: string;
}

/** Every (regime, request type) rule that applies, and the dates each one gives. */
export function clockCandidates(input: ClockInput): ClockCandidate[] {
  const receivedOn = localDateOf(input.receivedAt, input.timeZone);
  const restartOn = input.identityReceivedAt ? localDateOf(input.identityReceivedAt, input.timeZone) : null;
  const types = requestTypesFor(input.labels, new Set(input.regimes));
  const candidates: ClockCandidate[] = [];
  for (const regime of input.regimes) {
    for (const type of types) {
      const rule = ruleFor(regime, type);
      if (!rule) continue;
      // UK GDPR (DUAA 2025, 🟡): time runs from the latest of the request and the requested ID.
      const start = rule.pausesForVerification && restartOn && restartOn > receivedOn ? restartOn : receivedOn;
      candidates.push({
        regime,
        requestType: type,
        citation: rule.citation,
        ackDueOn: rule.ack ? periodEnd(start, rule.ack) : null,
        dueOn: periodEnd(start, rule.respond),
        extendedDueOn: extendedEnd(start, rule),
        suggestDaysBefore: rule.extension?.suggestDaysBefore ?? null,
        pausesForVerification: rule.pausesForVerification,
      });
    }
  }
  return candidates;
}

function earliest(dates: ReadonlyArray<string | null>): string | null {
  let best: string | null = null;
  for (const date of dates) if (date !== null && (best === null || date < best)) best = date;
  return best;
}

/**
 * Computes a case's clocks. The earliest candidate wins; the published promise (if any) caps the
 * first deadline, because missing a published promise is a deception risk (doc section 1b overlay).
 * The extension date is the earliest of every candidate's extended date (a rule with no extension
 * keeps its first date), so an extension is only offered when it really gains time under every
 * applicable rule. With no rule at all (a regime that does not answer this request type), CCPA's
 * 45-day rule is the fallback: a case never goes without a clock.
 */
export function computeCaseClock(input: ClockInput): CaseClock {
  const receivedOn = localDateOf(input.receivedAt, input.timeZone);
  let candidates = clockCandidates(input);
  if (candidates.length === 0) candidates = clockCandidates({ ...input, regimes: ['ccpa'] });
  const first = candidates.reduce((best, candidate) => (candidate.dueOn < best.dueOn ? candidate : best));
  let firstDueOn = first.dueOn;
  let governedBy = `${first.regime}:${first.requestType}`;
  const promised = input.promisedResponseDays !== null ? addCalendarDays(receivedOn, input.promisedResponseDays - 1) : null;
  if (promised !== null) {
    if (promised < firstDueOn) {
      firstDueOn = promised;
      governedBy = 'promise';
    }
  }
  const extensionDue = earliest(candidates.map((candidate) => candidate.extendedDueOn ?? candidate.dueOn));
  const extensionDueOn = extensionDue !== null && extensionDue > firstDueOn ? extensionDue : null;
  const suggestBefore = governedBy === 'promise' ? Math.max(0, ...candidates.map((c) => c.suggestDaysBefore ?? 0)) : (first.suggestDaysBefore ?? 0);
  const restarted = input.identityReceivedAt && candidates.some((c) => c.pausesForVerification) ? localDateOf(input.identityReceivedAt, input.timeZone) : null;
  return {
    version: 1,
    computedAt: input.now,
    timeZone: input.timeZone,
    receivedOn,
    regimes: [...new Set(candidates.map((candidate) => candidate.regime))],
    evidence: [...input.evidence],
    candidates,
    ackDueOn: earliest(candidates.map((candidate) => candidate.ackDueOn)),
    firstDueOn,
    firstDueAt: deadlineInstant(firstDueOn, input.timeZone),
    governedBy,
    promisedDueOn: promised,
    extensionDueOn,
    suggestExtensionOn: extensionDueOn ? addCalendarDays(firstDueOn, -suggestBefore) : null,
    dueOn: firstDueOn,
    extension: null,
    restartedOn: restarted && restarted > receivedOn ? restarted : null,
  };
}

/** The rules behind a clock, for display ("CCPA know: 45 calendar days, 11 CCR 7021"). */
export function describeRule(regime: string, requestType: string): string {
  const rule = POLICY.find((row) => row.regime === regime && row.requestTypes.includes(requestType as RequestType));
  if (!rule) return `${regime} ${requestType}`;
  const unit = rule.respond.unit.replace('_', ' ');
  return `${regime} ${requestType}: ${rule.respond.amount} ${unit} (${rule.citation})`;
}

const NO_VERIFICATION_TYPES: ReadonlySet<string> = new Set(['opt_out', 'unsubscribe', 'limit']);

/**
 * The instant by which identity must be verified before an unverified request may be denied
 * (CCPA 7021(b): deny at day 45/90 if unverified): the current deadline of the parts that need
 * verification. An opt-out's shorter clock never counts here, because an opt-out must not wait for,
 * or be refused for lack of, identity (doc section 4, items 3 and 7). Falls back to `dueAt`.
 */
export function verificationDueAt(record: { clock?: CaseClock; dueAt: string | null }): string | null {
  const clock = record.clock;
  if (!clock) return record.dueAt;
  if (clock.extension) return clock.extension.dueAt;
  const dates = clock.candidates.filter((candidate) => !NO_VERIFICATION_TYPES.has(candidate.requestType)).map((candidate) => candidate.dueOn);
  const first = earliest([...dates, clock.promisedDueOn ?? null]);
  return first === null || dates.length === 0 ? record.dueAt : deadlineInstant(first, clock.timeZone);
}
