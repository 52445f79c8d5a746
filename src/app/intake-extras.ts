import { findDuplicateCase } from '../core/lifecycle.js';
import { NOTICE_TEMPLATES, noticeTarget, requestedEntry } from '../core/cases/rescue.js';
import type { RequestText } from '../core/cases/draft.js';
import { loadRequestText } from './case-texts.js';
import { findCaseForMail } from '../core/thread.js';
import type { CaseRecord, DbData, InboundMail, Verdict } from '../types.js';
import type { IntakeIndex } from '../core/intake-index.js';
import type { AppDeps } from './deps.js';

/** What the pure case workflow needs from the raw mail store for one message (bodies never enter db.json). */
export interface IntakeExtras {
  requestTexts: Record<string, RequestText>;
  rescuedMail: Record<string, InboundMail>;
}

async function readMail(deps: AppDeps, db: DbData, messageKey: string): Promise<InboundMail | null> {
  const blob = db.messages[messageKey]?.blob;
  if (!blob) return null;
  try {
    // The parser loads on first use: most passes quote no earlier message (run-once start-up, docs/throughput.md).
    const { parseMail } = await import('../io/mime.js');
    return await parseMail(await deps.blobs.read(blob), { maxBytes: deps.config.maxMessageBytes });
  } catch (error) {
    deps.logger.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, 'raw message of a rescued mail unreadable');
    return null;
  }
}

/** Request texts of the given cases, keyed by case id, in the shape escalations quote; unreadable ones are left out. */
export async function readRequestTexts(deps: AppDeps, db: DbData, records: Iterable<CaseRecord>): Promise<Record<string, RequestText>> {
  const texts: Record<string, RequestText> = {};
  for (const record of records) {
    const request = await loadRequestText({ dataDir: deps.config.dataDir, maxMessageBytes: deps.config.maxMessageBytes, readRaw: deps.blobs.read }, db, record, deps.logger);
    if (!request?.text) continue;
    texts[record.id] = {
      subject: record.subject,
      text: request.text,
      attachments: request.attachments.map((attachment) => `${attachment.filename ?? '(unnamed)'} (${attachment.contentType}, ${attachment.size} bytes)`),
    };
  }
  return texts;
}

/**
 * Loads what planning this message may need: the original request of any case it could touch (its
 * thread, a duplicate, a case a team reply answers), and the mail a team `open` reply rescues.
 */
export async function loadIntakeExtras(deps: AppDeps, db: DbData, mail: InboundMail, verdict: Verdict, index?: IntakeIndex): Promise<IntakeExtras> {
  const referenced = new Set([mail.inReplyTo, ...mail.references].filter((id): id is string => Boolean(id)));
  const cases = new Map<string, CaseRecord>();
  const rescuedMail: Record<string, InboundMail> = {};
  const add = (record: CaseRecord | null | undefined): void => {
    if (record) cases.set(record.id, record);
  };
  add(findCaseForMail(mail, db, index));
  add(findDuplicateCase(mail, verdict, db, index));
  if (referenced.size > 0 && mail.from && deps.config.teamAddresses.includes(mail.from.address)) {
    for (const item of Object.values(db.outbox)) {
      if (!referenced.has(item.messageId)) continue;
      if (item.caseId) add(db.cases[item.caseId]);
      else if (NOTICE_TEMPLATES.has(item.templateId)) {
        const target = noticeTarget(item, requestedEntry(mail.newText));
        if (!target.ok) continue;
        const original = await readMail(deps, db, target.messageKey);
        if (original) rescuedMail[target.messageKey] = original;
      }
    }
  }
  return { requestTexts: await readRequestTexts(deps, db, cases.values()), rescuedMail };
}
