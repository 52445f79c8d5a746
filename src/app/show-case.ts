import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { BotError } from '../errors.js';
import { readCasesFor } from './open-store.js';
import { listCaseOutbox, loadCaseMessages } from './case-texts.js';
import { caseDetail, formatCaseDetail } from './case-view.js';
import { createRawMail } from './raw-mail.js';

/**
 * `privacy-inbox show ID [--json]`: one case with its event log, the text of every message and the
 * mail sent, as the text the command prints. Reads the working set and the case's archived records, so it works while the service runs.
 */
export async function showCase(config: Config, logger: Logger, id: string, options: { json?: boolean } = {}): Promise<string> {
  const db = await readCasesFor(config, [id.toUpperCase()]);
  const record = db.cases[id.toUpperCase()];
  if (!record) throw new BotError('NOT_FOUND', `no case ${id}`);
  const rawMail = config.storeUrl ? await createRawMail(config) : null;
  let texts;
  try {
    texts = {
      messages: await loadCaseMessages({ dataDir: config.dataDir, maxMessageBytes: config.maxMessageBytes, ...(rawMail ? { readRaw: rawMail.read } : {}) }, db, record, logger),
      outbox: listCaseOutbox(db, record),
    };
  } finally {
    await rawMail?.close?.();
  }
  return options.json ? JSON.stringify(caseDetail(record, texts, config.timezone), null, 2) : formatCaseDetail(record, texts, config.timezone);
}
