import type { CaseEvent, CaseRecord, DbData, InboundMail, StoreChange, Verdict } from '../../types.js';
import { localYear, nextCaseId } from '../case-id.js';
import { clockForNewCase, initialDueAt } from '../deadlines.js';
import type { LifecycleContext } from './draft.js';
import { planNewCase } from './new-request.js';

export interface CaseOpening {
  mail: InboundMail;
  verdict: Verdict;
  /** When the legal clock starts: the receipt of the first message of the request (11 CCR 7021(b); GDPR Art. 12(3)). */
  receivedAt: string;
  /** Message keys and Message-IDs of the request, oldest first (a rescued mail and its chasers). */
  messageKeys: string[];
  threadIds: string[];
  /** Extra events, e.g. who opened the case from a notice. */
  events?: CaseEvent[];
}

export type OpeningContext = LifecycleContext;

/** A case event whose id is fixed by its suffix, so replaying the same change adds it once. */
export function caseEvent(caseId: string, suffix: string, at: string, type: string, by: string, data?: Record<string, unknown>): CaseEvent {
  return { id: `${caseId}:${suffix}`, at, type, by, ...(data ? { data } : {}) };
}

/** A new case for a privacy request: its number, its legal clock, the acknowledgement and what follows. */
export function openCase(opening: CaseOpening, db: DbData, ctx: OpeningContext): { caseId: string; changes: StoreChange[] } {
  const { mail, verdict, receivedAt } = opening;
  const from = mail.from;
  if (!from) throw new Error('openCase: a case needs a From address');
  const { caseId, counter, value } = nextCaseId(db, localYear(ctx.now, ctx.timeZone));
  const labels = verdict.labels.filter((label) => label !== 'other');
  // The acknowledgement names this date: earliest applicable regime, capped by the published promise.
  const clocked = ctx.deadlines
    ? clockForNewCase({ caseId, receivedAt, labels, text: `${mail.subject}\n${mail.newText || mail.text}`, requesterAddress: from.address, timeZone: ctx.timeZone, now: ctx.now, ...ctx.deadlines })
    : null;
  const record: CaseRecord = {
    id: caseId,
    requester: from,
    subject: mail.subject,
    labels,
    primary: verdict.primary === 'other' ? (labels[0] ?? 'other') : verdict.primary,
    language: verdict.language,
    state: 'received',
    receivedAt,
    dueAt: clocked?.clock.firstDueAt ?? initialDueAt(receivedAt),
    ...(clocked ? { clock: clocked.clock } : {}),
    messageKeys: [...opening.messageKeys],
    threadIds: [...opening.threadIds],
    events: [
      caseEvent(caseId, 'received', ctx.now, 'received', 'requester', { messageKey: opening.messageKeys[0] ?? mail.key }),
      ...(opening.events ?? []).map((extra) => ({ ...extra, id: `${caseId}:${extra.id}` })),
      caseEvent(caseId, 'classified', ctx.now, 'classified', 'bot', { labels: verdict.labels, primary: verdict.primary, confidence: verdict.confidence, classifiedBy: verdict.classifiedBy, agent: verdict.agent, ...(verdict.disputed ? { disputed: true } : {}) }),
      ...(clocked ? [clocked.event] : []),
    ],
    flags: [],
  };
  return { caseId, changes: [{ type: 'raiseCounter', name: counter, value }, ...planNewCase(record, mail, verdict, db, ctx)] };
}
