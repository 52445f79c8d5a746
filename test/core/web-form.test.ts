import { beforeEach, describe, expect, it } from 'vitest';
import { detectAutomatedByHeaders, NO_REPLY_RELAY_REASON, WEB_FORM_REASON } from '../../src/core/automated.js';
import { relayedFormOf } from '../../src/core/web-form.js';
import { triageMail } from '../../src/core/triage/index.js';
import { triageOffline } from '../../src/core/triage/offline.js';
import { loadShippedModel } from '../../src/io/triage-model.js';
import { parseMail } from '../../src/io/mime.js';
import { Harness, mail, TEAM, teamReply, verdict } from './lifecycle-harness.js';

const RELAY = 'Stillpoint Website <noreply@stillpoint.example.com>';

function formMail(body: string, from = RELAY, messageId = 'form-1@stillpoint.example.com') {
  return mail({ from, subject: 'New message from contact form', body, messageId });
}

describe('a web form relayed from a no-reply address', () => {
  it('is read as a person naming themselves in the form, in the languages people write', async () => {
    const english = await formMail('New message from contact form\n\nName: Terrence Wilkerson\nEmail: twilkerson@example.com\nState: CA\nMessage:\nOpting out of any sale or sharing of my data.');
    expect(relayedFormOf(english)).toEqual({ sender: { name: 'Terrence Wilkerson', address: 'twilkerson@example.com' } });
    const german = await formMail('Kontaktformular\n\n**Name:** Jana Krüger\n**E-Mail-Adresse:** <Jana.Krueger@Example.de>\n**Ihre Nachricht:** Bitte löschen Sie mein Konto.');
    expect(relayedFormOf(german)?.sender).toEqual({ name: 'Jana Krüger', address: 'jana.krueger@example.de' });
    const spanish = await formMail('Nombre: Lucía Pardo\nCorreo electrónico: lucia.pardo@example.es\nMensaje: quiero saber qué datos tienen de mí');
    expect(relayedFormOf(spanish)?.sender.address).toBe('lucia.pardo@example.es');
    const french = await formMail('Nom : Camille Roux\nCourriel : camille.roux@example.fr\nVotre demande : désinscrivez-moi');
    expect(relayedFormOf(french)?.sender.address).toBe('camille.roux@example.fr');
  });

  it('is read from a form laid out as an HTML table, label and value in neighbouring cells', async () => {
    const rows = [['Nome completo', 'Giulia Ferri'], ['Indirizzo e-mail', 'giulia.ferri@example.it'], ['Tipo di richiesta', 'Rettifica'], ['Richiesta', "Nel mio fascicolo l'indirizzo è sbagliato: via Roma 12, non 21."]];
    const html = `<table>${rows.map(([label, value]) => `<tr><td>${label}</td><td>${value}</td></tr>`).join('')}</table>`;
    const raw = `From: ${RELAY}\r\nTo: privacy@clinic.example\r\nSubject: Nuova richiesta dal modulo privacy\r\nMessage-ID: <form-html@stillpoint.example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`;
    const form = await parseMail(Buffer.from(raw), { maxBytes: 100_000 });
    expect(relayedFormOf(form)).toEqual({ sender: { name: 'Giulia Ferri', address: 'giulia.ferri@example.it' } });
    expect(detectAutomatedByHeaders(form, [])).toEqual({ kind: 'bulk', reason: WEB_FORM_REASON, unsure: true });
    // Without a field for the message it is a notice from the site, not a form.
    const notice = await formMail('Indirizzo e-mail giulia.ferri@example.it\nStato Spedito');
    expect(relayedFormOf(notice)).toBeNull();
  });

  it('is no form without an address and a message field, from a person, or naming only the relay', async () => {
    expect(relayedFormOf(await formMail('Name: A\nMessage: hello'))).toBeNull();
    expect(relayedFormOf(await formMail('Email: a@example.com\nPhone: 555'))).toBeNull();
    expect(relayedFormOf(await formMail('Email: noreply@stillpoint.example.com\nMessage: test'))).toBeNull();
    expect(relayedFormOf(await formMail('Name: B\nEmail: b@example.com\nMessage: hi', 'Bea <bea@example.com>'))).toBeNull();
    const inReplyTo = await mail({ from: RELAY, subject: 'New message from contact form', body: 'Name: C\nEmail: c@example.com\nMessage: delete me', messageId: 'form-r@stillpoint.example.com', extraHeaders: { 'Reply-To': 'C <c@example.com>' } });
    expect(relayedFormOf(inReplyTo)).toBeNull();
    const letter = ['Dear team,', ...Array.from({ length: 45 }, (_, at) => `Line ${at} of a long newsletter.`), 'Email: news@example.com', 'Message: see you'].join('\n');
    expect(relayedFormOf(await formMail(letter))).toBeNull();
  });

  it('is never answered, but unlike other no-reply mail it goes to the team', async () => {
    const form = await formMail('Name: Terrence Wilkerson\nEmail: twilkerson@example.com\nMessage: delete my data');
    expect(detectAutomatedByHeaders(form, [])).toEqual({ kind: 'bulk', reason: WEB_FORM_REASON, unsure: true });
    const newsletter = await formMail('Our spring newsletter\n\nNew opening hours from May.');
    expect(detectAutomatedByHeaders(newsletter, [])).toEqual({ kind: 'bulk', reason: 'From noreply address' });
    // No-reply mailboxes are named in the senders' languages too.
    for (const local of ['nao-responder', 'no-responder', 'ne-pas-repondre', 'keine-antwort', 'non-rispondere', 'niet-beantwoorden', 'security-noreply', 'datenschutz-noreply']) {
      const notice = await formMail('Novidades de maio\n\nNovo horário a partir de junho.', `Clínica <${local}@clinica.example.com>`, `${local}@clinica.example.com`);
      expect(detectAutomatedByHeaders(notice, [])).toEqual({ kind: 'bulk', reason: `From ${local} address` });
    }
  });
});

describe('what a web form asks is read as the words of the person who typed it', () => {
  const model = loadShippedModel();
  it.each([
    ['en', 'Name: Alex Ruiz\nEmail: a.ruiz@example.com\nDetails:\nDo not sell or share my personal information. Your app has a Meta pixel and my refill history is not for advertisers.', ['opt_out']],
    ['nl', 'Naam: Fatima El Amrani\nE-mail: f.elamrani@example.nl\nBericht:\nIk ben al 2 jaar geen patiënt meer. Willen jullie mijn gegevens verwijderen? Ik heb ze niet nodig.', ['deletion']],
    ['es', 'Nombre: Verónica Luque\nEmail: vero.luque@example.es\nMensaje:\nQuiero saber qué datos míos tenéis y una copia de ellos.\n--\nEste mensaje se ha enviado automáticamente desde el sitio web.', ['disclosure']],
  ])('%s: labelled as asked, and still never answered (passed to the team)', async (_lang, body, labels) => {
    const form = await formMail(body);
    for (const mode of ['rules', 'both'] as const) {
      const read = triageOffline(form, { mode, model: mode === 'rules' ? null : model, ownAddresses: ['privacy@clinic.example'] });
      expect(read.labels).toEqual(labels);
      expect(read.automated).toEqual({ kind: 'bulk', reason: WEB_FORM_REASON, unsure: true });
    }
  });

  it('the team notice names what it asks and the one reply that opens it', async () => {
    const h = await Harness.create();
    const form = await formMail('Name: Terrence Wilkerson\nEmail: twilkerson@example.com\nMessage:\nPlease delete my data.');
    h.receive(form, verdict(['deletion'], { automated: { kind: 'bulk', reason: WEB_FORM_REASON, unsure: true } }), { fromHash: 'hash-of-relay' });
    const [notice] = h.takeNew();
    expect(notice?.templateId).toBe('team-notice');
    expect(notice?.body.text).toContain('The bot reads it as: deletion.');
    expect(notice?.body.text).toContain('  open deletion\n');
    // Each example once, and the command line names the same labels.
    expect(notice?.body.text.match(/^  open deletion$/gm)).toHaveLength(1);
    expect(notice?.body.text).toContain("--labels deletion");
    expect(h.db.messages[form.key]).toMatchObject({ caseId: null, status: 'ignored' });
  });
});

describe('the team opens a case for the person a web form names', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.create();
  });

  it('the notice names the person; "open opt-out" acknowledges them, not the relay, and joins no one else\'s form', async () => {
    const original = await formMail('Name: Terrence Wilkerson\nEmail: twilkerson@example.com\nMessage:\nDo not sell or share my personal information.');
    const automated = { kind: 'bulk' as const, reason: WEB_FORM_REASON, unsure: true };
    h.receive(original, verdict(['other'], { automated }), { fromHash: 'hash-of-relay' });
    const [notice] = h.takeNew();
    expect(notice?.templateId).toBe('team-notice');
    expect(notice?.to[0]?.address).toBe(TEAM);
    expect(notice?.subject).toContain('a message from a web form');
    expect(notice?.body.text).toContain('Terrence Wilkerson <twilkerson@example.com>');
    expect(notice?.body.text).toContain('Do not sell or share');
    // Someone else's form the next day, through the same relay.
    const other = await formMail('Name: Ola Berg\nEmail: ola@example.net\nMessage: what data do you hold?', RELAY, 'form-2@stillpoint.example.com');
    h.receive(other, verdict(['other'], { automated }), { fromHash: 'hash-of-relay', now: '2026-03-03T17:00:00.000Z' });
    h.takeNew();

    const command = await teamReply('open opt-out', notice!.messageId, { messageId: 'team-open-form@example.test', date: '2026-03-04T09:00:00.000Z' });
    h.receive(command, verdict(['other']), { now: '2026-03-04T09:05:00.000Z', rescuedMail: { [original.key]: original } });
    const record = h.case();
    expect(record).toMatchObject({ labels: ['opt_out'], requester: { address: 'twilkerson@example.com', name: 'Terrence Wilkerson' } });
    expect(record.messageKeys).toEqual([original.key]);
    expect(h.db.messages[other.key]).toMatchObject({ caseId: null, status: 'ignored' });
    const sent = h.takeNew();
    expect(sent.filter((item) => item.templateId === 'acknowledgement').map((item) => item.to[0]?.address)).toEqual(['twilkerson@example.com']);
    expect(sent.flatMap((item) => item.to.map((to) => to.address)).filter((address) => address !== TEAM)).toEqual(['twilkerson@example.com']);
    expect(sent.map((item) => item.templateId)).toContain('team-command-result');
  });

  it("a patient portal's relay from a no-reply address, opened by the team, joins no other patient's message from the same relay", async () => {
    const portal = 'Patient Portal <care-noreply@clinic.example.com>';
    const first = await formMail('A patient sent a message through the portal.\nPatient: Harold Quince\nPlease send me a copy of my treatment records.', portal, 'portal-1@clinic.example.com');
    const automated = { kind: 'bulk' as const, reason: NO_REPLY_RELAY_REASON, unsure: true };
    h.receive(first, verdict(['disclosure'], { automated }), { fromHash: 'hash-of-portal' });
    const [notice] = h.takeNew();
    expect(notice?.templateId).toBe('team-notice');
    expect(notice?.body.text).toContain('Harold Quince');
    expect(notice?.subject).toContain('a request relayed from a no-reply address');
    expect(notice?.body.text).toContain("the relay's other messages never join it");
    const second = await formMail('A patient sent a message through the portal.\nPatient: Irene Vale\nPlease delete my account.', portal, 'portal-2@clinic.example.com');
    h.receive(second, verdict(['deletion'], { automated }), { fromHash: 'hash-of-portal', now: '2026-03-03T17:00:00.000Z' });
    h.takeNew();

    // "open disclosure" alone would acknowledge the portal's no-reply address: refused, with the way out.
    const bare = await teamReply('open disclosure', notice!.messageId, { messageId: 'team-open-portal-bare@example.test', date: '2026-03-04T08:00:00.000Z' });
    h.receive(bare, verdict(['other']), { now: '2026-03-04T08:05:00.000Z', rescuedMail: { [first.key]: first } });
    expect(Object.keys(h.db.cases)).toEqual([]);
    const refused = h.takeNew();
    expect(refused.map((item) => [item.templateId, item.to.map((to) => to.address)])).toEqual([['team-command-result', [TEAM]]]);
    expect(refused[0]?.body.text).toContain('no-reply address');
    expect(refused[0]?.body.text).toContain('open disclosure for name@example.org');

    const command = await teamReply('open disclosure for Harold.Quince@example.com', notice!.messageId, { messageId: 'team-open-portal@example.test', date: '2026-03-04T09:00:00.000Z' });
    h.receive(command, verdict(['other']), { now: '2026-03-04T09:05:00.000Z', rescuedMail: { [first.key]: first } });
    const record = h.case();
    expect(record.labels).toEqual(['disclosure']);
    expect(record.requester.address).toBe('harold.quince@example.com');
    expect(record.messageKeys).toEqual([first.key]);
    expect(h.db.messages[second.key]?.caseId ?? null).toBeNull();
    const sent = h.takeNew();
    expect(sent.flatMap((item) => item.to.map((to) => to.address)).filter((address) => address !== TEAM)).toEqual(['harold.quince@example.com']);
    expect(sent.find((item) => item.templateId === 'team-command-result')?.body.text).toContain('harold.quince@example.com (the address you named) got our acknowledgement');
  });

  it("a voicemail transcript's caller is answered only at the address the team names, never at the phone system", async () => {
    const body = 'You have a new voicemail from +1 555 0100.\n\nMailbox: Front desk\nDuration: 00:48\n\nTranscription:\n"Hi, this is Dana Price, please delete my account and everything you have on me, thanks."';
    const transcript = await mail({ from: 'Front Desk PBX <voicemail@pbx.example.net>', subject: 'Voicemail from +1 555 0100', body, messageId: 'vm-1@pbx.example.net' });
    const read = triageMail(transcript, { ownAddresses: ['privacy@example.test'] });
    expect(read.automated).toMatchObject({ reason: 'voicemail or fax notice', unsure: true, relayed: true });
    h.receive(transcript, read, { fromHash: 'hash-of-pbx' });
    const [notice] = h.takeNew();
    expect(notice?.subject).toContain('words relayed by a machine (voicemail or fax notice)');
    expect(notice?.body.text).toContain('open deletion for name@example.org');
    expect(notice?.body.text).toContain("--labels deletion --for name@example.org");
    expect(notice?.body.text).not.toContain('the sender gets our acknowledgement');

    const bare = await teamReply('open deletion', notice!.messageId, { messageId: 'team-open-vm-bare@example.test', date: '2026-03-04T08:00:00.000Z' });
    h.receive(bare, verdict(['other']), { now: '2026-03-04T08:05:00.000Z', rescuedMail: { [transcript.key]: transcript } });
    expect(Object.keys(h.db.cases)).toEqual([]);
    const refused = h.takeNew();
    expect(refused.flatMap((item) => item.to.map((to) => to.address))).toEqual([TEAM]);
    expect(refused[0]?.body.text).toContain("relays someone else's words (voicemail or fax notice)");

    const named = await teamReply('Open 1 deletion for <dana.price@example.com>.', notice!.messageId, { messageId: 'team-open-vm@example.test', date: '2026-03-04T09:00:00.000Z' });
    h.receive(named, verdict(['other']), { now: '2026-03-04T09:05:00.000Z', rescuedMail: { [transcript.key]: transcript } });
    expect(h.case()).toMatchObject({ labels: ['deletion'], requester: { address: 'dana.price@example.com' } });
    const sent = h.takeNew();
    expect(sent.filter((item) => item.templateId === 'acknowledgement').map((item) => item.to[0]?.address)).toEqual(['dana.price@example.com']);
    expect(sent.flatMap((item) => item.to.map((to) => to.address))).not.toContain('voicemail@pbx.example.net');
  });
});
