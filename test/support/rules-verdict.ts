import { triageMail } from '../../src/core/triage/index.js';
import { parseMail } from '../../src/io/mime.js';
import type { Verdict } from '../../src/types.js';
import { buildMail } from './build-mail.js';

/** The rules' verdict (no model) on a plain-text mail a person wrote to the privacy address. */
export async function rulesVerdictOf(body: string, subject = 'hello'): Promise<Verdict> {
  const raw = buildMail({ from: 'Person <person@mail.example>', to: 'privacy@clinic.example', subject, body, messageId: 'person-1@mail.example' });
  return triageMail(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { ownAddresses: ['privacy@clinic.example'] });
}
