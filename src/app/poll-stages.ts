import { isDue } from '../core/cases/first-contact.js';
import { applyChanges } from '../core/store-changes.js';
import type { DbData, Disposition, OutboxItem, SourceMessage, StoreChange } from '../types.js';
import type { PlannedMessage } from './dry-run.js';
import type { AppDeps } from './deps.js';
import type { MailReader } from './read-pool.js';
import { batchedMarks, claimOf, CONFIRMED_SENT_BATCH, deliverOne, emptySendSummary, inOrder, sendLanes, type SendSummary } from './send-outbox.js';

/** Messages fetched in one round trip, and read ahead while the batch before them is planned. */
export const FETCH_BATCH = 50;
/** A fetch batch holds at most this many bytes (by the sizes list() reported), so read-ahead stays small. */
export const FETCH_BATCH_BYTES = 8 * 1024 * 1024;

/** The pass's messages in fetch batches: at most FETCH_BATCH messages and FETCH_BATCH_BYTES each, at least one. */
export function fetchBatches(messages: SourceMessage[]): SourceMessage[][] {
  const batches: SourceMessage[][] = [];
  let current: SourceMessage[] = [];
  let bytes = 0;
  for (const message of messages) {
    if (current.length > 0 && (current.length >= FETCH_BATCH || bytes + message.sizeBytes > FETCH_BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(message);
    bytes += message.sizeBytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * The read workers for a pass, if any. With READ_WORKERS=auto only for a pass of more than one fetch
 * batch (a single batch has nothing to overlap with, and a worker's start costs about half a second
 * of CPU) unless they already run (the service's poll loop keeps them across passes); a batch no
 * worker is free for yet is read by the pass. With a number, for every pass with mail, and the pass
 * waits for the workers to start, so they read every batch. A test's own read budget
 * (deps.readBudget) keeps reading in this thread, where that budget runs.
 */
export async function readerFor(deps: AppDeps, listed: number): Promise<MailReader | null> {
  const reader = deps.reader;
  if (!reader || deps.readBudget || listed === 0) return null;
  if (deps.config.readWorkers !== 'auto') return (await reader.whenReady()) ? reader : null;
  if (!reader.warm && listed <= FETCH_BATCH) return null;
  // Started now rather than with the first fetched batch: their loading overlaps that fetch.
  void reader.whenReady();
  return reader;
}

/**
 * Starts reading a batch's raw bytes: one round trip where the source can (IMAP), else each
 * message on its own. Never rejects: what could not be read is missing from the map, and the
 * message's own fetch() then reports the error against that message alone.
 */
export function readAhead(deps: AppDeps, messages: SourceMessage[]): Promise<Map<string, Buffer>> {
  const wanted = messages.filter((message) => message.sizeBytes <= deps.config.maxMessageBytes);
  if (wanted.length === 0) return Promise.resolve(new Map());
  const source = deps.source;
  if (source.fetchMany) {
    return source.fetchMany(wanted).catch((error: unknown) => {
      deps.logger.warn({ count: wanted.length, code: (error as { code?: unknown }).code ?? null }, 'batch fetch failed; fetching one at a time');
      return new Map<string, Buffer>();
    });
  }
  return Promise.all(wanted.map((message) => source.fetch(message).then((raw) => [message.sourceId, raw] as const, () => null))).then(
    (entries) => new Map(entries.filter((entry) => entry !== null)),
  );
}

/** Messages planned but not yet written: recorded together in one store write, then finalised. */
export interface RecordBatch {
  changes: StoreChange[];
  handled: Array<{ message: SourceMessage; disposition: Disposition; log: Record<string, unknown> | null; planned: PlannedMessage | null }>;
}

/** What runs behind the pass's planning: the finalising of recorded batches at the source, and their replies. */
export interface PassStages {
  outbox: OutboxStage;
  /** The source's finalising, one batch after another, in order. */
  finalizing: Promise<void>;
}

/** Finalises a recorded batch at the source (one finalizeMany where the source has one), then logs each message. */
export async function finalizeHandled(deps: AppDeps, handled: RecordBatch['handled']): Promise<void> {
  const warn = (message: SourceMessage, error: unknown): void => {
    // Recorded already: the next pass finds it known and only moves it.
    deps.logger.warn({ sourceId: message.sourceId, err: { message: error instanceof Error ? error.message : String(error) } }, 'could not finalise a recorded message');
  };
  const { finalizeMany } = deps.source;
  if (finalizeMany && handled.length > 1) {
    try {
      await finalizeMany.call(deps.source, handled.map(({ message, disposition }) => ({ message, disposition })));
    } catch (error) {
      for (const { message } of handled) warn(message, error);
    }
  } else {
    for (const { message, disposition } of handled) await deps.source.finalize(message, disposition).catch((error: unknown) => warn(message, error));
  }
  for (const { log, planned } of handled) {
    if (log) deps.logger.info(log, deps.dryRun ? 'DRY_RUN: message planned, left at the source' : 'message handled');
    if (planned) deps.dryRun?.message(planned);
  }
}

/**
 * The send stage of a pass: replies queued by a recorded batch go out while the next batch is
 * read and planned. Claims are taken when a batch is written (in the same store write), sends run
 * in the background, and their 'sent' marks are mirrored into the pass's copy of the store so the
 * planning of later messages sees them.
 */
export interface OutboxStage {
  /** Claims for the due, pending items among `keys`, applied to the pass's copy; write them with the batch. */
  claim(keys: string[]): { changes: StoreChange[]; items: OutboxItem[] };
  /** The 'sent' marks waiting for a store write, for the caller to write with its batch (applied to the pass's copy). */
  takeMarks(): StoreChange[];
  /** Sends claimed items once their claims are written. */
  send(items: OutboxItem[]): void;
  /** Waits for every send started so far and writes the marks still waiting. */
  drain(): Promise<SendSummary>;
}

export function createOutboxStage(deps: AppDeps, db: DbData): OutboxStage {
  const mirror = (changes: StoreChange[]): void => applyChanges(db, changes);
  const marks = batchedMarks(deps, deps.sender.confirmsDelivery ? CONFIRMED_SENT_BATCH : 1, mirror);
  const lanes = sendLanes(deps);
  const summary = emptySendSummary();
  const queue: OutboxItem[] = [];
  let active = 0;
  let failure: unknown = null;
  const idle: Array<() => void> = [];
  const ordered = inOrder(marks);
  const lane = async (): Promise<void> => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const ticket = ordered.ticket();
      try {
        await ordered.settle(ticket, await deliverOne(deps, item, summary));
      } catch (error) {
        failure ??= error;
        // deliverOne does not throw for a failed send; this is a failed store write. Keep the order moving.
        await ordered.settle(ticket, []).catch(() => undefined);
      }
    }
    if (--active === 0) for (const resolve of idle.splice(0)) resolve();
  };
  return {
    claim(keys) {
      const now = deps.now();
      // Copies as they were before the claim: deliverOne counts the attempt from them.
      const items = keys.flatMap((key) => {
        const item = db.outbox[key];
        return item && item.state === 'pending' && isDue(item, now) ? [{ ...item }] : [];
      });
      const changes = items.map(claimOf);
      applyChanges(db, changes);
      return { changes, items };
    },
    takeMarks: () => marks.take(),
    send(items) {
      queue.push(...items);
      while (active < lanes && queue.length > 0) {
        active++;
        void lane();
      }
    },
    async drain() {
      if (active > 0) await new Promise<void>((resolve) => idle.push(resolve));
      await marks.flush();
      if (failure) throw failure;
      return summary;
    },
  };
}
