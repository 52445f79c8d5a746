import { isRetryable } from '../errors.js';
import { isDue } from '../core/cases/first-contact.js';
import { applyChanges } from '../core/store-changes.js';
import type { CaseEvent, DbData, OutboxItem, StoreChange } from '../types.js';
import type { AppDeps } from './deps.js';

export interface SendSummary {
  sent: number;
  failed: number;
  retried: number;
  recovered: number;
  dryRun: number;
}

const MAX_SEND_ATTEMPTS = 5;

/** Headers on everything the bot sends: RFC 3834 marks it automatic so other robots don't answer it. */
function botHeaders(item: OutboxItem): Record<string, string> {
  return {
    'Auto-Submitted': 'auto-replied',
    'X-Auto-Response-Suppress': 'All',
    'X-Privacy-Inbox': item.caseId ?? 'notice',
  };
}

/** Mail to the team is recorded as team_mail_*, so a case's log tells requester mail from internal mail. */
function caseEvent(item: OutboxItem, type: string, at: string, data: Record<string, unknown>): StoreChange[] {
  if (!item.caseId) return [];
  const eventType = item.toHash === 'team' ? type.replace(/^reply_/, 'team_mail_') : type;
  const event: CaseEvent = { id: `${item.caseId}:${eventType}:${item.key}`, at, type: eventType, by: 'bot', data: { templateId: item.templateId, ...data } };
  return [{ type: 'updateCase', caseId: item.caseId, events: [event] }];
}

/**
 * Renders in the requester's language (templates/<id>.<lang>/) when we have it, English otherwise.
 */
function renderLocalized(deps: AppDeps, item: OutboxItem): ReturnType<AppDeps['render']> {
  const lang = typeof item.vars.lang === 'string' ? item.vars.lang : 'en';
  if (lang !== 'en') {
    try {
      return deps.render(`${item.templateId}.${lang}`, item.vars);
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith('no template'))) throw error;
    }
  }
  return deps.render(item.templateId, item.vars);
}

/** How many 'sent' marks may wait for one store write: only where the sender can confirm delivery later. */
export const CONFIRMED_SENT_BATCH = 25;

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function emptySendSummary(): SendSummary {
  return { sent: 0, failed: 0, retried: 0, recovered: 0, dryRun: 0 };
}

export function addSendSummaries(a: SendSummary, b: SendSummary): SendSummary {
  return { sent: a.sent + b.sent, failed: a.failed + b.failed, retried: a.retried + b.retried, recovered: a.recovered + b.recovered, dryRun: a.dryRun + b.dryRun };
}

/** The claim of an item about to be sent: once written, a crash leaves it 'sending', which the next pass checks with wasSent(). */
export function claimOf(item: OutboxItem): StoreChange {
  return { type: 'updateOutbox', key: item.key, set: { state: 'sending', attempts: item.attempts + 1 } };
}

/**
 * Sends at once: with a pooled sender that can confirm delivery later (SMTP with a Sent copy, the
 * file outbox), several; otherwise one at a time, so a crash can leave at most one sent reply
 * unmarked (it would go out again).
 */
export function sendLanes(deps: AppDeps): number {
  return deps.sender.confirmsDelivery ? Math.max(1, Math.floor(deps.sender.concurrency ?? 1)) : 1;
}

/** Where the outcome of each send goes: written to the store (in batches, or at once), and counted. */
export interface SendMarks {
  push(changes: StoreChange[]): Promise<void>;
}

/**
 * Passes outcomes on in the order their sends started, whatever order they finish in: a case's log
 * then lists its replies in the order they were queued, as when they went out one at a time.
 */
export function inOrder(marks: SendMarks): { ticket(): number; settle(ticket: number, changes: StoreChange[]): Promise<void> } {
  let issued = 0;
  let next = 0;
  const settled = new Map<number, StoreChange[]>();
  return {
    ticket: () => issued++,
    async settle(ticket, changes) {
      settled.set(ticket, changes);
      for (let ready = settled.get(next); ready; ready = settled.get(next)) {
        settled.delete(next);
        next++;
        await marks.push(ready);
      }
    },
  };
}

/** Renders, composes and sends one claimed item; returns the changes that record the outcome. */
export async function deliverOne(deps: AppDeps, item: OutboxItem, summary: SendSummary): Promise<StoreChange[]> {
  const log = deps.logger.child({ outboxKey: item.key, caseId: item.caseId });
  const attempts = item.attempts + 1;
  try {
    const body = renderLocalized(deps, item);
    // nodemailer's composer loads with the first reply, not at start-up (a pass with nothing to send needs none).
    const { composeMail } = await import('../io/compose.js');
    const raw = await composeMail({
      messageId: item.messageId,
      from: { name: `${deps.config.orgName} Privacy Team`, address: deps.config.privacyAddress },
      to: item.to,
      subject: item.subject,
      date: item.createdAt,
      inReplyTo: item.inReplyTo,
      references: item.references,
      body,
      headers: botHeaders(item),
    });
    await deps.sender.send(raw, { from: deps.config.privacyAddress, to: item.to.map((address) => address.address) }, item.messageId);
    const now = deps.now();
    if (deps.dryRun) {
      deps.dryRun.reply({
        key: item.key,
        caseId: item.caseId,
        templateId: item.templateId,
        toTeam: item.toHash === 'team',
        to: item.to.map((address) => address.address),
        subject: item.subject,
        text: body.text,
        retry: item.state === 'sending',
      });
      log.info({ templateId: item.templateId }, 'DRY_RUN: reply rendered, not sent');
      summary.dryRun++;
    } else {
      log.info({ templateId: item.templateId }, 'reply sent');
      summary.sent++;
    }
    // In a dry run the sender sent nothing and these marks land in the store's in-memory copy, so a
    // later pass of the same process does not report the reply again.
    return [{ type: 'updateOutbox', key: item.key, set: { state: 'sent', sentAt: now, lastError: null } }, ...caseEvent(item, 'reply_sent', now, deps.dryRun ? { dryRun: true } : {})];
  } catch (error) {
    const message = errorMessage(error);
    const retry = isRetryable(error) && attempts < MAX_SEND_ATTEMPTS;
    log.warn({ err: { message, code: (error as { code?: string }).code }, attempts, willRetry: retry }, 'reply not sent');
    if (retry) summary.retried++;
    else summary.failed++;
    return [
      { type: 'updateOutbox', key: item.key, set: retry ? { state: 'pending', lastError: message } : { state: 'failed', lastError: message, failedAt: deps.now() } },
      ...(retry ? [] : caseEvent(item, 'reply_failed', deps.now(), { error: message })),
    ];
  }
}

/**
 * Sends items whose claims are written already, `sendLanes` at a time, in the given order of
 * starting. Each outcome goes to `marks` as soon as its send settles.
 */
export async function deliverClaimed(deps: AppDeps, items: OutboxItem[], marks: SendMarks): Promise<SendSummary> {
  const summary = emptySendSummary();
  const ordered = inOrder(marks);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) {
      const ticket = ordered.ticket();
      await ordered.settle(ticket, await deliverOne(deps, items[index] as OutboxItem, summary));
    }
  };
  await Promise.all(Array.from({ length: Math.min(sendLanes(deps), items.length) }, lane));
  return summary;
}

/** Marks written to the store `batchSize` sends at a time, and whatever is left by flush(). */
export function batchedMarks(deps: AppDeps, batchSize: number, mirror?: (changes: StoreChange[]) => void): SendMarks & { flush(): Promise<void>; take(): StoreChange[] } {
  let marks: StoreChange[] = [];
  let count = 0;
  /** The marks waiting, handed to a caller that writes them with its own store write. */
  const take = (): StoreChange[] => {
    const batch = marks;
    marks = [];
    count = 0;
    mirror?.(batch);
    return batch;
  };
  const flush = async (): Promise<void> => {
    if (marks.length === 0) return;
    await deps.store.apply(take());
  };
  return {
    async push(changes) {
      marks.push(...changes);
      if (++count >= batchSize) await flush();
    },
    flush,
    take,
  };
}

/**
 * Delivers queued replies at least once and, through deterministic Message-IDs and the `sending`
 * state, at most once wherever the sender can tell what already went out. Store writes are
 * batched: one write claims every due item, and 'sent' marks are grouped when the sender can
 * confirm delivery after a crash (otherwise each is written at once, before the next send).
 * Given a poll pass's copy of the store, it reads that and applies what it writes to it too.
 */
export async function runSendOutbox(deps: AppDeps, pass?: DbData): Promise<SendSummary> {
  const summary = emptySendSummary();
  const db = pass ?? (await deps.store.read());
  const mirror = pass ? (changes: StoreChange[]) => applyChanges(pass, changes) : undefined;
  const now = deps.now();
  const due = Object.values(db.outbox)
    .filter((item) => isDue(item, now))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.key.localeCompare(b.key));
  if (due.length === 0) return summary;
  if (deps.config.dryRun && !deps.dryRun) {
    // Dependencies built without the dry run's no-op sender and store: refuse rather than send or mark anything.
    throw new Error('DRY_RUN is set but the dependencies are not a dry run (createDeps builds them)');
  }

  const claims: StoreChange[] = [];
  const toSend: OutboxItem[] = [];
  for (const item of due) {
    if (item.state === 'sending') {
      // A previous run died mid-send: ask the sender before sending again.
      let alreadySent: boolean | undefined;
      try {
        alreadySent = await deps.sender.wasSent(item.messageId);
      } catch (error) {
        deps.logger.warn({ outboxKey: item.key, err: { message: errorMessage(error) } }, 'cannot tell whether a reply went out; trying again next pass');
        continue;
      }
      if (alreadySent === true) {
        const now = deps.now();
        claims.push({ type: 'updateOutbox', key: item.key, set: { state: 'sent', sentAt: now } }, ...caseEvent(item, 'reply_sent', now, { recovered: true }));
        summary.recovered++;
        continue;
      }
    }
    claims.push(claimOf(item));
    toSend.push(item);
  }
  await deps.store.apply(claims);
  mirror?.(claims);

  const marks = batchedMarks(deps, deps.sender.confirmsDelivery ? CONFIRMED_SENT_BATCH : 1, mirror);
  try {
    return addSendSummaries(summary, await deliverClaimed(deps, toSend, marks));
  } finally {
    await marks.flush();
  }
}
