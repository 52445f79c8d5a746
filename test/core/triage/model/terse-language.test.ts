import { describe, expect, it } from 'vitest';
import { corpusEntryToMime, parseCorpusFile } from '../../../../src/core/corpus/format.js';
import { readLanguage } from '../../../../src/core/triage/index.js';
import { selectMessageText } from '../../../../src/core/triage/message-text.js';
import { triageOffline } from '../../../../src/core/triage/offline.js';
import { loadShippedModel } from '../../../../src/io/triage-model.js';
import { parseMail } from '../../../../src/io/mime.js';
import type { InboundMail } from '../../../../src/types.js';

const model = loadShippedModel();

async function mail(subject: string, text: string): Promise<InboundMail> {
  const { entries } = parseCorpusFile(`=== t\nlabels: other\nlang: en\nsubject: ${subject}\n--- text\n${text}\n`, 't.txt');
  return parseMail(Buffer.from(corpusEntryToMime(entries[0]!)), { maxBytes: 1e6 });
}

describe('terse mail too short to name its language', () => {
  it.each([
    ['Re: your account', 'k yes pls wipe my acct too, dont use it anymore', 'deletion'],
    ['moving', 'new addy from june: 12 Larch Rd, Leeds LS6 2AB. pls update ur records ty', 'correction'],
    ['', 'stop sending promo txts pls, reminders r fine', 'opt_out'],
  ])('is still read by the model (%s)', async (subject, text, label) => {
    const message = await mail(subject, text);
    expect(readLanguage(selectMessageText(message)).unsupportedLanguage).toBe(false);
    expect(triageOffline(message, { ownAddresses: ['privacy@clinic.example'], mode: 'both', model }).labels).toEqual([label]);
  });

  it('but a paragraph in a language with no profile here stays unsupported: rules only, capped', async () => {
    const message = await mail('duomenys', 'Laba diena, prašau ištrinti visus mano asmens duomenis iš jūsų sistemos ir patvirtinti raštu.');
    const reading = readLanguage(selectMessageText(message));
    expect(reading).toMatchObject({ language: 'und', unsupportedLanguage: true });
    expect(triageOffline(message, { ownAddresses: ['privacy@clinic.example'], mode: 'both', model }).confidence).toBeLessThanOrEqual(0.45);
  });
});
