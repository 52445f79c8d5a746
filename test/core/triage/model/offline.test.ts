import { describe, expect, it } from 'vitest';
import { corpusEntryToMime, parseCorpusFile } from '../../../../src/core/corpus/format.js';
import { MODEL_HEADS, type LinearModel, type ModelPrediction } from '../../../../src/core/triage/model/linear.js';
import { triageOffline, type TriageMode } from '../../../../src/core/triage/offline.js';
import { loadShippedModel } from '../../../../src/io/triage-model.js';
import { parseMail } from '../../../../src/io/mime.js';
import type { InboundMail } from '../../../../src/types.js';

const model = loadShippedModel();

async function mail(subject: string, text: string, lang = 'en'): Promise<InboundMail> {
  const { entries } = parseCorpusFile(`=== t\nlabels: other\nlang: ${lang}\nsubject: ${subject}\n--- text\n${text}\n`, 't.txt');
  return parseMail(Buffer.from(corpusEntryToMime(entries[0]!)), { maxBytes: 1e6 });
}

async function mailFrom(from: string, subject: string, text: string): Promise<InboundMail> {
  const raw = `From: ${from}\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <relay-${subject.length}@clinic.example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text}\r\n`;
  return parseMail(Buffer.from(raw), { maxBytes: 1e6 });
}

function triage(message: InboundMail, mode: TriageMode = 'both') {
  return triageOffline(message, { ownAddresses: ['privacy@clinic.example'], mode, model });
}

/** The shipped stack over a model whose automated head says `automated` and every other head 0.01 (or as `others` say). */
function stubAutomatedHead(automated: number, others: Partial<Record<(typeof MODEL_HEADS)[number], number>> = {}): LinearModel {
  return {
    training: {},
    stack: model.stack,
    predict: () => ({
      heads: Object.fromEntries(MODEL_HEADS.map((head) => [head, { head, probability: head === 'automated' ? automated : (others[head] ?? 0.01), positive: head === 'automated', evidence: [] }])) as unknown as ModelPrediction['heads'],
    }),
  };
}

describe('offline triage with the shipped model', () => {
  it("a teenager's own request names no data word: the model reads the request, the stated age makes it a child's", async () => {
    const message = await mail('einen eintrag löschen', 'hallo, ich bin 15 und hab in eurer app einen eintrag geschrieben, den ich echt bereue. könnt ihr den ganz wegmachen, auch auf dem server? danke', 'de');
    expect(triage(message, 'rules').labels).toEqual(['other']);
    const verdict = triage(message);
    expect(verdict.primary).toBe('child_data');
    expect(verdict.evidence).toContainEqual({ label: 'child_data', phrase: 'ich bin 15', where: 'body' });
  });

  it("a spouse asking for a partner's notes is not answered as a request: the team gets it, with what was asked", async () => {
    const message = await mail('Notas das sessões do meu marido', 'Bom dia, o meu marido é vosso paciente. Peço uma cópia das notas das sessões dele e de tudo o que guardam sobre ele.', 'pt');
    const verdict = triage(message);
    expect(verdict).toMatchObject({ primary: 'other', labels: ['other'], forAnotherAdult: 'meu marido' });
    expect(verdict.overruled).toContain('disclosure');
    expect(verdict.confidence).toBeLessThan(0.5);
  });

  it('reads a request phrased the way no rule names it', async () => {
    const message = await mail('', 'hey so i dont use ur app anymore, can u get rid of all my stuff on there. cheers');
    expect(triage(message, 'rules').labels).toEqual(['other']);
    const verdict = triage(message);
    expect(verdict.labels).toContain('deletion');
    expect(verdict.evidence.some((item) => item.phrase.startsWith('model: '))).toBe(true);
  });

  it('keeps the rules verdict for a withdrawal the rules recognise, whatever the model reads', async () => {
    const message = await mail('Re: deletion request', 'Never mind, please disregard my request, I want to keep my account.\n\nOn Mon, 2 Mar 2026, Privacy wrote:\n> We received your request to delete your account.');
    expect(triage(message)).toEqual(triage(message, 'rules'));
    expect(triage(message).labels).toEqual(['other']);
  });

  it('leaves a language the model never read to the rules', async () => {
    const message = await mail('Žádost', 'Dobrý den, žádám o výmaz mých osobních údajů podle článku 17 GDPR.', 'cs');
    expect(triage(message)).toEqual(triage(message, 'rules'));
  });

  it('keeps a plain explicit request the rules found, and an out-of-office text stays automated', async () => {
    expect(triage(await mail('Delete my account', 'Please delete my account and all my personal data.')).labels).toContain('deletion');
    const away = await mail('Out of the office', 'I am out of the office until Monday 12 May with limited access to email. For urgent matters please contact my colleague.');
    expect(triage(away).automated).not.toBeNull();
    expect(triage(away, 'learned').automated).not.toBeNull();
  });

  it('an out-of-office subject loses to a body that asks for something; with nothing asked it stays machine mail', async () => {
    const person = await mail('Out of office', 'wrong subject line sorry. I do not want you sharing my data with advertisers anymore.');
    const verdict = triage(person);
    expect(verdict.automated).toBeNull();
    expect(verdict.labels).toContain('opt_out');
    // Not "Back on the 14th. Cheers, Tom" alone: trained on rounds 1-54 the model reads that at 0.48,
    // a person's two lines, and the team is told of it; nothing is answered either way.
    const away = await mail('Out of office', 'Back on the 14th, no email till then. Cheers, Tom');
    expect(triage(away).automated).toMatchObject({ kind: 'auto_reply' });
    const bounce = await mail('Undeliverable: delete my data', 'Please delete all my data.');
    expect(triage(bounce).automated).toMatchObject({ kind: 'bounce' });
  });

  it('a person writing under an out-of-office subject is read as a person when the model sees no machine wording either', async () => {
    // The shipped stack with a stub head: the subject-only bar is what is tested.
    const message = await mail('Automatic reply: away until Friday', 'hello, sorry my phone put that subject. could somebody ring me about the thing from last week');
    const at = (automated: number) => triageOffline(message, { ownAddresses: ['privacy@clinic.example'], mode: 'both', model: stubAutomatedHead(automated) });
    expect(at(0.8).automated).toMatchObject({ kind: 'auto_reply', reason: 'out-of-office subject' });
    expect(at(0.2).automated).toBeNull();
    expect(at(0.2).labels).toEqual(['other']);
    // With the shipped model: a person off travelling who asks for the deletion first.
    const traveller = await mail('Out of office from tomorrow - one thing before I go', "Hi, I'm off travelling from tomorrow and can't be reached for a month. Before I leave: I ended my sessions with you last year and would like my account and all my notes removed. Thank you, Ines");
    expect(triage(traveller).automated).toBeNull();
    expect(triage(await mail('Out of office', 'Back on the 14th, no email till then. Cheers, Tom')).automated).toMatchObject({ kind: 'auto_reply' });
  });

  it('answers the same for the same mail', async () => {
    const message = await mail('data', 'what do you have on me? also stop texting me');
    expect(triage(message)).toEqual(triage(message));
  });

  it('a ticket system echoing a request subject is machine mail the model is sure of: never answered, passed on as unsure; a plain request is not', async () => {
    const ticket = await mail('Ticket #DE-44102 erstellt: Auskunft nach Art. 15', 'Hallo,\n\nvielen Dank für Ihre Anfrage. Wir haben ein Ticket für Sie angelegt:\n\nTicketnummer: DE-44102\nBetreff: Auskunft nach Art. 15\nStatus: Offen\nPriorität: Normal\n\nEin Mitarbeiter wird sich in Kürze bei Ihnen melden. Bitte geben Sie bei Rückfragen immer die Ticketnummer an.', 'de');
    const verdict = triage(ticket);
    expect(verdict.automated).toMatchObject({ kind: 'auto_reply', unsure: true });
    // The same ticket signed "Dies ist eine automatisch generierte Nachricht." says what it is: the rules decide.
    const signed = await mail(ticket.subject, `${ticket.text}\n\nDies ist eine automatisch generierte Nachricht.`, 'de');
    expect(triage(signed).automated).toMatchObject({ kind: 'auto_reply', reason: 'automated-response text (closing line)' });
    const person = triage(await mail('Auskunft nach Art. 15', 'Guten Tag, bitte senden Sie mir eine Auskunft über alle Daten, die Sie über mich gespeichert haben. Danke, Petra', 'de'));
    expect(person.labels).toContain('disclosure');
    expect(person.automated).toBeNull();
  });

  it('a request only the model reads, under out-of-office wording the rules read, goes to the team unanswered, not filed as automatic', async () => {
    const away = await mail('Unterwegs', 'Hallo,\n\nich bin ab morgen im Urlaub und bis zum 25. nicht erreichbar.\n\nVorher noch eines: der Bericht meiner letzten Sitzung ging an meinen Nachbarn. Das ist ein schwerer Verstoß, ich möchte das als förmliche Beschwerde festhalten.\n\nNora', 'de');
    expect(triage(away, 'rules').automated?.reason).toBe('out-of-office text');
    const verdict = triage(away);
    expect(verdict.labels).toContain('complaint');
    expect(verdict.automated).toMatchObject({ kind: 'auto_reply', unsure: true });
    // A plain out-of-office stays automatic.
    const plain = await mail('Unterwegs', 'Hallo,\n\nich bin ab morgen im Urlaub und bis zum 25. nicht erreichbar. In dringenden Fällen wenden Sie sich an praxis@example.de.\n\nNora', 'de');
    expect(triage(plain).automated).toMatchObject({ reason: 'out-of-office text' });
    expect(triage(plain).automated?.unsure).not.toBe(true);
  });

  it('a request a portal relays from a no-reply address goes to the team unanswered; the same address sending a notice is set aside', async () => {
    const relayed = await mailFrom('Patient Portal <care-noreply@clinic.example.com>', 'Secure message: records request', 'A patient sent a message through the portal.\n\nPatient: Harold Quince\nMessage: Please send me a full copy of my treatment records, including the therapist\'s notes from last autumn.\n\nThis notification cannot be answered. Sign in to the staff portal to respond.');
    const verdict = triage(relayed);
    expect(verdict.labels).toContain('disclosure');
    expect(verdict.automated).toMatchObject({ kind: 'bulk', unsure: true });
    const notice = await mailFrom('Patient Portal <care-noreply@clinic.example.com>', 'Your appointment', 'Your appointment on 12 May at 10:30 is confirmed. Sign in to the portal to see the details.');
    expect(triage(notice).automated).toMatchObject({ kind: 'bulk', reason: 'From care-noreply address' });
    expect(triage(notice).automated?.unsure).not.toBe(true);
  });

  it('a request the model overrules is named for the team, and passed on as unsure when the model also reads a machine', async () => {
    // A staff mail quoting the requests it teaches: the rules read them as asked.
    const rightsList = await mail('Workshop', "Hi all, the workshop on GDPR is on Friday. Topic: how to answer 'please delete my data' and 'send me a copy of my data' requests.");
    const at = (automated: number) => triageOffline(rightsList, { ownAddresses: ['privacy@clinic.example'], mode: 'both', model: stubAutomatedHead(automated, { no_request: 0.99 }) });
    expect(triage(rightsList, 'rules')).toMatchObject({ labels: ['deletion', 'disclosure'], confidence: 0.85 });
    expect(at(0.1)).toMatchObject({ labels: ['other'], disputed: true, overruled: ['deletion', 'disclosure'], automated: null });
    expect(at(0.92)).toMatchObject({ labels: ['other'], overruled: ['deletion', 'disclosure'], automated: { kind: 'auto_reply', unsure: true } });
  });

  it("marks request-less mail automated on the head's word at 0.9, and impersonal mail that answers nothing at 0.7", async () => {
    // The shipped stack with a stub head, so the bar itself is what is tested.
    const personal = await mail('my parcel', 'My parcel left your warehouse today, I should get it on Tuesday.');
    const at = (message: InboundMail, automated: number) => triageOffline(message, { ownAddresses: ['privacy@clinic.example'], mode: 'both', model: stubAutomatedHead(automated) });
    expect(at(personal, 0.91).automated?.reason).toBe('automated wording (learned model)');
    expect(at(personal, 0.88).automated).toBeNull();
    expect(at(personal, 0.88).labels).toEqual(['other']);
    // Notices speak of "you" and "we": no "I" anywhere, and no reply to anything.
    const notice = await mail('Your parcel', 'Your parcel left our warehouse today and should arrive on Tuesday.');
    expect(at(notice, 0.72).automated?.reason).toBe('automated wording (learned model)');
    expect(at(notice, 0.68).automated).toBeNull();
    // The lower bar is for notices only: a person's "I" keeps the main one.
    expect(at(personal, 0.72).automated).toBeNull();
    // Italian "i" is an article ("i tuoi dati", "i primi raffreddori"), not a person's "I" (round 49).
    const italian = await mail('Novità di maggio', 'Cari clienti, ecco le novità di maggio: sconti su tutte le creme solari e i nuovi orari della farmacia. I tuoi dati sono trattati ai sensi del regolamento.');
    expect(at(italian, 0.72).automated?.reason).toBe('automated wording (learned model)');
    const italianPerson = await mail('il mio pacco', 'Il mio pacco è partito oggi, io lo aspetto martedì.');
    expect(at(italianPerson, 0.72).automated).toBeNull();
  });

  it('never files as surely automatic a forward with a note of the sender\'s own above the machine text: the team is told', async () => {
    const forwarded = '\n\n---------- Forwarded message ---------\nFrom: Records Office <records@clinic.example>\nSubject: Automatic reply: my file\n\nI am out of the office until 14 April with no access to email. Your message will not be forwarded.';
    const forward = await mail('Fwd: Automatic reply: my file', `Hi, just so you know, this is all I got back from your records office.${forwarded}`);
    const at = (message: InboundMail, automated: number) => triageOffline(message, { ownAddresses: ['privacy@clinic.example'], mode: 'both', model: stubAutomatedHead(automated) });
    expect(at(forward, 0.99).automated).toMatchObject({ unsure: true });
    expect(at(forward, 0.99).automated?.reason).toContain('passed to the team');
    // A note that asks about the notice is the person's mail, however sure the model is of the notice.
    const asking = await mail('Fwd: Automatic reply: my file', `Hi, this is all I got back from your records office. Who else can I write to?${forwarded}`);
    expect(at(asking, 0.99).automated).toBeNull();
    const plain = await mail('Automatic reply: my file', 'I am out of the office until 14 April with no access to email. Your message will not be forwarded.');
    expect(triageOffline(plain, { ownAddresses: ['privacy@clinic.example'], mode: 'both', model: stubAutomatedHead(0.99) }).automated?.unsure).not.toBe(true);
  });

  it("reads machine text whose language can't be named (names, dates, fields) by the model's automated head; a named foreign language stays the rules'", async () => {
    const at = (message: InboundMail, automated: number) => triageOffline(message, { ownAddresses: ['privacy@clinic.example'], mode: 'both', model: stubAutomatedHead(automated) });
    // A calendar's slip of names, dates and fields (a calendar's own answer the rules read: automated-notices.test.ts).
    const calendar = await mail('Abstimmung Löschkonzept', 'Miriam Fuchs\n\nWann: Donnerstag, 19. März 2026 14:00–15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\nWo: Besprechungsraum 2 / Teams', 'de');
    expect(triage(calendar, 'rules').language).toBe('und');
    expect(triage(calendar, 'rules').automated).toBeNull();
    expect(at(calendar, 0.91).automated?.reason).toBe('automated wording (learned model)');
    expect(at(calendar, 0.68)).toEqual(triage(calendar, 'rules'));
    const czech = await mail('Žádost', 'Dobrý den, žádám o výmaz mých osobních údajů podle článku 17 GDPR.', 'cs');
    expect(at(czech, 0.99)).toEqual(triage(czech, 'rules'));
  });
});
