import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import { parseMail } from '../../../src/io/mime.js';
import type { InboundMail, Label } from '../../../src/types.js';

/**
 * Out-of-office replies that never say "out of office": the writer is somewhere until a date, or
 * back on one, and names someone to turn to meanwhile (blind round 93). Written for this check in
 * the seven languages; none of it comes from the evaluation corpus.
 */

async function mailOf(subject: string, body: string): Promise<InboundMail> {
  const raw = `From: Person <person@mail.example>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <p@mail.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
  return parseMail(Buffer.from(raw), { maxBytes: 100_000 });
}

const OPTIONS = { ownAddresses: ['privacy@clinic.example'] };

const AWAY: Array<[subject: string, body: string]> = [
  ['Re: Vendor questionnaire', "Hello!\n\nI'll be back on the 14th, probably sunburnt: I'm sailing between two islands with a very patchy phone.\n\nIf it can't wait, my colleague Priya (priya.n@vendor.example) has the files.\n\nOwen"],
  ['Re: Your enquiry', "I'm cycling across the Alps until 9 July, so replies will be slow. Anything urgent: call the office on +44 20 7946 0000.\n\nKate"],
  ['AW: Vertrag', 'Hallo,\n\nich bin bis zum 21.08. in den Bergen und lasse das Handy bewusst im Tal. Bei dringenden Fragen hilft Ihnen meine Kollegin Frau Lenz (lenz@firma.example).\n\nGrüße\nUlrich'],
  ['RE: Presupuesto', 'Hola,\n\nestoy recorriendo Patagonia con la mochila hasta el 3 de marzo. Si es urgente, escriba a oficina@empresa.example.\n\nMarta'],
  ['RE: Contrat de maintenance', "Bonjour,\n\nje suis quelque part en Corse, loin de tout réseau, jusqu'au 18 septembre. En cas d'urgence, contactez Julien : julien@societe.example.\n\nClaire"],
  ['R: Preventivo', 'Buongiorno,\n\nsono in giro per la Sicilia in camper fino al 12 agosto. Per questioni urgenti scrivete a ufficio@studio.example.\n\nPaolo'],
  ['Re: Proposta', 'Olá,\n\nestou numa aldeia sem rede até dia 30 de abril. Em caso de urgência, fale com a minha colega Inês (ines@empresa.example).\n\nRui'],
  ['Re: Offerte', 'Hoi,\n\nik zit tot 5 juni op een boot zonder wifi. Is het dringend? Bel dan mijn collega Bram op 020 555 0101.\n\nNoor'],
];

const PEOPLE: Array<[subject: string, body: string, primary: Label]> = [
  // A person telling colleagues of their coming leave writes a fresh mail, not an auto-reply.
  ['Cover while I am off', "Hi all,\n\nI'm off from Monday until the 19th. Sam covers the privacy inbox; for anything urgent ring my colleague Sam on +44 20 7946 0001.\n\nThanks!\nJo"],
  // Away, and still asking for something of their own.
  ['Re: Your data request', "I'm in hospital until the 20th, my husband (ron@mail.example) has my phone. Please delete my account in the meantime.", 'deletion'],
  ['AW: Ihre Anfrage', 'Ich bin bis zum 3. Mai im Ausland. Meine Kollegin kann nichts entscheiden, bitte schicken Sie mir trotzdem eine Kopie meiner Daten.', 'disclosure'],
].map(([subject, body, primary]) => [subject, body, primary ?? 'other'] as [string, string, Label]);

describe('an absence told without its usual words', () => {
  it.each(AWAY)('%s / %s is an out-of-office reply', async (subject, body) => {
    const verdict = triageMail(await mailOf(subject, body), OPTIONS);
    expect(verdict.automated?.reason).toBe('out-of-office text');
    expect(verdict.primary).toBe('other');
  });

  it.each(PEOPLE)("a person's: %s / %s -> %s", async (subject, body, primary) => {
    const verdict = triageMail(await mailOf(subject, body), OPTIONS);
    expect(verdict.automated).toBeNull();
    expect(verdict.primary).toBe(primary);
  });

  it('needs a second kind of evidence: "back on the 14th" alone is a person telling us', async () => {
    const verdict = triageMail(await mailOf('Re: Appointment', "Sorry for the silence, I'll be back on the 14th and will ring then."), OPTIONS);
    expect(verdict.automated).toBeNull();
  });
});
