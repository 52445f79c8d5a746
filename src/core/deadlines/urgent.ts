import type { CaseRecord } from '../../types.js';
import { allowedCommands, teamTasks, URGENT } from '../case-machine.js';
import { COMMAND_HELP } from '../commands.js';
import { daysBetween, localDateOf, startOfLocalDay, type LocalDate } from './calendar.js';

export interface UrgentReminderInput {
  record: CaseRecord;
  /** Today on the local calendar of TIMEZONE. */
  today: LocalDate;
  timeZone: string;
  /** A working day, inside WORKING_HOURS: the reminder is a nudge, never a night-time page. */
  workingNow: boolean;
  /** createdAt of the case's latest overdue alert or escalation ('' when none). */
  lastAlertAt: string;
}

/**
 * The daily URGENT reminder for `today`, or null when none is due. COPPA needs verifiable parental
 * consent before a child's data is collected (16 CFR 312.5) and lets a parent have it deleted
 * (312.6) but sets no response period (deadlines-and-verification.md 1b), so without this only the
 * general 45-day clock would chase a child-data report. Only for an open case flagged urgent, only
 * on a working day inside working hours, from the working day after receipt (the intake escalation
 * covers day 0), and never on a day the team already got an overdue alert or an escalation about
 * the case: one chaser a day. The caller's outbox key per local day keeps reruns from sending twice.
 */
export function urgentReminder(input: UrgentReminderInput): { step: LocalDate; vars: Record<string, unknown> } | null {
  const { record, today, timeZone } = input;
  if (!input.workingNow || !record.flags.includes(URGENT)) return null;
  const receivedOn = localDateOf(record.receivedAt, timeZone);
  if (today <= receivedOn) return null;
  if (input.lastAlertAt && Date.parse(input.lastAlertAt) >= Date.parse(startOfLocalDay(today, timeZone))) return null;
  const daysWaiting = daysBetween(receivedOn, today);
  const childData = record.labels.includes('child_data');
  // teamTasks names the child-data task itself; the template says it in full, so list only the rest.
  const otherTasks = teamTasks(childData ? { ...record, labels: record.labels.filter((label) => label !== 'child_data') } : record);
  return {
    step: today,
    vars: {
      daysWaiting,
      waited: `${daysWaiting} day${daysWaiting === 1 ? '' : 's'}`,
      childData,
      otherTasks,
      commands: allowedCommands(record).map((name) => COMMAND_HELP[name]),
    },
  };
}
