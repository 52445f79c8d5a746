import type { CaseEvent, CaseExtension, CaseRecord, DbData, StoreChange } from '../../types.js';
import { buildOutboxItem, type OutboxContext } from '../outbox.js';
import { greetingName } from '../greeting-name.js';
import { templateLanguage, needsLanguageNote } from '../request-words.js';
import { deadlineInstant } from './calendar.js';

export interface ExtensionRequest {
  reason: string;
  /** The team member's address, or 'cli'. */
  by: string;
  via: 'team' | 'cli' | 'bot';
  now: string;
}

export interface ExtensionContext extends OutboxContext {
  orgName: string;
  privacyAddress: string;
}

export type ExtensionDecision =
  | { ok: true; extension: CaseExtension; changes: StoreChange[] }
  | { ok: false; code: 'NO_CLOCK' | 'CLOSED' | 'ALREADY_EXTENDED' | 'PAST_FIRST_DEADLINE' | 'NOT_EXTENDABLE' | 'NO_REASON'; explanation: string };

const CLOSED_STATES: ReadonlySet<CaseRecord['state']> = new Set(['done', 'denied', 'closed']);

/**
 * Decides an `extend <reason>` for one case. Allowed once, only before the first deadline, and
 * only with a reason: every regime's extension is valid only if the notice, with reasons (HIPAA:
 * and the new date), reaches the requester before the first period ends (deadlines-and-verification.md
 * section 1 and "Extensions everywhere"; never send one late, section 4 item 7). On success the
 * changes record the extension (compare-and-set `extendCase`) and queue the extension notice to
 * the requester in the case thread.
 */
export function planExtension(record: CaseRecord, request: ExtensionRequest, db: DbData, context: ExtensionContext): ExtensionDecision {
  const clock = record.clock;
  if (!clock) return { ok: false, code: 'NO_CLOCK', explanation: `${record.id} has no deadline yet; run check-deadlines first.` };
  if (CLOSED_STATES.has(record.state)) return { ok: false, code: 'CLOSED', explanation: `${record.id} is ${record.state}: nothing left to extend.` };
  if (clock.extension) {
    return {
      ok: false,
      code: 'ALREADY_EXTENDED',
      explanation: `${record.id} was already extended on ${clock.extension.at.slice(0, 10)} to ${clock.extension.dueOn}. The law allows one extension only; the case is due ${clock.dueOn}.`,
    };
  }
  if (request.now > clock.firstDueAt) {
    return {
      ok: false,
      code: 'PAST_FIRST_DEADLINE',
      explanation: `${record.id}: the first deadline (${clock.firstDueOn}) has passed. An extension is valid only if the notice reaches the requester before it, so it can no longer be extended; answer or deny the request now.`,
    };
  }
  if (!clock.extensionDueOn) {
    const rules = clock.candidates.filter((c) => c.extendedDueOn === null).map((c) => `${c.regime} ${c.requestType}`);
    return {
      ok: false,
      code: 'NOT_EXTENDABLE',
      explanation: `${record.id} cannot be extended: ${rules.length ? `no extension exists for ${rules.join(', ')}` : 'no rule gives more time'}. It is due ${clock.firstDueOn}.`,
    };
  }
  const reason = request.reason.trim();
  if (!reason) return { ok: false, code: 'NO_REASON', explanation: `extend needs a reason, e.g. "extend we need records from our billing provider". The requester must be told why.` };

  const notice = buildOutboxItem(
    {
      caseId: record.id,
      templateId: 'extension-notice',
      step: '1',
      to: record.requester,
      inReplyTo: record.threadIds.at(-1) ?? null,
      references: record.threadIds.slice(-20),
      subject: /\[PR-\d{4}-\d+\]/.test(record.subject) ? record.subject : `Re: ${record.subject.trim() || 'Your privacy request'} [${record.id}]`,
      vars: {
        caseId: record.id,
        // Rendered in the requester's language where a template exists (templates/extension-notice.es/).
        lang: templateLanguage(record.language),
        languageNote: needsLanguageNote(record.language),
        orgName: context.orgName,
        privacyAddress: context.privacyAddress,
        requesterName: greetingName(record.requester.name),
        reason,
        receivedOn: clock.receivedOn,
        previousDueOn: clock.firstDueOn,
        newDueOn: clock.extensionDueOn,
      },
    },
    db,
    // The notice is legally required: the per-sender reply cap must never suppress it.
    { ...context, maxRepliesPerSenderPerDay: Number.MAX_SAFE_INTEGER },
  );
  const extension: CaseExtension = {
    at: request.now,
    by: request.by,
    reason,
    via: request.via,
    previousDueOn: clock.firstDueOn,
    dueOn: clock.extensionDueOn,
    dueAt: deadlineInstant(clock.extensionDueOn, clock.timeZone),
    outboxKey: notice.key,
  };
  const event: CaseEvent = {
    id: `${record.id}:extended`,
    at: request.now,
    type: 'extended',
    by: request.by,
    data: { reason, previousDueOn: clock.firstDueOn, dueOn: clock.extensionDueOn, via: request.via, outboxKey: notice.key },
  };
  return {
    ok: true,
    extension,
    changes: [
      { type: 'extendCase', caseId: record.id, extension, events: [event] },
      { type: 'enqueue', item: notice },
      { type: 'updateCase', caseId: record.id, addThreadIds: [notice.messageId] },
    ],
  };
}
