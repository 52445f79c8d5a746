import { createHash } from 'node:crypto';
import { BotError } from '../errors.js';
import { planIntake, type IntakePlan } from '../core/intake.js';
import { planTimedActions } from '../core/lifecycle.js';
import { lifecycleContext } from './lifecycle-context.js';
import { applyChanges } from '../core/store-changes.js';
import { buildIntakeIndex, indexChanges, type IntakeIndex } from '../core/intake-index.js';
import { hashAddress } from '../log.js';
import type { DbData, Disposition, InboundMail, MessageRecord, SourceMessage, StoreChange, Verdict } from '../types.js';
import type { AppDeps } from './deps.js';
import type { PlannedMessage } from './dry-run.js';
import { loadIntakeExtras, readRequestTexts } from './intake-extras.js';
import { createReadBudget } from './read-budget.js';
import { createOutboxStage, fetchBatches, finalizeHandled, readAhead, readerFor, type PassStages, type RecordBatch } from './poll-stages.js';
import { failureOf, type ReadOutcome, type ReadTicket } from './read-pool.js';
import { addSendSummaries, emptySendSummary, runSendOutbox, type SendSummary } from './send-outbox.js';
import { bringArchived } from './store-lookup.js';

export interface PollSummary {
  listed: number;
  newCases: number;
  followUps: number;
  teamCommands: number;
  timedChanges: number;
  ignored: number;
  quarantined: number;
  duplicates: number;
  failed: number;
  /** Left at the source for a later pass because not complete yet (a Maildir file still being written). */
  waiting: number;
  send: SendSummary;
}

/**
 * The pass's copy of the store and its index (src/core/intake-index.ts): what the pass writes is
 * applied to both, so planning the next message sees it without scanning the copy.
 */
interface PassCopy {
  db: DbData;
  index: IntakeIndex;
}

function applyToPass(pass: PassCopy, changes: readonly StoreChange[]): void {
  applyChanges(pass.db, changes);
  indexChanges(pass.index, pass.db, changes);
}

/**
 * The MIME parser and what it brings (mailparser, html-to-text, iconv): loaded when a message is
 * first read in this thread, not at start-up, since a pass with no mail (or one read by the workers)
 * never parses here.
 */
const mime = (): Promise<typeof import('../io/mime.js')> => import('../io/mime.js');

/** A message that failed this many passes goes to quarantine: one bad email never blocks the inbox. */
const MAX_ATTEMPTS = 3;

function attemptsCounter(source: string, message: SourceMessage): string {
  return `attempts:${source}:${message.sourceId}`;
}

/** The record of a message set aside before triage (quarantined, or ignored unread), with its reason. */
function setAsideRecord(status: 'quarantined' | 'ignored', key: string, deps: AppDeps, message: SourceMessage, reason: string, blob: string | null, mail: InboundMail | null): MessageRecord {
  return {
    key,
    messageId: mail?.messageId ?? null,
    receivedAt: deps.now(),
    source: deps.source.name,
    sourceId: message.sourceId,
    status,
    reason,
    caseId: null,
    fromHash: hashAddress(mail?.from?.address),
    attachments: mail?.attachments ?? [],
    sizeBytes: message.sizeBytes,
    verdict: null,
    blob,
    attempts: 0,
  };
}

/**
 * The store key of a message. Usually its Message-ID; a different message reusing a known id
 * (broken clients, spam) gets its own key, so it is never mistaken for a duplicate and lost.
 */
function keyFor(mail: InboundMail, raw: Buffer, db: DbData): string {
  const known = db.messages[mail.key];
  if (!known || known.fromHash === hashAddress(mail.from?.address)) return mail.key;
  return `${mail.key}#${createHash('sha256').update(raw).digest('hex').slice(0, 16)}`;
}

async function quarantine(deps: AppDeps, pass: PassCopy, message: SourceMessage, reason: string, raw: Buffer | null, mail: InboundMail | null): Promise<void> {
  const key = mail?.key ?? `source:${deps.source.name}:${message.sourceId}`;
  const blob = raw ? await deps.blobs.save(key, raw) : null;
  const changes = [{ type: 'putMessage' as const, record: setAsideRecord('quarantined', key, deps, message, reason, blob, mail) }];
  await deps.store.apply(changes);
  applyToPass(pass, changes);
  await deps.source.finalize(message, 'quarantined');
  deps.dryRun?.message({ sourceId: message.sourceId, outcome: 'quarantined', caseId: null, labels: [], language: null, reason, queued: [] });
  // The reason names a limit or an error code, never the mail's content.
  deps.logger.warn({ sourceId: message.sourceId, reason }, 'message quarantined');
}

/** What the dry run reports for a planned message: its verdict, case and the replies it queues. */
function plannedMessage(message: SourceMessage, outcome: PlannedMessage['outcome'], caseId: string | null, reason: string | null, verdict: Verdict | null, changes: StoreChange[]): PlannedMessage {
  const queued = changes.flatMap((change) =>
    change.type === 'enqueue' ? [{ key: change.item.key, templateId: change.item.templateId, toTeam: change.item.toHash === 'team', state: change.item.state, notBefore: change.item.notBefore ?? null }] : [],
  );
  const labels = verdict ? [verdict.primary, ...verdict.labels.filter((label) => label !== verdict.primary)] : [];
  return { sourceId: message.sourceId, outcome, caseId, labels, language: verdict?.language ?? null, reason, queued };
}

/**
 * Writes a batch in one store write: its messages, cases and queued replies, with the claims of
 * the replies that are due (so they need no write of their own). Only then are its messages
 * finalised at the source and its replies sent, both behind the planning of the next batch.
 */
async function flushBatch(deps: AppDeps, batch: RecordBatch, stages: PassStages): Promise<void> {
  if (batch.handled.length === 0 && batch.changes.length === 0) return;
  const { changes, handled } = batch;
  batch.changes = [];
  batch.handled = [];
  const queued = changes.flatMap((change) => (change.type === 'enqueue' ? [change.item.key] : []));
  const claims = stages.outbox.claim(queued);
  // The 'sent' marks of earlier batches ride along: one write per batch instead of one more per 25 sends.
  await deps.store.apply([...stages.outbox.takeMarks(), ...changes, ...claims.changes]);
  deps.afterRecord?.();
  stages.finalizing = stages.finalizing.then(() => finalizeHandled(deps, handled));
  stages.outbox.send(claims.items);
}

/**
 * Takes one message into the pass. `read` is what a read worker made of its prefetched bytes
 * (src/app/read-pool.ts); without it the message is parsed and classified here. Either way the
 * same steps follow in the same order, and an error is met at the step where it arose.
 */
async function processOne(deps: AppDeps, pass: PassCopy, message: SourceMessage, summary: PollSummary, batch: RecordBatch, prefetched: Buffer | undefined, read: ReadOutcome | undefined): Promise<void> {
  const { db, index } = pass;
  if (message.sizeBytes > deps.config.maxMessageBytes) {
    await quarantine(deps, pass, message, `too large: ${message.sizeBytes} bytes > MAX_MESSAGE_BYTES`, null, null);
    summary.quarantined++;
    return;
  }
  const raw = prefetched ?? (await deps.source.fetch(message));
  const budget = deps.readBudget ? deps.readBudget() : createReadBudget();
  let mail: InboundMail;
  try {
    if (read?.parseError) throw failureOf(read.parseError);
    mail = read?.mail ?? (await (await mime()).parseMail(raw, { maxBytes: deps.config.maxMessageBytes, budget }));
  } catch (error) {
    if (!(error instanceof BotError)) throw error;
    // Not MIME, over a parser limit, or over the time budget: a person looks at it, unread.
    await quarantine(deps, pass, message, `${error.code}: ${error.message}`, raw, null);
    summary.quarantined++;
    return;
  }
  await bringArchived(deps.store, db, mail, index);
  mail = { ...mail, key: keyFor(mail, raw, db) };
  const known = db.messages[mail.key];
  if (known) {
    // Recorded by an earlier pass that stopped before finalising it at the source.
    const disposition: Disposition = known.status === 'quarantined' ? 'quarantined' : known.status === 'ignored' ? 'ignored' : 'processed';
    batch.handled.push({ message, disposition, log: null, planned: null });
    summary.duplicates++;
    return;
  }
  const blob = await deps.blobs.save(mail.key, raw);
  if (deps.config.ignoreBefore && message.arrivedAt && message.arrivedAt < deps.config.ignoreBefore) {
    // A first run on a mailbox people already worked by hand: record the old mail, answer none of it.
    const record = { ...setAsideRecord('ignored', mail.key, deps, message, 'arrived before IGNORE_MAIL_BEFORE (handled before privacy-inbox)', blob, mail), receivedAt: message.arrivedAt };
    const changes: StoreChange[] = [{ type: 'putMessage', record }];
    applyToPass(pass, changes);
    batch.changes.push(...changes);
    batch.handled.push({
      message,
      disposition: 'ignored',
      log: { outcome: 'ignored', reason: 'before IGNORE_MAIL_BEFORE', sourceId: message.sourceId },
      planned: plannedMessage(message, 'ignored', null, 'arrived before IGNORE_MAIL_BEFORE', null, changes),
    });
    summary.ignored++;
    return;
  }
  let verdict: Verdict;
  try {
    if (read?.classifyError) throw failureOf(read.classifyError);
    verdict = read?.verdict ?? (await deps.classifier.classify(mail, budget));
  } catch (error) {
    if (!(error instanceof BotError && error.code === 'MAIL_BUDGET')) throw error;
    await quarantine(deps, pass, message, `${error.code}: ${error.message}`, raw, mail);
    summary.quarantined++;
    return;
  }
  const extras = await loadIntakeExtras(deps, db, mail, verdict, index);
  const plan: IntakePlan = planIntake(mail, verdict, db, {
    ...lifecycleContext(deps),
    ...extras,
    source: deps.source.name,
    sourceId: message.sourceId,
    // A simulated clock (PRIVACY_INBOX_NOW) replaces the mailbox's real arrival times too.
    arrivedAt: deps.config.fixedNow ? null : (message.arrivedAt ?? null),
    blob,
    fromHash: hashAddress(mail.from?.address),
    deadlines: { defaultRegimes: deps.config.deadlines.defaultRegimes, promisedResponseDays: deps.config.deadlines.promisedResponseDays },
    index,
  });
  applyToPass(pass, plan.changes);
  batch.changes.push(...plan.changes);
  batch.handled.push({
    message,
    disposition: plan.disposition,
    log: { caseId: plan.caseId, outcome: plan.outcome, reason: plan.reason, labels: verdict.labels, sourceId: message.sourceId },
    planned: plannedMessage(message, plan.outcome, plan.caseId, plan.reason, verdict, plan.changes),
  });
  if (plan.outcome === 'new_case') summary.newCases++;
  else if (plan.outcome === 'follow_up') summary.followUps++;
  else if (plan.outcome === 'team_command') summary.teamCommands++;
  else summary.ignored++;
}

export { lifecycleContext };

/**
 * Token expiry, the verification reminder and denial at the due date. Runs at the start of every
 * pass until the deadlines work moves it into its own check-deadlines job. Given the pass's copy of
 * the store, plans on it and keeps it up to date instead of reading the store again.
 */
export async function runTimedActions(deps: AppDeps, pass?: DbData, index?: IntakeIndex): Promise<number> {
  const db = pass ?? (await deps.store.read());
  const now = deps.now();
  // Only a case at its due date is escalated here; its escalation quotes the original request.
  // A case whose denial was withheld stays waiting for the team: its text was quoted once already.
  const due = Object.values(db.cases).filter((record) => record.state === 'awaiting_verification' && record.dueAt !== null && record.dueAt <= now && !record.events.some((event) => event.type === 'denial_withheld'));
  const changes = planTimedActions(db, { ...lifecycleContext(deps), requestTexts: await readRequestTexts(deps, db, due) });
  if (changes.length > 0) {
    await deps.store.apply(changes);
    if (pass) applyChanges(pass, changes);
    if (pass && index) indexChanges(index, pass, changes);
  }
  return changes.length;
}

/** What a message that failed is charged: an attempt, and quarantine at the third. */
async function recordFailure(deps: AppDeps, pass: PassCopy, message: SourceMessage, summary: PollSummary, error: unknown): Promise<void> {
  const { db } = pass;
  summary.failed++;
  const counter = attemptsCounter(deps.source.name, message);
  const attempts = (db.counters[counter] ?? 0) + 1;
  const changes = [{ type: 'raiseCounter' as const, name: counter, value: attempts }];
  await deps.store.apply(changes);
  applyToPass(pass, changes);
  const code = error instanceof BotError ? error.code : 'UNEXPECTED';
  deps.logger.warn({ err: { code, message: error instanceof Error ? error.message : String(error) }, sourceId: message.sourceId, attempts }, 'message failed; will retry');
  deps.dryRun?.message({ sourceId: message.sourceId, outcome: 'failed', caseId: null, labels: [], language: null, reason: code, queued: [] });
  if (attempts >= MAX_ATTEMPTS) {
    await quarantine(deps, pass, message, `failed ${attempts} times: ${code}`, null, null).catch((cause: unknown) => {
      deps.logger.error({ err: { message: cause instanceof Error ? cause.message : String(cause) }, sourceId: message.sourceId }, 'could not quarantine');
    });
    summary.quarantined++;
  }
}

/**
 * One pass: timed case actions, send what is owed, take every new message into the store, then send
 * what is still owed. Messages go through in fetch batches: the next batch is read while one is
 * parsed, classified and planned; a planned batch is written in one store write, then finalised at
 * the source and its replies sent while the pass moves on. `signal` ends the pass after the batch
 * in hand (the rest stays at the source for the next pass).
 */
export async function runPollInbox(deps: AppDeps, signal?: AbortSignal): Promise<PollSummary> {
  const summary: PollSummary = { listed: 0, newCases: 0, followUps: 0, teamCommands: 0, timedChanges: 0, ignored: 0, quarantined: 0, duplicates: 0, failed: 0, waiting: 0, send: emptySendSummary() };
  // One read of the store per pass: what the pass writes is applied to this copy as well.
  const db = await deps.store.read();
  const pass: PassCopy = { db, index: buildIntakeIndex(db, deps.config.timezone) };
  summary.timedChanges = await runTimedActions(deps, db, pass.index);
  const before = await runSendOutbox(deps, db);
  const messages = await deps.source.list();
  summary.listed = messages.length;
  summary.waiting = deps.source.waiting?.() ?? 0;
  const stages: PassStages = { outbox: createOutboxStage(deps, db), finalizing: Promise.resolve() };
  const batches = fetchBatches(messages);
  const reader = await readerFor(deps, messages.length);
  // A fetched batch goes to the read workers at once: they parse and classify it while this thread plans the one before.
  const fetchAndRead = (messagesOfBatch: SourceMessage[]): Promise<{ raws: Map<string, Buffer>; ticket: ReadTicket | null }> =>
    readAhead(deps, messagesOfBatch).then((raws) => ({ raws, ticket: reader && raws.size > 0 ? reader.submit(raws) : null }));
  let done = 0;
  let next = batches.length > 0 ? fetchAndRead(batches[0] as SourceMessage[]) : null;
  try {
    for (const [index, messagesOfBatch] of batches.entries()) {
      if (signal?.aborted) break;
      const { raws, ticket } = await (next as ReturnType<typeof fetchAndRead>);
      const following = batches[index + 1];
      next = following ? fetchAndRead(following) : null;
      // Null when no worker had started on it (it is read here instead) or its worker died.
      const reads = (await ticket?.outcomes()) ?? null;
      const batch: RecordBatch = { changes: [], handled: [] };
      for (const message of messagesOfBatch) {
        if (done > 0) deps.onProgress?.(done, messages.length);
        done++;
        try {
          await processOne(deps, pass, message, summary, batch, raws.get(message.sourceId), reads?.get(message.sourceId));
        } catch (error) {
          await recordFailure(deps, pass, message, summary, error);
        }
      }
      await flushBatch(deps, batch, stages);
    }
  } finally {
    // Whatever was started finishes before the pass returns (or fails): no send or move outlives it.
    await next?.catch(() => undefined);
    await stages.finalizing;
    summary.send = await stages.outbox.drain();
  }
  if (messages.length > 0) deps.onProgress?.(messages.length, messages.length);
  // Asked to stop: what is still owed goes out with the next pass.
  const after = signal?.aborted ? emptySendSummary() : await runSendOutbox(deps, db);
  summary.send = addSendSummaries(addSendSummaries(before, summary.send), after);
  return summary;
}
