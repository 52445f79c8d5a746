import { describe, expect, it } from 'vitest';
import { TEAM } from './lifecycle-support.js';
import {
  address, buildMail, codeIn, expectLanguage, expectNoEnglishBoilerplate, expectQuietRerun, htmlOf, mailsTo, newWorld, ofTemplate, replyMail, showCase, teamFinishes, type ReplySpec,
} from './scenario-support.js';

interface Deletion {
  lang: string;
  name: string;
  email: string;
  subject: string;
  body: string;
  htmlOnly?: boolean;
  /** The requester's own words for "yes, delete it", as people write them in that language. */
  confirmation: string;
  reply: Pick<ReplySpec, 'style' | 'attribution' | 'outlookLabels'>;
}

const deletions: Deletion[] = [
  {
    lang: 'de', name: 'Jonas Bäcker', email: 'jonas.baecker@beispiel.example', subject: 'Löschung meiner Daten (Art. 17 DSGVO)',
    body: 'Sehr geehrte Damen und Herren,\n\nhiermit fordere ich Sie auf, mein Kundenkonto sowie sämtliche zu meiner Person gespeicherten Daten unverzüglich zu löschen.\n\nMit freundlichen Grüßen\nJonas Bäcker',
    confirmation: 'Ja, bitte alles löschen.',
    reply: { style: 'gmail', attribution: 'Am Mo., 2. März 2026 um 09:14 Uhr schrieb Calm Clinic <privacy@example.test>:' },
  },
  {
    lang: 'fr', name: 'Camille Durand', email: 'camille.durand@exemple.example', subject: 'Suppression de mon compte',
    body: 'Bonjour,\n\nJe vous prie de bien vouloir supprimer mon compte et toutes les données personnelles que vous conservez à mon sujet.\n\nBien cordialement,\nCamille Durand',
    htmlOnly: true,
    confirmation: 'oui, vous pouvez supprimer',
    reply: { style: 'gmail', attribution: 'Le lun. 2 mars 2026 à 09:14, Calm Clinic <privacy@example.test> a écrit :' },
  },
  {
    lang: 'es', name: 'Andrés Villalobos', email: 'andres.v@correo.example', subject: 'solicitud de supresión de datos',
    body: 'Buenas tardes:\n\nLes escribo para solicitar la supresión de todos mis datos personales y el cierre de mi cuenta.\n\nUn saludo,\nAndrés\n\nEnviado desde mi iPhone',
    confirmation: 'sí, bórrenlo',
    reply: { style: 'gmail', attribution: 'El lun, 2 mar 2026 a las 9:14, Calm Clinic (<privacy@example.test>) escribió:' },
  },
  {
    lang: 'pt', name: 'Beatriz Costa', email: 'bia.costa@exemplo.example', subject: 'Pedido de eliminação de dados',
    body: 'Olá,\n\nGostaria de pedir a eliminação de todos os meus dados pessoais e da minha conta.\n\nObrigada,\nBeatriz Costa',
    confirmation: 'Sim, podem apagar tudo.',
    reply: { style: 'gmail', attribution: 'Em seg., 2 de mar. de 2026 às 09:14, Calm Clinic <privacy@example.test> escreveu:' },
  },
  {
    lang: 'it', name: 'Giulia Romano', email: 'giulia.romano@esempio.example', subject: 'Cancellazione account e dati personali',
    body: 'Buongiorno,\n\nvi chiedo di cancellare il mio account e tutti i miei dati personali che avete.\n\nCordiali saluti,\nGiulia Romano',
    confirmation: 'Sì, cancellate pure tutto.',
    reply: { style: 'iphone' },
  },
  {
    lang: 'nl', name: 'Sanne de Vries', email: 'sanne.devries@voorbeeld.example', subject: 'Verzoek tot verwijdering van mijn gegevens',
    body: 'Goedemiddag,\n\nGraag wil ik dat u mijn account en al mijn persoonsgegevens verwijdert.\n\nMet vriendelijke groet,\nSanne de Vries',
    confirmation: 'Ja, verwijder alles maar.',
    reply: { style: 'outlook', outlookLabels: { from: 'Van', sent: 'Verzonden', to: 'Aan', subject: 'Onderwerp' } },
  },
];

describe('scenarios: requesters who write in their own language', { timeout: 90_000 }, () => {
  it.each(deletions)('$lang: acknowledgement, confirmation in their own words, and completion all in "$lang"', async (request) => {
    const world = await newWorld();
    const from = address(request.name, request.email);
    await world.deliver(buildMail({
      from, subject: request.subject, messageId: `${request.lang}-1@mail.example`, date: world.now,
      ...(request.htmlOnly ? { html: htmlOf(request.body) } : { text: request.body }),
    }));
    await world.run();
    const [ack, ...moreToRequester] = mailsTo(await world.newMail(), request.email);
    expect(moreToRequester).toEqual([]);
    expect(ack && world.templateOf(ack)).toBe('acknowledgement');
    expectLanguage(ack, request.lang, { soft: true });
    expectNoEnglishBoilerplate(ack, { soft: true });
    expect(ack?.subject).toContain('PR-2026-0001');
    // The due date depends on the law that applies (a GDPR month or 45 days); it is the case's own.
    expect(ack?.text).toContain((await showCase(world, 'PR-2026-0001')).dueAt.slice(0, 10));
    expect(codeIn(ack)).not.toBeNull();

    await world.deliver(replyMail(ack!, { from, body: request.confirmation, messageId: `${request.lang}-2@mail.example`, date: '2026-03-03T18:00:00Z', ...request.reply }));
    await world.run('2026-03-03T18:00:00Z');
    const afterConfirmation = await world.newMail();
    expect((await showCase(world, 'PR-2026-0001')).state).not.toBe('awaiting_verification');
    const escalation = ofTemplate(world, mailsTo(afterConfirmation, TEAM), 'team-escalation').at(-1);
    expect(escalation).toBeDefined();

    const finished = await teamFinishes(world, escalation!, { commands: 'done', at: '2026-03-04T18:00:00Z', key: `${request.lang}-team` });
    const completion = ofTemplate(world, mailsTo(finished, request.email), 'completion')[0];
    expectLanguage(completion, request.lang);
    expectNoEnglishBoilerplate(completion);
    expect((await showCase(world, 'PR-2026-0001')).state).toBe('done');
  });

  it('a Spanish case stays Spanish when the requester answers with the one English word DELETE', async () => {
    const world = await newWorld();
    const from = address('María José Fernández', 'mjfernandez@correo.example');
    await world.deliver(buildMail({
      from, subject: 'Baja y borrado de datos', messageId: 'es-keep-1@correo.example', date: world.now,
      text: 'Hola,\n\nya no soy paciente de la clínica. Por favor eliminen mi cuenta y toda la información que tengan sobre mí.\n\nGracias de antemano,\nMaría José',
    }));
    await world.run();
    const [ack] = mailsTo(await world.newMail(), 'mjfernandez@correo.example');
    expectLanguage(ack, 'es', { soft: true });

    await world.deliver(replyMail(ack!, { from, body: 'DELETE', messageId: 'es-keep-2@correo.example', date: '2026-03-02T19:30:00Z', style: 'iphone' }));
    await world.run('2026-03-02T19:30:00Z');
    const escalation = ofTemplate(world, mailsTo(await world.newMail(), TEAM), 'team-escalation').at(-1);
    expect(escalation).toBeDefined();

    const finished = await teamFinishes(world, escalation!, { commands: 'done', at: '2026-03-03T18:00:00Z', key: 'es-keep-team' });
    const [completion] = ofTemplate(world, mailsTo(finished, 'mjfernandez@correo.example'), 'completion');
    expectLanguage(completion, 'es');
    expectNoEnglishBoilerplate(completion);
    await expectQuietRerun(world);
  });

  it('a language we do not write (Polish) gets English, with one line offering to continue in English', async () => {
    const world = await newWorld();
    await world.deliver(buildMail({
      from: address('Piotr Nowak', 'piotr.nowak@poczta.example'), subject: 'Usunięcie danych osobowych', messageId: 'pl-1@poczta.example', date: world.now,
      text: 'Dzień dobry,\n\nzwracam się z prośbą o usunięcie moich danych osobowych oraz konta w Państwa serwisie.\n\nZ poważaniem,\nPiotr Nowak',
    }));
    await world.run();
    const toPiotr = mailsTo(await world.newMail(), 'piotr.nowak@poczta.example');
    expect(toPiotr.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expectLanguage(toPiotr[0], 'en');
    expect(toPiotr[0]?.inReplyTo).toBe('pl-1@poczta.example');
    const englishLines = (toPiotr[0]?.text ?? '').split('\n').filter((line) => /\bEnglish\b/.test(line));
    expect(englishLines).toHaveLength(1);
  });
});
