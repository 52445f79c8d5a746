import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { BotError, ERROR_CODES, type ErrorCode } from '../errors.js';
import type { PackedModel } from '../core/triage/model/linear.js';
import type { TriageMode } from '../core/triage/modes.js';
import type { InboundMail, Verdict } from '../types.js';

/**
 * What reading one message gave: the parsed mail or the parser's error, and, when the worker
 * classifies, the verdict or the classifier's error. Errors travel as plain data (a thread
 * boundary keeps no classes); `failureOf` makes them errors again, with the same code and text.
 */
export interface ReadOutcome {
  mail?: InboundMail;
  parseError?: Failure;
  verdict?: Verdict;
  classifyError?: Failure;
}

/** An error as it crosses the thread boundary: a BotError keeps its code, anything else is 'unexpected'. */
export interface Failure {
  code: ErrorCode | null;
  message: string;
}

export function failureFrom(error: unknown): Failure {
  if (error instanceof BotError) return { code: error.code, message: error.message };
  return { code: null, message: error instanceof Error ? error.message : String(error) };
}

/** The error the in-thread path would have caught: a BotError with its code, or a plain Error. */
export function failureOf(failure: Failure): Error {
  return failure.code && (ERROR_CODES as readonly string[]).includes(failure.code) ? new BotError(failure.code, failure.message) : new Error(failure.message);
}

/** What a read worker is started with (workerData). */
/** The first message to a read worker: the model it classifies with (on shared memory; null in rules mode or when it only parses). */
export interface ModelHandOver {
  model: PackedModel | null;
}

export interface ReadWorkerSetup {
  maxMessageBytes: number;
  /** Classify as well as parse: off when an OpenAI-compatible second opinion is configured (it runs in the pass). */
  classify: boolean;
  mode: TriageMode;
  ownAddress: string;
  /** Test hook: the worker exits (as a crash would) when it is handed a message whose raw bytes contain this marker. */
  crashOn?: string;
}

export interface ReadRequest {
  id: number;
  items: Array<{ sourceId: string; raw: Uint8Array }>;
}

export type WorkerReply = { type: 'ready' } | { type: 'read'; id: number; outcomes: Array<[string, ReadOutcome]> };

/** A batch handed to the readers: its outcomes, or null when the pass reads it itself. */
export interface ReadTicket {
  /** Resolves with the outcomes by sourceId; null if the batch was taken back or its worker died. Never rejects. */
  outcomes(): Promise<Map<string, ReadOutcome> | null>;
}

export interface MailReader {
  /** Started (or starting) already: a pass of any size uses it. */
  readonly warm: boolean;
  /** Starts the workers if none run; resolves once one can take a batch (false: none could start). */
  whenReady(): Promise<boolean>;
  /** Hands a fetched batch to the workers; read in order of hand-over. */
  submit(raws: Map<string, Buffer>): ReadTicket;
  close(): Promise<void>;
}

export interface MailReaderOptions {
  setup: ReadWorkerSetup;
  logger: Logger;
  workers?: number;
  /**
   * The triage model, loaded in this thread (once a process: the in-thread path uses the same copy)
   * and handed to every worker on shared memory. Asked when a worker starts; null in rules mode.
   */
  model: () => Promise<PackedModel | null>;
  /** The worker's module; by default read-worker.js beside this one (a build: there is no .ts worker). */
  workerUrl?: URL;
}

/** Worker deaths after which a process reads in its own thread for good (a crash loop costs a start each time). */
export const MAX_WORKER_DEATHS = 3;

/** Read workers for a machine: the cores beside the pass's, at least one, at most four (parse and triage are ~30 % of a pass). */
export function readWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export function defaultReadWorkerUrl(): URL {
  return new URL('./read-worker.js', import.meta.url);
}

/** Whether the worker module exists as JavaScript (running from the TypeScript sources, it does not). */
export function readWorkerAvailable(url: URL = defaultReadWorkerUrl()): boolean {
  return existsSync(fileURLToPath(url));
}

interface Pending {
  id: number;
  items: ReadRequest['items'];
  resolve: (outcomes: Map<string, ReadOutcome> | null) => void;
  /** The worker reading it; null while it waits in this thread's queue. */
  worker: Slot | null;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  busy: Pending | null;
}

/**
 * Parses (and classifies) fetched batches on worker threads while the pass's thread records,
 * plans and sends the batch before. The outcomes are advisory: the pass applies them in its own
 * order, and any batch without outcomes (taken back because no worker had started on it yet, or
 * whose worker died) is read by the pass itself exactly as without workers. So a worker's death
 * costs time, never a message, and a batch is never read twice over into the store.
 *
 * Workers start on the first batch and stay until close(); each holds one batch at a time, the
 * rest wait here, where the pass can still take them back.
 */
export function createMailReader(options: MailReaderOptions): MailReader {
  const count = options.workers ?? readWorkerCount();
  const url = options.workerUrl ?? defaultReadWorkerUrl();
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 0;
  let deaths = 0;
  let closed = false;
  const waiters: Array<(ready: boolean) => void> = [];
  const wake = (ready: boolean): void => {
    for (const waiter of waiters.splice(0)) waiter(ready);
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      if (!slot.ready || slot.busy) continue;
      const pending = queue.shift();
      if (!pending) break;
      slot.busy = pending;
      pending.worker = slot;
      slot.worker.ref();
      // The bytes are copied into buffers of their own and moved, never the (possibly shared) pool behind a Buffer.
      slot.worker.postMessage({ id: pending.id, items: pending.items } satisfies ReadRequest, pending.items.map((item) => item.raw.buffer as ArrayBuffer));
      pending.items = [];
    }
  };

  let model: Promise<PackedModel | null> | null = null;
  /** The workers were stopped because the model could not be read: no death, the next batch tries again. */
  const stopAll = (error: unknown): void => {
    model = null;
    options.logger.warn({ err: failureFrom(error) }, 'read workers could not start; the pass reads its batches itself');
    for (const slot of slots.splice(0)) void slot.worker.terminate();
    for (const pending of queue.splice(0)) pending.resolve(null);
    wake(false);
  };

  const spawn = (): void => {
    const slot: Slot = { worker: new Worker(url, { workerData: options.setup satisfies ReadWorkerSetup }), ready: false, busy: null };
    slots.push(slot);
    slot.worker.unref();
    // The worker loads its modules while this thread reads the model (once a process), then it is handed the model.
    model ??= options.setup.classify ? options.model() : Promise.resolve(null);
    model.then(
      (packed) => {
        if (slots.includes(slot)) slot.worker.postMessage({ model: packed } satisfies ModelHandOver);
      },
      (error: unknown) => {
        if (slots.includes(slot)) stopAll(error);
      },
    );
    slot.worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') {
        slot.ready = true;
        wake(true);
      }
      else if (slot.busy && slot.busy.id === reply.id) {
        const done = slot.busy;
        slot.busy = null;
        slot.worker.unref();
        done.resolve(new Map(reply.outcomes));
      }
      dispatch();
    });
    const died = (reason: string): void => {
      const at = slots.indexOf(slot);
      if (at === -1) return;
      slots.splice(at, 1);
      if (closed) return;
      deaths++;
      options.logger.warn({ reason, deaths, batch: slot.busy ? true : false }, deaths >= MAX_WORKER_DEATHS ? 'read worker died; reading in the pass from now on' : 'read worker died; the pass reads its batch itself');
      // Its batch goes back to the pass, which reads it in its own thread.
      slot.busy?.resolve(null);
      slot.busy = null;
      if (deaths >= MAX_WORKER_DEATHS) {
        for (const pending of queue.splice(0)) pending.resolve(null);
        wake(false);
      } else if (queue.length > 0 || waiters.length > 0) spawn();
    };
    slot.worker.on('error', (error) => died(error.message));
    slot.worker.on('exit', (code) => died(`exit ${code}`));
  };

  const fill = (): void => {
    try {
      while (slots.length < count) spawn();
    } catch (error) {
      stopAll(error);
    }
  };

  return {
    get warm() {
      return slots.length > 0;
    },
    whenReady() {
      if (closed || deaths >= MAX_WORKER_DEATHS) return Promise.resolve(false);
      if (slots.some((slot) => slot.ready)) return Promise.resolve(true);
      const ready = new Promise<boolean>((resolve) => waiters.push(resolve));
      fill();
      return ready;
    },
    submit(raws) {
      if (closed || deaths >= MAX_WORKER_DEATHS) return { outcomes: () => Promise.resolve(null) };
      let resolve!: (outcomes: Map<string, ReadOutcome> | null) => void;
      const result = new Promise<Map<string, ReadOutcome> | null>((done) => (resolve = done));
      const items = [...raws].map(([sourceId, raw]) => ({ sourceId, raw: new Uint8Array(raw) }));
      const pending: Pending = { id: nextId++, items, resolve, worker: null };
      queue.push(pending);
      fill();
      dispatch();
      return {
        outcomes() {
          // Not started by a worker yet: the pass reads it now rather than wait for one.
          const at = queue.indexOf(pending);
          if (at !== -1) {
            queue.splice(at, 1);
            resolve(null);
          }
          return result;
        },
      };
    },
    async close() {
      closed = true;
      wake(false);
      for (const pending of queue.splice(0)) pending.resolve(null);
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}
