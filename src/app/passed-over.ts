import { localDay } from '../core/case-id.js';
import { isOpenable } from '../core/cases/held-sender.js';
import { isSetAsideByWording, MACHINE_SUMMARY } from '../core/cases/machine-set-aside.js';
import { commandWordOf } from '../core/commands.js';
import { readRawMessage } from '../io/blobs.js';
import { parseMail } from '../io/mime.js';
import type { DbData, Label } from '../types.js';

export interface PassedOverMail {
  key: string;
  receivedAt: string;
  receivedOn: string;
  from: string | null;
  subject: string | null;
  /** Requests the rules read that the model overruled ("perhaps a privacy request"); empty otherwise. */
  readAs: Label[];
  /** Set aside as an automatic reply by its wording alone: what it was read as. */
  readAsMachine: string | null;
}

const DAY_MS = 86_400_000;

/**
 * Mail recorded as "not a privacy request" that never became a case, newest first: what the team can
 * still turn into a case (`privacy-inbox open`). Sender and subject are read from the raw copies, as
 * the store keeps no addresses or subjects of such mail.
 */
export async function listPassedOver(
  options: { dataDir: string; maxMessageBytes: number; timeZone: string; now: string; days: number; readRaw?: (relative: string) => Promise<Buffer> },
  db: DbData,
): Promise<PassedOverMail[]> {
  const since = Date.parse(options.now) - options.days * DAY_MS;
  const records = Object.values(db.messages)
    .filter((record) => isOpenable(record) && Date.parse(record.receivedAt) >= since)
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  const rows: PassedOverMail[] = [];
  for (const record of records) {
    let from: string | null = null;
    let subject: string | null = null;
    if (record.blob) {
      try {
        const mail = await parseMail(options.readRaw ? await options.readRaw(record.blob) : await readRawMessage(options.dataDir, record.blob), { maxBytes: options.maxMessageBytes });
        from = mail.from?.address ?? null;
        subject = mail.subject;
      } catch {
        // The row still names the key and date, which is all `open` needs.
      }
    }
    rows.push({ key: record.key, receivedAt: record.receivedAt, receivedOn: localDay(record.receivedAt, options.timeZone), from, subject, readAs: record.verdict?.overruled ?? [], readAsMachine: isSetAsideByWording(record) ? MACHINE_SUMMARY.check(record) : null });
  }
  return rows;
}

/** Control characters in mail never reach the team's terminal. */
function printable(value: string | null, width: number): string {
  const clean = (value ?? '-').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return clean.length > width ? `${clean.slice(0, width - 1)}…` : clean;
}

export function formatPassedOver(rows: PassedOverMail[]): string {
  if (rows.length === 0) return 'No mail passed over as "not a privacy request" or as an automatic reply by its wording in that time.';
  return rows.map((row) => `${row.receivedOn}  ${printable(row.from, 40).padEnd(40)}  ${printable(row.subject, 50).padEnd(50)}  ${row.key}${row.readAs.length > 0 ? `  (perhaps: ${row.readAs.map(commandWordOf).join(' ')})` : ''}${row.readAsMachine ? `  (read as an automatic reply: ${printable(row.readAsMachine, 60)})` : ''}`).join('\n');
}
