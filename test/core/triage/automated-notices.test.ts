import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import { carriesAPersonsWords } from '../../../src/core/automated.js';
import { triageOffline } from '../../../src/core/triage/offline.js';
import { loadShippedModel } from '../../../src/io/triage-model.js';
import { parseMail } from '../../../src/io/mime.js';
import type { InboundMail, Label } from '../../../src/types.js';

/**
 * Notices that carry someone else's words or report a request done (voicemail and fax, form copies,
 * list digests, another organisation's completion notice) and people's mail that resembles them.
 * Written for this check; none of it comes from the evaluation corpus.
 */

async function mailOf(subject: string, body: string): Promise<InboundMail> {
  const raw = `From: Sender <sender@mail.example>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <n@mail.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
  return parseMail(Buffer.from(raw), { maxBytes: 100_000 });
}
const OPTIONS = { ownAddresses: ['privacy@clinic.example'] };

/** [subject, body, reason, carries a request]: never answered; a request carried goes to the team. */
const NOTICES: Array<[subject: string, body: string, reason: string, unsure: boolean]> = [
  ['Voicemail from +1 555 0100', 'You have a new voicemail from +1 555 0100.\n\nMailbox: Front desk\nDuration: 00:48\n\nTranscription:\n"Hi, this is Dana Price, please delete my account and everything you have on me, thanks."', 'voicemail or fax notice', true],
  ['Neue Sprachnachricht', 'Sie haben eine neue Sprachnachricht.\n\nAnrufer: 0171 5550199\nDauer: 00:12\n\nDie Audiodatei finden Sie im Anhang.', 'voicemail or fax notice', false],
  ['Nouveau message vocal', 'Vous avez reçu un nouveau message vocal de 06 55 50 12 34.\nDurée : 01:02\n\nTranscription automatique :\n« Bonjour, je voudrais recevoir une copie de mon dossier, merci de me rappeler. »', 'voicemail or fax notice', true],
  ['Contact form', 'Thanks for getting in touch. Here is a copy of your submission:\n\nName: Lee Park\nEmail: lee@home.example\nMessage: stop sending me your promotional texts please\n\nWe will get back to you within 2 business days.', 'web-form copy text', true],
  ['Ihre Nachricht an uns', 'Vielen Dank für Ihre Nachricht!\nHier eine Kopie Ihrer Angaben:\n\nName: Jonas Weber\nE-Mail: jw@post.example\nBetreff: Terminfrage\nNachricht: Gibt es noch Termine im Mai?', 'web-form copy text', false],
  ['physio-talk Digest, Vol 41, Issue 3', 'Send physio-talk mailing list submissions to\n\tphysio-talk@lists.example.org\n\nToday\'s Topics:\n\n   1. Retention of paper charts (M. Ortiz)\n   2. Patient wants records deleted - what do you do? (R. Klein)\n\nMessage: 1\nFrom: M. Ortiz <mo@example.org>\nWe shred after ten years.\n\nMessage: 2\nFrom: R. Klein <rk@example.org>\nA patient asked me to delete all her records. Can I?', 'list digest text', true],
  ['Incoming fax', 'Incoming fax for Records Dept.\n\nSender: +44 20 5550 1188\nPages: 2\n\nOCR text (may contain errors):\n"To whom it may concern, I object to the use of my data for marketing. Please stop all mailings. G. Hart"', 'voicemail or fax notice', true],
  ['Samenvatting', 'Samenvatting van uw aanvraag via het webformulier\n\nNaam: Kees de Wit\nE-mail: kees@thuis.example\nBericht: Kan ik mijn afspraak verzetten naar vrijdag?', 'web-form copy text', false],
  ['Riepilogo settimanale', 'Riepilogo settimanale del gruppo pazienti-fisio\n\nArgomenti:\n  Esercizi per la schiena (4 messaggi)\n  Qualcuno ha chiesto la cancellazione dei propri dati? (2 messaggi)\n\n  Sara L.: Io l\'ho chiesta e l\'hanno fatta in una settimana.\n  Dario: Anch\'io, tutto ok.\n\nPer non ricevere più il riepilogo modifica le impostazioni del gruppo.', 'list digest text', true],
  ['Je compte a été supprimé', 'Hallo Sam,\n\nZoals gevraagd is je account bij AppFit definitief verwijderd.\nWe bewaren alleen je facturen, 7 jaar (wettelijke plicht).\n\nTeam AppFit', 'completion-notice text', false],
  ['Conferma cancellazione – pratica 2026-771', 'Gentile utente,\n\nle confermiamo la cancellazione dei suoi dati personali (pratica 2026-771).\nNon è d\'accordo? Può proporre reclamo al Garante per la protezione dei dati personali.\n\nUfficio Privacy', 'completion-notice text', false],
  ['Tu solicitud', 'Hola Marta:\n\nTu cuenta y tus datos han sido eliminados definitivamente, como nos solicitaste.\nConservamos las facturas por obligación legal.', 'completion-notice text', false],
  ['Ontvangstbevestiging', 'Geachte heer Visser,\n\nHierbij laten wij u weten dat wij uw verzoek in goede orde hebben ontvangen.\nWij nemen binnen vijf werkdagen contact met u op.', 'ticket acknowledgement text', false],
  ['Baja del boletín', 'Hola:\n\nHemos dado de baja la dirección ana@correo.example de nuestro boletín.\n¿Ha sido un error? Puedes volver a suscribirte aquí.', 'unsubscribe-confirmation text', false],
  // A help desk's own article list and its echo of what was sent are the notice's, not the sender asking.
  ['Wir haben Ihre Anfrage erhalten [#DE-2291]', 'Hallo,\n\nwir haben Ihre Anfrage erhalten und ihr die Nummer #DE-2291 gegeben. Unser Team meldet sich innerhalb von zwei Werktagen.\n\nVielleicht helfen Ihnen diese Artikel:\n- Wie lösche ich mein Konto?\n- Wie lade ich meine Daten herunter?\n\nZusammenfassung dessen, was Sie uns geschrieben haben:\n"ich möchte wissen, welche Daten Sie über mich speichern"\n\nDies ist eine automatische Antwort.', 'ticket acknowledgement text', false],
  ['We received your request [#EN-88]', 'Hi,\n\nthanks for reaching out! We have received your request and assigned it number #EN-88. Our team will reply within 2 business days.\n\nThese articles may help:\n- How do I close my account?\n- How to download a copy of my data\n\nHere is a summary of what you wrote to us:\n"please tell me what you store about me"', 'ticket acknowledgement text', false],
  // A status notice whose field names the request's kind, closed by a tag with the adverb first.
  ['Your request is complete (ref. 5521)', 'Dear customer,\n\nYour request (reference 5521) has been processed.\n\nRequest type: erasure of personal data\nStatus: completed\n\nYou will receive no further messages about this request.\n\n(automatically generated message)', 'automated-response text (closing line)', false],
  // A calendar program's answer to an invitation, under the invitee's name (round 76).
  ['Accepted: Quarterly privacy review', 'Jo Reyes has accepted this meeting.', 'calendar-response text', false],
  ['Abgelehnt: Jour fixe Datenschutz', 'Petra Lange hat diese Besprechung abgelehnt.\n\nWann: Dienstag, 12. Mai 2026 09:00-09:30\nWo: Raum 2', 'calendar-response text', false],
  ['Aceptado: Revisión de solicitudes', 'Lucía Gómez ha aceptado esta reunión.', 'calendar-response text', false],
  ['Provisoire : Point mensuel', 'Claire Martin a accepté provisoirement cette réunion.\n\nQuand : lundi 4 mai 2026 14:00-15:00', 'calendar-response text', false],
  ['Rifiutato: Riunione privacy', 'Luca Bianchi ha rifiutato questa riunione.\n\nCommento: "Sono in ferie quel giorno."', 'calendar-response text', false],
  ['Aceito: Revisão mensal', 'Rita Sousa aceitou esta reunião.', 'calendar-response text', false],
  ['Voorlopig: Overleg AVG', 'Daan Smit heeft deze vergadering voorlopig geaccepteerd.', 'calendar-response text', false],
  ['Aanvraag afgehandeld', 'Beste klant,\n\nUw aanvraag 7781 is afgehandeld.\n\nType aanvraag: inzage in gegevens\nStatus: afgerond\n\n-- automatisch gegenereerd bericht --', 'automated-response text (closing line)', false],
  // A completion notice whose detail says what will still be erased, and what the law makes it keep (round 101).
  ["C'est fait, Julie", "Bonjour Julie,\n\nC'est fait : votre compte Studio a bien été supprimé.\n\nVos données personnelles seront effacées de nos systèmes sous 30 jours, sauf les factures que nous sommes tenus de conserver.\n\nÀ bientôt peut-être,\nL'équipe Studio", 'completion-notice text', false],
  ['Done, Sam', "Hi Sam,\n\nAll done: your Studio account has been deleted.\n\nYour personal data will be permanently erased from our systems within 30 days, except the invoices we're legally required to keep.\n\nThe Studio team", 'completion-notice text', false],
  // A ticket tool's copy of a ticket, named machine-made (and by which program) at its end: it relays
  // its requester's words, and goes to the team when they ask for something (round 99).
  ['[Helpdesk #2231] Neues Ticket', 'Titel: Zugang sperren\nStatus: Neu\nPriorität: mittel\n\nBeschreibung:\nBitte den Zugang von Frau K. sperren.\n\n--\nAutomatisch generiert von OTRS', 'ticket-system copy text', false],
  ['[PRIV-88] Issue created', 'https://desk.example.com/browse/PRIV-88\n\nSummary: Old intern account\nStatus: Open\nReporter: Ana Ruiz\n\nDescription:\nPlease delete my account, I left in March.\n\nThis message was generated automatically by Jira Service Desk.', 'ticket-system copy text', true],
  // Round 102: a calendar answer under a titled name, a broadcast that ends "do not reply", a notice
  // the reader may let be, a forum digest and a club's newsletter that address the reader as "je", "ihr".
  ['Accettato: Riunione privacy', "Avv. Marta Bini ha accettato l'invito.", 'calendar-response text', false],
  ['Comunicazione importante: manutenzione', 'Gentile Cliente,\n\nle comunichiamo che sabato 14 dalle 22 alle 24 la piattaforma non sarà raggiungibile per manutenzione programmata.\n\nComunicazione inviata a tutti i clienti. Non rispondere a questo indirizzo.', 'transactional notice text', false],
  ['Your membership ends on June 1', "Hi Alex,\n\nYour gym membership will end on June 1 and your booking history will be removed a month later.\n\nWant to stay? Renew in the app before that date.\n\nIf you're happy to let it lapse, you don't need to do anything.\n\nThe Pulse Gym team", 'transactional notice text', false],
  ['Dagelijkse samenvatting: 3 nieuwe berichten', 'Hallo Noor,\n\nDit is er gebeurd in de onderwerpen die je volgt:\n\n▸ Beste route langs de kust? (2 nieuwe reacties)\n  Bram_K: "Via Zandvoort, zeker weten."\n  Moderator_Lies: "Kijk ook even in de routesectie."\n\nJe ontvangt deze samenvatting omdat je dagelijkse e-mails hebt ingeschakeld.', 'list digest text', false],
  ['Jugend-Info Mai', 'Liebe Eltern,\n\nhier die Termine für Mai:\n\n• Turnier am 9.5.\n• Elternabend am 21.5., 19 Uhr\n\nEure Jugendleitung\n\nIhr erhaltet diese Mail, weil ihr im Jugend-Verteiler eingetragen seid.', 'mailing-list footer text', false],
  ['Je hebt een nieuw voicemailbericht', 'Je hebt een nieuw voicemailbericht.\n\nVan: 020 555 0101\nDuur: 0:03\n\nHet bericht is als bijlage toegevoegd.', 'voicemail or fax notice', false],
];

/** [subject, body, primary]: people whose mail looks like such a notice. */
const PEOPLE: Array<[subject: string, body: string, primary: Label]> = [
  ['voicemail', 'I left you a voicemail yesterday and nobody called back. Please delete my account.', 'deletion'],
  ['Fwd: Contact form', 'This is what I typed into your form last week and I still have no answer:\n\nName: Lee Park\nMessage: please send me a copy of my records', 'disclosure'],
  ['account deleted?', 'Your app says my account has been deleted but I still get your newsletter. Stop it please.', 'opt_out'],
  ['Accepted: your offer', 'I have accepted your invitation to the webinar, but please delete my data afterwards.', 'deletion'],
  ['Re: Termin', 'Ich habe Ihre Einladung angenommen. Bitte schicken Sie mir vorher eine Kopie meiner Daten.', 'disclosure'],
  ['Fwd: ticket', 'Your tool sent me this and nothing happened since. Please delete my account now.\n\nTitle: Delete account\nStatus: New\nPriority: low\n\nGenerated automatically by GLPI', 'deletion'],
  ['Re: digest', 'Please take me off this list, I never subscribed.\n\nToday\'s Topics:\n  1. Retention (M. Ortiz)\n\nMessage: 1\nFrom: M. Ortiz <mo@example.org>\nWe shred after ten years.', 'opt_out'],
];

describe('notices that carry someone else\'s words or report a request done', () => {
  it.each(NOTICES)('%s -> %s', async (subject, body, reason, unsure) => {
    const verdict = triageMail(await mailOf(subject, body), OPTIONS);
    expect(verdict.automated?.reason).toBe(reason);
    expect(verdict.automated?.unsure === true).toBe(unsure);
    expect(verdict.labels).toEqual(['other']);
  });

  it.each(PEOPLE)('a person: %s', async (subject, body, primary) => {
    const verdict = triageMail(await mailOf(subject, body), OPTIONS);
    expect(verdict.automated).toBeNull();
    expect(verdict.primary).toBe(primary);
  });

  it('takes a person\'s own transcript, whose only voicemail words are in its opening line, for a person\'s', async () => {
    const body = 'Transcript of my voice message:\n"please delete my account and all my records, thanks, Ana"';
    expect(triageMail(await mailOf('voice message', body), OPTIONS).automated).toBeNull();
    const theirs = 'Voice message transcription:\n"hello, please delete my account and all my records, thanks, Ana"';
    expect(triageMail(await mailOf('voice message', theirs), OPTIONS).automated).toBeNull();
  });

  it('does not take words above a voicemail notice for the notice\'s: a person forwarding it inline is a person', async () => {
    const body = 'Can you tell me what data you hold about me?\n\nYou have a new voicemail from +1 555 0100.\nDuration: 00:20';
    expect(triageMail(await mailOf('question', body), OPTIONS).automated).toBeNull();
  });
});

describe('a relay whose carried request only a person\'s reading finds still reaches the team (round 49)', () => {
  const transcript = 'New voicemail received on Support Line\n\nCaller: +1 (720) 555-0199\nDuration: 1:05\n\nAutomated transcript:\n"Hi, my name is Paul Reyes. My daughter is eight and she made an account on your app with her school email. I never agreed to you having her name and her email. I\'d like that account gone, all of it. Please call me back. Thanks."\n\nTranscripts are generated automatically and may contain errors.';
  const relayed = async (from: string) => {
    const raw = `From: Phone System <${from}>\r\nTo: privacy@clinic.example\r\nSubject: Voicemail transcript: +1 (720) 555-0199\r\nMessage-ID: <vm@phone.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${transcript.replace(/\n/g, '\r\n')}\r\n`;
    return triageOffline(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { ...OPTIONS, mode: 'both', model: loadShippedModel() });
  };
  it.each(['voicemail-noreply@phone.example', 'phone-system@phone.example'])('from %s: never answered, passed to the team', async (from) => {
    const verdict = await relayed(from);
    expect(verdict.automated).toMatchObject({ kind: 'auto_reply', reason: 'voicemail or fax notice', relayed: true, unsure: true });
    expect(verdict.labels).toContain('child_data');
  });
});

describe('spoken requests in relayed voicemail transcripts reach the team, in the words callers use (round 50)', () => {
  const voicemail = async (words: string) => {
    const body = `Nuovo messaggio in segreteria\n\nDa: 339 555 0100\nDurata: 0:41\n\nTrascrizione:\n"${words}"\n\nMessaggio inoltrato automaticamente dal sistema di segreteria.`;
    const raw = `From: Segreteria <voicemail@centro.example.it>\r\nTo: privacy@clinic.example\r\nSubject: Nuovo messaggio vocale\r\nMessage-ID: <vm2@centro.example.it>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
    return triageOffline(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { ...OPTIONS, mode: 'both', model: loadShippedModel() });
  };
  it.each([
    ['Buongiorno, sono la signora Rota. Mi chiamate ogni settimana per le offerte. Basta telefonate per le offerte, per favore. Grazie.', 'opt_out'],
    ['Boa tarde, fala a Joana. Queria pedir que apagassem as gravações das minhas consultas. Obrigada.', 'deletion'],
    ['Goedemorgen, met Henk. Ik zou graag een afschrift willen van mijn medisch dossier. Dank u wel.', 'disclosure'],
  ] as const)('%s', async (words, label) => {
    const verdict = await voicemail(words);
    expect(verdict.automated).toMatchObject({ relayed: true, unsure: true });
    expect(verdict.labels).toContain(label);
  });
});

describe('what a relayed caller asks is kept as theirs, so the team is told what to open (round 51)', () => {
  const relay = async (from: string, subject: string, body: string) => {
    const raw = `From: Phone <${from}>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <vm3@phone.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
    return triageOffline(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { ...OPTIONS, mode: 'both', model: loadShippedModel() });
  };
  it.each([
    ['standard-noreply@cabinet.example.fr', 'Message vocal reçu', 'Nouveau message vocal.\nAppelant : 06 55 50 77 10\nDurée : 0 min 35 s\n\nTranscription :\n« Bonjour, ici Marc Lenoir. J\'ai arrêté les séances l\'an dernier, alors je souhaite que vous supprimiez mon dossier et mes coordonnées. Merci. »', 'deletion'],
    ['centralino@studio.example.it', 'Nuovo messaggio vocale', 'Hai un nuovo messaggio vocale.\nNumero: 333 555 0142\nDurata: 38 secondi\n\nTrascrizione:\n"Salve, sono Franco Bassi. Avrei bisogno di una copia delle mie radiografie e del referto, per il medico di base. Grazie mille."', 'disclosure'],
    ['fax-gateway@praxis.example.de', 'Fax eingegangen', 'Eingehendes Fax\nAbsender: 030 5550 1234\nSeiten: 1\n\nOCR-Text:\n"Sehr geehrte Damen und Herren, meine Anschrift hat sich geändert: neu ist Lindenweg 4, 10115 Berlin. Bitte korrigieren Sie das in Ihren Unterlagen. R. Krämer"', 'correction'],
  ] as const)('from %s (%s): never answered, and the verdict keeps what the caller asks', async (from, subject, body, label) => {
    const verdict = await relay(from, subject, body);
    expect(verdict.automated).toMatchObject({ relayed: true, unsure: true });
    expect(verdict.primary).toBe(label);
  });

  it('a relay that asks nothing keeps no label', async () => {
    const verdict = await relay('voicemail@phone.example', 'New voicemail', 'You have a new voicemail.\nCaller: +1 555 0100\nDuration: 0:20\n\nTranscript:\n"Hi, it\'s Sam, just checking whether you are open on Saturday. Bye."');
    expect(verdict.automated).toMatchObject({ relayed: true });
    expect(verdict.labels).toEqual(['other']);
  });
});

describe('a person answering an auto-reply is a person, though its subject is a machine\'s (round 51)', () => {
  const reply = async (subject: string, body: string) => {
    const raw = `From: Gabi <gabi@mail.example>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <r1@mail.example>\r\nIn-Reply-To: <ooo@clinic.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
    return triageOffline(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { ...OPTIONS, mode: 'both', model: loadShippedModel() });
  };
  it.each([
    ['Re: Automatic reply: my records', "No worries, I'll wait until you're back. Thanks!\n\nGabi"],
    ['R: Risposta automatica: richiesta cartella', 'Va bene, nessun problema, aspetto il rientro della dottoressa. Buone vacanze!\n\nGabriella'],
    ['AW: Abwesenheitsnotiz: Auskunft', 'Alles klar, dann warte ich bis nach Ihrem Urlaub. Schöne Ferien!'],
  ])('%s', async (subject, body) => {
    expect((await reply(subject, body)).automated).toBeNull();
  });

  it('an out-of-office answering one is still machine mail by its text', async () => {
    expect((await reply('Re: Automatic reply: my records', 'I am out of the office until 4 May with limited access to email. For urgent matters please call 555 0100.')).automated).not.toBeNull();
  });
});

describe('chats and calls to the privacy channel reach the team, and a bounce subject of a person\'s own loses to their request (round 52)', () => {
  const offline = async (from: string, subject: string, body: string) => {
    const raw = `From: Relay <${from}>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <c1@relay.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
    return triageOffline(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { ...OPTIONS, mode: 'both', model: loadShippedModel() });
  };

  it.each([
    ['no-reply@chat.farmacia.example.es', 'Transcripción del chat #4410', 'Transcripción del chat #4410\nFecha: 02/05/2026\n\n[10:01] Asistente virtual: ¡Hola! ¿En qué puedo ayudarte?\n[10:02] Visitante (Marta Ruiz): hola, quiero que borréis mi cuenta y mis recetas guardadas, ya no uso la app\n[10:02] Asistente virtual: Gracias, tu solicitud se ha enviado al equipo.\n\nEste mensaje se ha generado automáticamente.'],
    ['support-chat@app.example.com', 'Chat transcript #A-118', 'Chat transcript #A-118\nDate: May 2, 2026\n\nVisitor: hi, my last name is spelled wrong on my invoices, it is Kowalczyk not Kowalcyk\nAgent: Thanks! I will pass this on.\nVisitor: thank you'],
  ])('a chat transcript from %s is a relay: never answered, passed to the team', async (from, subject, body) => {
    const verdict = await offline(from, subject, body);
    expect(verdict.automated).toMatchObject({ reason: 'chat transcript', relayed: true, unsure: true });
  });

  it('a caller who speaks of themselves reaches the team even when no rule names what they ask', async () => {
    const body = 'Você recebeu uma nova mensagem de voz.\n\nOrigem: (21) 95555-0100\nDuração: 0:31\n\nTranscrição automática:\n"Alô, aqui é a Rita. O meu sobrenome saiu trocado no resultado do exame, eu sou Rita Lopes Neves. Vocês podem ver isso? Obrigada."\n\nMensagem gerada automaticamente pelo sistema de telefonia.';
    expect((await offline('nao-responda@pabx.lab.example.com.br', 'Nova mensagem de voz', body)).automated).toMatchObject({ relayed: true, unsure: true });
  });

  // Dutch "Dit" (this) opening a notice is no French "dit" (says) reporting someone's words.
  it.each([
    ['no-reply@chat.apotheek.example.nl', 'Chatgesprek #2291', 'Dit chatgesprek is automatisch doorgestuurd naar privacy.\n\n[09:02] Bot: Goedemorgen! Waarmee kan ik helpen?\n[09:03] Klant: ik wil dat jullie mijn account opheffen\n[09:03] Bot: Ik stuur je vraag door.'],
    ['noreply@centralino.studio.example.it', 'Nuovo messaggio vocale', 'Nuovo messaggio nella casella vocale Privacy.\n\nChiamante: 347 555 0101\nDurata: 0:40\n\nTrascrizione automatica:\n"Salve, sono Paola Neri, vorrei sapere quali dati avete su di me."'],
  ])('a relay from %s opening with its own words reaches the team', async (from, subject, body) => {
    expect((await offline(from, subject, body)).automated).toMatchObject({ relayed: true, unsure: true });
  });

  // Chat tools stamp each line with a time and the speaker's own name ("[11:47 PM] Sam:", "Ava (bot)
  // 9:12 PM:"), and call the mail a copy of the conversation or "this transcript".
  it.each([
    ['livechat@chat.dentist.example.com', 'Chat transcript: visitor #40117', 'A visitor left a message while no agents were available.\n\nVisitor: Sam\nEmail: sam@example.net\n\n[11:47 PM] Bot: Hi! How can we help you today?\n[11:47 PM] Sam: how do i close my account\n[11:48 PM] Bot: Would you like to leave a message for our team?\n[11:48 PM] Sam: yes. please delete my portal account and the info in it, i moved away. thanks\n\nThis transcript was sent automatically by LiveChat.'],
    ['help@cycleapp.example.com', 'Your conversation with Cycle Help', "Here's a copy of your conversation with Cycle Help.\n\nAva (bot) 9:12 PM: Hi! How can I help today?\nYou 9:12 PM: stop selling or sharing my data with any advertiser\nAva (bot) 9:13 PM: I've passed that on to our privacy team.\nYou 9:13 PM: and delete my account after that"],
    ['webchat@apotheek.example.nl', 'Chatgesprek beëindigd – kopie', 'Kopie van uw chatgesprek met Apotheek De Valk\n\n10-03-2026 20:14 Bezoeker: goedenavond\n10-03-2026 20:15 Medewerker (Lotte): Waarmee kan ik u helpen?\n10-03-2026 20:15 Bezoeker: ik wil geen reclame meer via whatsapp en mail, haal mijn nummer van jullie lijst\n10-03-2026 20:17 Medewerker (Lotte): Ik zet het door.\n\nDit is een automatisch verzonden kopie van het gesprek.'],
    ['assistenza@sorrisi.example.it', 'Trascrizione della chat', 'Ecco la trascrizione della tua conversazione con l\'assistenza.\n\n[18:02] Visitatore: salve vorrei sapere quali dati avete su di me\n[18:03] Giulia (Assistenza): Buonasera! Apro una segnalazione.\n[18:04] Visitatore: ok grazie\n\nQuesta email è stata inviata automaticamente.'],
  ])('a chat transcript from %s with speakers named by their time stamps is a relay that reaches the team', async (from, subject, body) => {
    const verdict = await offline(from, subject, body);
    expect(verdict.automated).toMatchObject({ unsure: true });
    expect(carriesAPersonsWords(verdict.automated!)).toBe(true);
    expect(verdict.labels).not.toEqual(['other']);
  });

  it.each([
    ['nao-responder@voz.clinica.example.pt', 'Nova mensagem de voz de 912 000 771', 'Tem uma nova mensagem de voz.\n\nDe: 912 000 771\nData: 10/03/2026 12:31\nDuração: 0:38\n\nTranscrição automática:\n"Boa tarde, fala a Dona Graciete Moura, sou doente aí da clínica. Queria saber que dados é que vocês têm de mim e se me podem mandar uma cópia pelo correio. Obrigada."\n\nEsta transcrição foi gerada automaticamente.'],
    ['messagerie@cabinet.example.fr', 'Nouveau message vocal (0:41)', 'Vous avez reçu un nouveau message vocal.\n\nDe : 06 12 XX XX 47\nDate : 09/03/2026 18:52\nDurée : 0:41\n\nTranscription (automatique) :\n« Bonjour, c\'est Madame Roux. Je voudrais avoir une copie de mon dossier, de tout ce que vous avez sur moi, parce que je déménage. Merci, au revoir. »'],
  ])("a voicemail notice's caller line is a phone number, not a quoted header: the transcript below is read (%s)", async (from, subject, body) => {
    const verdict = await offline(from, subject, body);
    expect(verdict.automated).toMatchObject({ reason: 'voicemail or fax notice', relayed: true, unsure: true });
    expect(verdict.labels).toContain('disclosure');
  });

  it('a person on holiday who asks for a correction in the same mail is a person asking, not an out-of-office reply', async () => {
    const body = "Bonjour, je suis en vacances jusqu'à lundi mais je vous le dis tout de suite : j'ai déménagé. Merci de mettre à jour ma fiche avec le 3 allée des Tilleuls, 35000 Rennes. Bonne journée, Paul";
    const verdict = await offline('paul.henry@example.fr', 'nouvelle adresse', body);
    expect(verdict.automated).toBeNull();
    expect(verdict.labels).toEqual(['correction']);
  });

  it('a voicemail notice that carries no words stays set aside', async () => {
    const body = 'Sie haben eine neue Sprachnachricht.\n\nAnrufer: 0171 5550199\nDauer: 00:12\n\nDie Audiodatei finden Sie im Anhang.';
    const verdict = await offline('telefonanlage@praxis.example.de', 'Neue Sprachnachricht', body);
    expect(verdict.automated).toMatchObject({ relayed: true });
    expect(verdict.automated?.unsure).toBeUndefined();
  });

  it.each([
    ['voicemail@pbx.example.com', 'New voicemail from (312) 555-0199', 'You have a new voicemail.\n\nFrom: (312) 555-0199\nReceived: Mon, Mar 9, 2026 7:52 PM\nLength: 0:04\n\nTranscript: (No speech detected)\n\nThe recording is attached as an MP3 file.'],
    ['centralino@studio.example.it', 'Nuovo messaggio vocale da +39 02 5550 4471', 'Hai ricevuto un nuovo messaggio vocale.\n\nDa: +39 02 5550 4471\nDurata: 00:03\n\nTrascrizione: (nessun parlato rilevato)\n\nIl file audio è allegato a questa e-mail.'],
  ])('a voicemail notice from %s whose transcript says no one spoke stays set aside', async (from, subject, body) => {
    const verdict = await offline(from, subject, body);
    expect(verdict.automated).toMatchObject({ relayed: true });
    expect(verdict.automated?.unsure).toBeUndefined();
  });

  it('a person\'s own subject with a bounce word loses to their request; a server\'s bounce subject stands', async () => {
    const person = await offline('hanna@mail.example', 'Onbestelbaar?? nogmaals mijn verzoek', 'Goedemiddag,\n\nMijn vorige mail kwam terug, dus ik probeer het opnieuw. Ik wil dat mijn account en mijn gegevens worden verwijderd.\n\nGroeten, Hanna');
    expect(person.automated).toBeNull();
    expect(person.primary).toBe('deletion');
    const server = await offline('hanna@mail.example', 'Onbestelbaar: mijn verzoek', 'Ik wil dat mijn account en mijn gegevens worden verwijderd.');
    expect(server.automated).toMatchObject({ kind: 'bounce' });
  });
});

describe("a voicemail's transcript is read without the notice around it (round 69)", () => {
  const relay = async (subject: string, body: string) => {
    const raw = `From: Telefonie <voicemail@pbx.example.net>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <vm69@pbx.example.net>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
    return triageOffline(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { ...OPTIONS, mode: 'both', model: loadShippedModel() });
  };
  it.each([
    ['Nuevo mensaje de voz de 611 55 01 23 (0:39)', 'Tiene un nuevo mensaje de voz.\n\nDe: 611 55 01 23\nRecibido: lunes, 2 de marzo de 2026, 12:15\nDuración: 0:39\n\nTranscripción (generada automáticamente, puede contener errores):\n"Hola, buenos días, soy Rocío Marín. Ya no voy a vuestra clínica y quería que me quitarais de todo, la ficha, el teléfono, todo. Gracias, hasta luego."', 'deletion'],
    ['Messaggio vocale da 347 555 0190 (0:36)', 'Hai un nuovo messaggio vocale\n\nDa: 347 555 0190\nRicevuto: lunedì 2 marzo 2026, 18:02\nDurata: 0:36\n\nTrascrizione:\n"Buonasera, sono Marco Conti. Non vengo più da voi da un anno e vorrei che toglieste tutto quello che avete su di me, la scheda e il mio numero. Grazie."\n\nLa trascrizione è generata automaticamente e potrebbe contenere errori.', 'deletion'],
    ['Nova mensagem de voz – 0:28', 'Você tem uma nova mensagem de voz.\n\nDe: (21) 95555-0177\nData: 02/03/2026 09:40\nDuração: 0:28\n\nTranscrição:\n"Oi, aqui é a Priscila. Meu sobrenome está errado no cadastro de vocês, é Albuquerque com q-u, não com c. Dá pra arrumar? Obrigada."', 'correction'],
  ] as const)('%s: the caller\'s words decide, and it goes to the team', async (subject, body, label) => {
    const verdict = await relay(subject, body);
    expect(verdict.automated).toMatchObject({ reason: 'voicemail or fax notice', relayed: true, unsure: true });
    expect(verdict.labels).toContain(label);
  });
});

describe('an app asking a parent for consent is a machine, though it names a child under 13 (round 70)', () => {
  it('goes to the team unsure, never answered', async () => {
    const body = 'Hi,\n\nA new PixelPals account (username "tiger_lily") was created by someone who gave this address as a parent\'s email.\n\nBecause the user said they are under 13, a parent or guardian has to approve the account before they can send messages.\n\nApprove here: https://pixelpals.example.com/parents?t=77c1\n\nIf nobody approves within 7 days, the account and the details entered at sign-up are removed automatically. If this means nothing to you, you can ignore this email.\n\nThe PixelPals team';
    const raw = `From: PixelPals <family@pixelpals.example.com>\r\nTo: privacy@clinic.example\r\nSubject: Parental consent needed for a new account\r\nMessage-ID: <pp@pixelpals.example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
    const verdict = await triageOffline(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { ...OPTIONS, mode: 'both', model: loadShippedModel() });
    expect(verdict.automated).toMatchObject({ unsure: true });
  });
});

// Written for this check after blind round 77; none of it comes from the corpus or the blind rounds.
describe("a chat transcript's timed lines are each a speaker's own, so what the visitor asks reaches the team (round 77)", () => {
  it.each([
    ['Chatgesprek #123', 'Chatgesprek #123\nDatum: 10-03-2026\n\n11:02 Chatbot: Hallo! Waarmee kan ik je helpen?\n11:02 Bezoeker: mag ik een kopie van al mijn gegevens?\n11:03 Chatbot: Je kunt je gegevens bekijken in Mijn Account.\n11:03 Bezoeker: en meld me af voor de nieuwsbrief graag\n\nEinde gesprek.', ['disclosure', 'opt_out']],
    ['Chat transcript #9', 'Chat transcript #9\n\n[14:31] Agent: Hi! How can I help?\n[14:31] Visitor: please send me a copy of my data\n[14:32] Agent: You can download your data in your account settings.\n\nChat ended.', ['disclosure']],
    ['Transcrição da conversa #7', 'Transcrição da conversa #7\n\n14:31 Assistente: Olá! Em que posso ajudar?\n14:32 Cliente: queria saber de onde vem o meu número, e que o retirem da vossa base de marketing\n14:32 Assistente: Vou encaminhar o seu pedido.\n\nConversa terminada.', ['disclosure', 'opt_out']],
  ])('%s', async (subject, body, labels) => {
    const raw = `From: Chat <chat@relay.example>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <c77@relay.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
    const verdict = triageOffline(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { ...OPTIONS, mode: 'both', model: loadShippedModel() });
    expect(verdict.automated?.unsure).toBe(true);
    expect([...verdict.labels].sort()).toEqual(labels);
  });
});

describe('a closing "do not reply" that is no notice of a sender\'s own (round 102)', () => {
  it('a fake authority demanding payment by a link, ending "Do not reply to this email", is read as written', async () => {
    const body = 'Dear Data Controller,\n\nYour organisation failed to answer erasure requests in time. A penalty of 2,400 EUR applies unless settled within 48 hours:\n\nhttps://penalty-portal.example.net/pay?ref=881\n\nDo not reply to this email.';
    const verdict = triageMail(await mailOf('NOTICE OF NON-COMPLIANCE', body), OPTIONS);
    expect(verdict.automated?.reason).not.toBe('transactional notice text');
  });

  it('a web form\'s copy named in its subject, ending "Non rispondere a questo indirizzo", keeps the person\'s words', async () => {
    const body = 'Nome e cognome Luca Neri\nNote Non voglio più ricevere SMS promozionali.\n\nEmail generata dal sito. Non rispondere a questo indirizzo.';
    const verdict = triageMail(await mailOf('Nuova richiesta – Modulo esercizio dei diritti', body), OPTIONS);
    expect(verdict.automated?.reason).not.toBe('transactional notice text');
  });

  it('a Dutch voicemail notice with no words, which calls its reader "je", is set aside, not passed to the team', async () => {
    const mail = await mailOf('Voicemail van 020 555 0101', 'Je hebt een nieuw voicemailbericht.\n\nVan: 020 555 0101\nDuur: 0:02\n\nTranscriptie: —\n\nHet bericht is als bijlage toegevoegd.');
    const verdict = triageOffline(mail, { ownAddresses: OPTIONS.ownAddresses, mode: 'both', model: loadShippedModel() });
    expect(verdict.automated?.reason).toBe('voicemail or fax notice');
    expect(verdict.automated?.unsure === true).toBe(false);
  });
});
