import type { Address, CaseEvent, CaseRecord, DbData, OutboxItem, StoreChange } from '../../types.js';
import { requesterInitials, teamRequestWords } from '../team-subject.js';
import { addCalendarDays, daysBetween, localDateOf, localHourOf, type LocalDate } from './calendar.js';
import { computeCaseClock } from './clocks.js';
import { holidayCheck, isWorkingDay, type HolidayCheck } from './holidays.js';
import type { Regime } from './policy.js';
import { detectRegimes } from './regime.js';
import { indexOutbox, teamItem } from './team-mail.js';
import { urgentReminder } from './urgent.js';

// Other modules took the initials from here before team-subject.ts existed.
export { initials, requesterInitials, teamSubject } from '../team-subject.js';

export interface DeadlineSettings {
  timeZone: string;
  /** HOLIDAY_REGION, e.g. 'US-CA': team mail that would fall on a holiday goes out the working day before. */
  holidayRegion: string;
  defaultRegimes: readonly Regime[];
  promisedResponseDays: number | null;
  /** REMINDER_DAYS: team reminders this many days before due, e.g. [7, 2]. */
  reminderDays: readonly number[];
  /** WORKING_HOURS: local hours [start, end) when non-urgent mail may go out. */
  workingHours: { start: number; end: number };
  team: readonly Address[];
  /** Hash of the team list, for the outbox's per-recipient bookkeeping. */
  teamHash: string;
  orgName: string;
  privacyAddress: string;
  secret: string;
  domain: string;
}

export interface DeadlineCheckSummary {
  clocksSet: number;
  clocksRestarted: number;
  reminders: number;
  overdueAlerts: number;
  extensionSuggestions: number;
  /** Daily reminders about open URGENT cases (child data). */
  urgentReminders: number;
  open: number;
  overdue: number;
  /** Team mail held back because it is night, a weekend or a holiday in TIMEZONE. */
  heldForWorkingHours: boolean;
}

export const OPEN_STATES: ReadonlySet<CaseRecord['state']> = new Set(['received', 'awaiting_verification', 'verified', 'awaiting_team']);

/** Latest working day on or before `date`: moving team mail earlier, never later. */
export function workingDayOnOrBefore(date: LocalDate, holidays: HolidayCheck): LocalDate {
  let current = date;
  for (let i = 0; i < 14 && !isWorkingDay(current, holidays); i++) current = addCalendarDays(current, -1);
  return current;
}

const OPT_OUT_TYPES: ReadonlySet<string> = new Set(['opt_out', 'unsubscribe', 'limit']);

/** The labels whose clocks still run: an opt-out the team marked done is answered. */
function clockLabels(record: CaseRecord): CaseRecord['labels'] {
  if (!record.lifecycle?.optOutDoneAt) return record.labels;
  const rest = record.labels.filter((label) => label !== 'opt_out');
  return rest.length > 0 ? rest : record.labels;
}

/** When identity arrived (lifecycle verification), for clocks that may wait for it (UK GDPR). */
function identityReceivedAt(record: CaseRecord): string | null {
  const verification = record.lifecycle?.verification;
  const times = [verification?.mailboxVerifiedAt ?? null, verification?.teamVerifiedAt ?? null].filter((t): t is string => t !== null);
  return times.sort()[0] ?? null;
}

function caseVars(record: CaseRecord, settings: DeadlineSettings, today: LocalDate): Record<string, unknown> {
  const clock = record.clock;
  const dueOn = clock?.dueOn ?? (record.dueAt ? localDateOf(record.dueAt, settings.timeZone) : today);
  return {
    caseId: record.id,
    orgName: settings.orgName,
    privacyAddress: settings.privacyAddress,
    requesterInitials: requesterInitials(record),
    requestType: teamRequestWords(record.labels),
    state: record.state.replace(/_/g, ' '),
    receivedOn: clock?.receivedOn ?? localDateOf(record.receivedAt, settings.timeZone),
    dueOn,
    daysLeft: daysBetween(today, dueOn),
    daysOverdue: Math.max(0, daysBetween(dueOn, today)),
    governedBy: clock?.governedBy ?? 'ccpa',
    regimes: (clock?.regimes ?? []).join(', '),
    extended: Boolean(clock?.extension),
    extensionDueOn: clock && !clock.extension ? clock.extensionDueOn : null,
    canExtend: Boolean(clock && !clock.extension && clock.extensionDueOn && today <= clock.firstDueOn),
  };
}

/**
 * One hourly pass over every case (issue 5, "Reminders and escalation"):
 * - gives each case its clock (regimes from DEFAULT_REGIME and the mail's own words; earliest wins);
 * - team reminders REMINDER_DAYS before due, on the working day on or before (never later);
 * - the bot's own extension suggestion (doc section 2: CCPA day 40, HIPAA day 25, GDPR a week before);
 * - an overdue escalation at once, then every working day until the case is handled;
 * - a daily reminder about an open URGENT case (child data) from the working day after receipt,
 *   except on a day that already brought an overdue alert or an escalation about it.
 * All of it goes out under the case's one team subject (teamSubject), the details in the body.
 * Every mail has a fixed outbox key, so a restart or a second run in the same hour sends nothing
 * twice. Outside working hours, on weekends and on holidays only overdue alerts go out.
 * `texts` holds each clock-less case's request text (subject + body) for regime evidence.
 */
export function planDeadlineChecks(db: DbData, now: string, settings: DeadlineSettings, texts: Readonly<Record<string, string>> = {}): { changes: StoreChange[]; summary: DeadlineCheckSummary } {
  const holidays = holidayCheck(settings.holidayRegion);
  const today = localDateOf(now, settings.timeZone);
  const hour = localHourOf(now, settings.timeZone);
  const workingNow = isWorkingDay(today, holidays) && hour >= settings.workingHours.start && hour < settings.workingHours.end;
  const summary: DeadlineCheckSummary = { clocksSet: 0, clocksRestarted: 0, reminders: 0, overdueAlerts: 0, extensionSuggestions: 0, urgentReminders: 0, open: 0, overdue: 0, heldForWorkingHours: !workingNow };
  const changes: StoreChange[] = [];
  const outbox = indexOutbox(db);
  const enqueue = (record: CaseRecord, item: OutboxItem, type: string, data: Record<string, unknown>): void => {
    const event: CaseEvent = { id: `${record.id}:${item.key}`, at: now, type, by: 'bot', data: { outboxKey: item.key, ...data } };
    changes.push({ type: 'queueCaseMail', caseId: record.id, item, event });
  };

  for (const original of Object.values(db.cases).sort((a, b) => a.id.localeCompare(b.id))) {
    let record = original;
    if (!record.clock) {
      const verdict = detectRegimes({ text: `${record.subject}\n${texts[record.id] ?? ''}`, requesterAddress: record.requester.address, labels: record.labels, defaults: settings.defaultRegimes });
      const clock = computeCaseClock({ receivedAt: record.receivedAt, labels: clockLabels(record), regimes: verdict.regimes, evidence: verdict.evidence, timeZone: settings.timeZone, promisedResponseDays: settings.promisedResponseDays, now });
      const event: CaseEvent = { id: `${record.id}:deadline_set`, at: now, type: 'deadline_set', by: 'bot', data: { dueOn: clock.firstDueOn, governedBy: clock.governedBy, regimes: clock.regimes, ackDueOn: clock.ackDueOn, extensionDueOn: clock.extensionDueOn } };
      changes.push({ type: 'setCaseClock', caseId: record.id, clock, dueAt: clock.firstDueAt, replaces: null, events: [event] });
      record = { ...record, clock, dueAt: clock.firstDueAt };
      summary.clocksSet++;
    } else if (!record.clock.extension && !record.clock.restartedOn && record.clock.candidates.some((c) => c.pausesForVerification)) {
      const identityAt = identityReceivedAt(record);
      if (identityAt) {
        const previous = record.clock;
        const clock = computeCaseClock({ receivedAt: record.receivedAt, labels: clockLabels(record), regimes: previous.regimes as Regime[], evidence: previous.evidence, timeZone: settings.timeZone, promisedResponseDays: settings.promisedResponseDays, identityReceivedAt: identityAt, now });
        if (clock.restartedOn) {
          const event: CaseEvent = { id: `${record.id}:deadline_restarted`, at: now, type: 'deadline_restarted', by: 'bot', data: { from: previous.firstDueOn, dueOn: clock.firstDueOn, restartedOn: clock.restartedOn } };
          changes.push({ type: 'setCaseClock', caseId: record.id, clock, dueAt: clock.firstDueAt, replaces: previous.computedAt, events: [event] });
          record = { ...record, clock, dueAt: clock.firstDueAt };
          summary.clocksRestarted++;
        }
      }
    }
    // An opt-out that is done no longer sets the pace: the rest of the request keeps its own clock
    // (e.g. deletion + opt-out: 10 business days for the opt-out, then 45 days for the deletion).
    if (record.clock && !record.clock.extension && record.lifecycle?.optOutDoneAt && record.clock.candidates.some((c) => OPT_OUT_TYPES.has(c.requestType))) {
      const labels = clockLabels(record);
      if (labels.length > 0 && !labels.includes('opt_out')) {
        const previous = record.clock;
        const clock = computeCaseClock({ receivedAt: record.receivedAt, labels, regimes: previous.regimes as Regime[], evidence: previous.evidence, timeZone: settings.timeZone, promisedResponseDays: settings.promisedResponseDays, identityReceivedAt: previous.restartedOn ? identityReceivedAt(record) : null, now });
        const event: CaseEvent = { id: `${record.id}:deadline_moved:opt_out_done`, at: now, type: 'deadline_moved', by: 'bot', data: { from: previous.firstDueOn, dueOn: clock.firstDueOn, governedBy: clock.governedBy, reason: 'opt-out done; the remaining requests keep their own clocks' } };
        changes.push({ type: 'setCaseClock', caseId: record.id, clock, dueAt: clock.firstDueAt, replaces: previous.computedAt, events: [event] });
        record = { ...record, clock, dueAt: clock.firstDueAt };
        summary.clocksRestarted++;
      }
    }
    if (!OPEN_STATES.has(record.state) || !record.clock) continue;
    summary.open++;
    const clock = record.clock;
    const dueAt = clock.extension?.dueAt ?? clock.firstDueAt;
    const vars = caseVars(record, settings, today);
    if (settings.team.length === 0) {
      if (now > dueAt) summary.overdue++;
      continue;
    }

    if (now > dueAt) {
      summary.overdue++;
      const prefix = `${record.id}:reminder-overdue:`;
      const first = !outbox.get(record.id)?.prefixes.has(prefix);
      if ((first || workingNow) && !db.outbox[`${prefix}${today}`]) {
        const item = teamItem({ record, templateId: 'reminder-overdue', step: today, vars }, settings, now);
        enqueue(record, item, 'overdue_alert_queued', { dueOn: clock.dueOn });
        summary.overdueAlerts++;
      }
      continue;
    }
    if (!workingNow) continue;

    const urgent = urgentReminder({ record, today, timeZone: settings.timeZone, workingNow, lastAlertAt: outbox.get(record.id)?.lastAlertAt ?? '' });
    if (urgent && !db.outbox[`${record.id}:reminder-urgent:${urgent.step}`]) {
      const item = teamItem({ record, templateId: 'reminder-urgent', step: urgent.step, vars: { ...vars, ...urgent.vars } }, settings, now);
      enqueue(record, item, 'urgent_reminder_queued', { daysWaiting: urgent.vars.daysWaiting });
      summary.urgentReminders++;
    }

    // Team reminders: only the closest threshold that is due today; a later run never sends an older one.
    // Keyed by the due date, so an extension or a moved deadline gets its own reminders.
    const eligible = [...settings.reminderDays]
      .sort((a, b) => a - b)
      .filter((days) => addCalendarDays(clock.dueOn, -days) >= clock.receivedOn)
      .filter((days) => today >= workingDayOnOrBefore(addCalendarDays(clock.dueOn, -days), holidays));
    const closest = eligible[0];
    if (closest !== undefined) {
      const sentCloser = settings.reminderDays.some((days) => days <= closest && db.outbox[`${record.id}:reminder-due:${days}d-${clock.dueOn}`]);
      if (!sentCloser) {
        const item = teamItem({ record, templateId: 'reminder-due', step: `${closest}d-${clock.dueOn}`, vars: { ...vars, threshold: closest } }, settings, now);
        enqueue(record, item, 'reminder_queued', { threshold: closest, dueOn: clock.dueOn });
        summary.reminders++;
      }
    }

    // The acknowledgement clock (CCPA 10 business days, 11 CCR 7021(a)): the bot acknowledges at once,
    // so this only fires when that mail could not be sent (or was suppressed) two days before the ack date.
    if (clock.ackDueOn && today >= workingDayOnOrBefore(addCalendarDays(clock.ackDueOn, -2), holidays)) {
      const acknowledged = outbox.get(record.id)?.acknowledged ?? false;
      const key = `${record.id}:reminder-ack:1`;
      if (!acknowledged && !db.outbox[key]) {
        const item = teamItem({ record, templateId: 'reminder-ack', step: '1', vars: { ...vars, ackDueOn: clock.ackDueOn } }, settings, now);
        enqueue(record, item, 'ack_reminder_queued', { ackDueOn: clock.ackDueOn });
        summary.reminders++;
      }
    }

    // The bot's own extension suggestion, once, before the first deadline.
    if (clock.suggestExtensionOn && clock.extensionDueOn && !clock.extension && today <= clock.firstDueOn && today >= workingDayOnOrBefore(clock.suggestExtensionOn, holidays)) {
      const key = `${record.id}:reminder-extension:1`;
      if (!db.outbox[key]) {
        const item = teamItem({ record, templateId: 'reminder-extension', step: '1', vars }, settings, now);
        enqueue(record, item, 'extension_suggested', { extensionDueOn: clock.extensionDueOn });
        summary.extensionSuggestions++;
      }
    }
  }
  return { changes, summary };
}

export interface NewCaseClockInput {
  caseId: string;
  receivedAt: string;
  labels: readonly CaseRecord['labels'][number][];
  /** Subject and what the sender wrote: evidence of a law, state or country. */
  text: string;
  requesterAddress: string;
  timeZone: string;
  now: string;
  defaultRegimes: readonly Regime[];
  promisedResponseDays: number | null;
}

/**
 * The clock of a case being opened, for intake: computed from the mail itself, so the
 * acknowledgement already names the right date (earliest regime, capped by the published promise).
 */
export function clockForNewCase(input: NewCaseClockInput): { clock: NonNullable<CaseRecord['clock']>; event: CaseEvent } {
  const verdict = detectRegimes({ text: input.text, requesterAddress: input.requesterAddress, labels: input.labels, defaults: input.defaultRegimes });
  const clock = computeCaseClock({ receivedAt: input.receivedAt, labels: input.labels, regimes: verdict.regimes, evidence: verdict.evidence, timeZone: input.timeZone, promisedResponseDays: input.promisedResponseDays, now: input.now });
  const event: CaseEvent = {
    id: `${input.caseId}:deadline_set`,
    at: input.now,
    type: 'deadline_set',
    by: 'bot',
    data: { dueOn: clock.firstDueOn, governedBy: clock.governedBy, regimes: clock.regimes, ackDueOn: clock.ackDueOn, extensionDueOn: clock.extensionDueOn },
  };
  return { clock, event };
}
