import type { AutomatedVerdict, Evidence, MessageRecord, Verdict } from '../../types.js';
import type { DailySummaryKind } from './daily-summary.js';

/** Mail recorded as machine-sent is set aside with this reason: never answered. */
export function automatedReason(automated: Pick<AutomatedVerdict, 'kind' | 'reason'>): string {
  return `automated (${automated.kind}): ${automated.reason}`;
}

/**
 * Mail set aside as machine-sent on its wording alone (an out-of-office text, a ticket
 * acknowledgement, the learned model's reading), not on what the sending system declared
 * (RFC 3834 Auto-Submitted, a DSN, list headers): the wording can be a person's ("I'm away till
 * Monday, please delete my account when you can"). Such mail is never answered, so the team gets a
 * daily list and can open a case for one (the cost of a false "automated", which eval measures).
 */
export function isSetAsideByWording(record: Pick<MessageRecord, 'status' | 'reason' | 'caseId' | 'verdict'>): boolean {
  const automated = record.verdict?.automated;
  if (record.status !== 'ignored' || record.caseId !== null || !automated || automated.unsure === true) return false;
  return record.reason === automatedReason(automated) && readAsMachineByWording(record.verdict);
}

/** Machine mail read from the text (the rules' wording or the learned model), not from headers the sending system set. */
export function readAsMachineByWording(verdict: Pick<Verdict, 'automated' | 'evidence'> | null): boolean {
  return verdict?.automated != null && wordingEvidence(verdict) !== undefined;
}

/** The words of the mail that made it machine mail (headers leave evidence `where: 'header'`). */
function wordingEvidence(verdict: Pick<Verdict, 'evidence'>): Evidence | undefined {
  return verdict.evidence.find((evidence) => evidence.label === 'automated' && evidence.where === 'body');
}

export const MACHINE_SUMMARY_TEMPLATE = 'team-machine-summary';

/** The first words of the reading that decided it ("out-of-office text: I am out of the office"). */
function readingOf(record: MessageRecord): string {
  const phrase = (record.verdict ? wordingEvidence(record.verdict)?.phrase : undefined) ?? record.verdict?.automated?.reason ?? '';
  return phrase.replace(/\s+/g, ' ').slice(0, 160);
}

export const MACHINE_SUMMARY: DailySummaryKind = {
  template: MACHINE_SUMMARY_TEMPLATE,
  lists: isSetAsideByWording,
  subject: (count, day) => `[privacy-inbox] ${count} message(s) on ${day} set aside as automatic replies by their wording (no reply sent)`,
  check: readingOf,
};
