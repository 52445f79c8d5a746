import { triageOffline } from '../../../src/core/triage/offline.js';
import { loadShippedModel } from '../../../src/io/triage-model.js';
import { parseMail } from '../../../src/io/mime.js';
import type { Verdict } from '../../../src/types.js';

/** A person's plain-text mail to privacy@, a reply to the team's when `reply`, triaged with the shipped model. */
export async function triagePlainMail(body: string, subject: string, reply: boolean, mode: 'both' | 'rules' = 'both'): Promise<Verdict> {
  const threading = reply ? 'In-Reply-To: <q@clinic.example>\r\n' : '';
  const raw = `From: Person <person@mail.example>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <a@mail.example>\r\n${threading}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
  return triageOffline(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { ownAddresses: ['privacy@clinic.example'], mode, model: loadShippedModel() });
}

/** The rules read the label themselves, not only the model: their evidence quotes the mail. */
export const readByRules = (verdict: Verdict, label: string): boolean => verdict.evidence.some((item) => item.label === label && !item.phrase.startsWith('model: '));
