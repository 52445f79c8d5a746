import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { RenderedMail } from '../core/render.js';
import { createRenderer } from '../core/render.js';
import { createDryRunRawMailStore, type RawMailStore } from '../io/blobs.js';
import { createFileSender } from '../io/file-sender.js';
import { createMaildirSource } from '../io/maildir.js';
import { loadOrCreateSecret, loadSecretReadOnly } from '../io/secret.js';
import { loadTemplates } from '../io/templates.js';
import type { Classifier, MailSender, MailSource, ReadBudget, Store } from '../types.js';
import { createDryRunRecorder, createDryRunSender, type DryRunRecorder } from './dry-run.js';
import { createOfflineTriage } from './offline-triage.js';
import { createRawMail } from './raw-mail.js';
import { createMailReader, readWorkerAvailable, readWorkerCount, type MailReader } from './read-pool.js';

export { createOfflineTriage };

export interface AppDeps {
  config: Config;
  logger: Logger;
  store: Store;
  source: MailSource;
  sender: MailSender;
  classifier: Classifier;
  /** The raw copies of inbound mail (DATA_DIR/messages). */
  blobs: RawMailStore;
  render: (templateId: string, vars: Record<string, unknown>) => RenderedMail;
  /** The clock, as an ISO string: PRIVACY_INBOX_NOW when set. */
  now: () => string;
  secret: string;
  /** Test hook: called after a message is recorded and before anything is sent. */
  afterRecord?: () => void;
  /**
   * Set for a dry run (DRY_RUN=1, run-once --dry-run): collects what would be done. The source is
   * then read-only, the sender sends nothing and raw copies stay in memory; the caller passes a store
   * that writes nothing (openStoreCopy, or the store client of a service whose main thread holds one).
   */
  dryRun?: DryRunRecorder;
  /** Called after each message of a pass (run-once's progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Test hook: the time budget for reading one message (default: createReadBudget(), READ_BUDGET_MS). */
  readBudget?: () => ReadBudget;
  /** Worker threads that parse and classify fetched batches beside the pass (READ_WORKERS); absent: all in the pass's thread. */
  reader?: MailReader;
}

export function createClock(config: Config): () => string {
  return config.fixedNow ? () => config.fixedNow as string : () => new Date().toISOString();
}

/** Offline triage always; an OpenAI-compatible model as a second opinion only when configured. */
export async function createClassifier(config: Config, logger: Logger): Promise<Classifier> {
  const rules = await createOfflineTriage(config);
  if (!config.openai) return rules;
  const { createModelClassifier } = await import('../io/openai.js');
  return createModelClassifier(rules, config.openai, logger);
}

/**
 * The classifier, built on its first message: the shipped model is megabytes of JSON, and the
 * deadline, digest and send jobs (and a poll pass with nothing new) never classify.
 */
export function createLazyClassifier(load: () => Promise<Classifier>): Classifier {
  let loading: Promise<Classifier> | null = null;
  return {
    async classify(mail, budget) {
      // A load that failed is tried again with the next message, not remembered as failed.
      loading ??= load().catch((error: unknown) => {
        loading = null;
        throw error;
      });
      return (await loading).classify(mail, budget);
    },
  };
}

async function createSource(config: Config, logger: Logger): Promise<MailSource> {
  const readOnly = config.dryRun;
  if (config.mailbox.kind === 'maildir') return createMaildirSource({ path: config.mailbox.path, logger, readOnly });
  const { createImapSource } = await import('../io/imap.js');
  const { host, port, secure, user, pass, mailbox } = config.mailbox;
  return createImapSource({ host, port, secure, user, pass, mailbox, processedFolder: config.processedFolder, quarantineFolder: config.quarantineFolder, logger, readOnly });
}

async function createSender(config: Config, logger: Logger): Promise<MailSender> {
  // A dry run never connects to the SMTP server (nor to the Sent folder behind it).
  if (config.dryRun) return createDryRunSender();
  if (config.smtp.kind === 'file') return createFileSender({ path: config.smtp.path });
  const { createSmtpSender } = await import('../io/smtp.js');
  const { host, port, secure, user, pass } = config.smtp;
  const sentCopy =
    config.mailbox.kind === 'imap'
      ? { host: config.mailbox.host, port: config.mailbox.port, secure: config.mailbox.secure, user: config.mailbox.user, pass: config.mailbox.pass, folder: config.sentFolder }
      : undefined;
  return createSmtpSender({ host, port, secure, user, pass, logger, ...(sentCopy ? { sentCopy } : {}) });
}

/**
 * Real dependencies from the configuration; tests build their own. With `config.dryRun` nothing
 * built here writes anywhere (see AppDeps.dryRun); `store` must then be one that does not either.
 */
export async function createDeps(config: Config, logger: Logger, store: Store): Promise<AppDeps> {
  const classifier = createLazyClassifier(() => createClassifier(config, logger));
  const [source, sender, templates, secret] = await Promise.all([
    createSource(config, logger),
    createSender(config, logger),
    loadTemplates(),
    config.dryRun ? loadSecretReadOnly(config.dataDir, config.botSecret) : loadOrCreateSecret(config.dataDir, config.botSecret),
  ]);
  const blobs = config.dryRun ? createDryRunRawMailStore(config.dataDir) : await createRawMail(config);
  const deps: AppDeps = { config, logger, store, source, sender, classifier, blobs, render: createRenderer(templates), now: createClock(config), secret };
  if (config.dryRun) deps.dryRun = createDryRunRecorder();
  const reader = createReader(config, logger);
  if (reader) deps.reader = reader;
  return deps;
}

/**
 * The read workers, started on a pass's first batch. None from the TypeScript sources (tests that
 * run in-process read in their own thread; the built CLI and service have the worker module). The
 * model they classify with is this thread's, loaded once and shared; with an OpenAI-compatible
 * second opinion they only parse, and the pass classifies.
 */
function createReader(config: Config, logger: Logger): MailReader | null {
  if (config.readWorkers === 0 || !readWorkerAvailable()) return null;
  const workers = config.readWorkers === 'auto' ? readWorkerCount() : config.readWorkers;
  const crashOn = process.env.PRIVACY_INBOX_FAULT?.startsWith('read-worker-crash:') ? process.env.PRIVACY_INBOX_FAULT.slice('read-worker-crash:'.length) : undefined;
  return createMailReader({
    workers,
    logger,
    setup: { maxMessageBytes: config.maxMessageBytes, classify: !config.openai, mode: config.triageMode, ownAddress: config.privacyAddress, ...(crashOn ? { crashOn } : {}) },
    // The same cached model the in-thread classifier uses (io/triage-model.ts): read once per process.
    model: async () => (config.triageMode === 'rules' ? null : ((await import('../io/triage-model.js')).loadShippedModel().packed ?? null)),
  });
}

export async function closeDeps(deps: AppDeps): Promise<void> {
  await Promise.allSettled([deps.source.close(), deps.sender.close(), deps.blobs.close?.(), deps.reader?.close()]);
  // Folds the journal into db.json, so the next process starts from one file (the file store's close may run again on release: it is idempotent).
  await (deps.store as { close?: () => Promise<void> }).close?.();
}
