import MailComposer from 'nodemailer/lib/mail-composer/index.js';

/**
 * Mail for the triage benchmark: realistic requests in our languages (with quoted history, sign-offs,
 * HTML-only bodies, forwards) and hostile shapes that stress regex backtracking and text sizes.
 */

export interface BenchMail {
  name: string;
  raw: Buffer;
}

/** Deterministic choices, so two runs measure the same mail. */
function picker(seed: number): <T>(list: readonly T[]) => T {
  let state = seed >>> 0 || 1;
  return <T>(list: readonly T[]): T => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return list[(state >>> 0) % list.length] as T;
  };
}

const REQUESTS: Record<string, readonly string[]> = {
  en: [
    'Please delete my account and all the personal data you hold about me.',
    'I would like a copy of all the information you have about me under the GDPR.',
    'Stop sending me marketing emails and do not sell or share my personal information.',
    'My name is misspelled in your records, please correct it to Anne-Marie Dubois.',
    'I sent you an access request six weeks ago and I still have not received an answer.',
    'My 12-year-old daughter signed up for your app without my permission. Please delete her account.',
    'I am the authorized agent for my client and ask you to erase all records you keep on her.',
    'Can you tell me what data you have about me and where you got my phone number from?',
    'I cannot log in to my account since yesterday, can you reset my password?',
    'Could we book a short call next week to show you our DSAR automation platform?',
  ],
  de: [
    'Bitte löschen Sie gemäß Art. 17 DSGVO alle meine personenbezogenen Daten.',
    'Ich bitte um Auskunft nach Art. 15 DSGVO über alle zu meiner Person gespeicherten Daten.',
    'Ich widerspreche der Verwendung meiner Daten für Werbezwecke und möchte keinen Newsletter mehr.',
    'Mein Nachname ist in Ihren Unterlagen falsch geschrieben, bitte korrigieren Sie ihn.',
    'Ich warte seit über einem Monat auf eine Antwort auf meine Anfrage.',
  ],
  es: [
    'Solicito la supresión de todos mis datos personales conforme al artículo 17 del RGPD.',
    'Quisiera saber qué datos personales tienen sobre mí y recibir una copia.',
    'No quiero recibir más correos publicitarios, por favor denme de baja.',
    'Mi hija de 12 años se ha registrado sin mi permiso.',
  ],
  fr: [
    'Je vous demande de supprimer toutes mes données personnelles conformément au RGPD.',
    "Je souhaite exercer mon droit d'accès et recevoir une copie de mes données.",
    'Merci de me désinscrire de votre newsletter.',
    'Mon adresse est erronée dans votre fichier, merci de la rectifier.',
  ],
  it: [
    'Chiedo la cancellazione di tutti i miei dati personali ai sensi del GDPR.',
    'Vorrei sapere quali dati personali conservate su di me.',
    'Non voglio più ricevere comunicazioni commerciali.',
  ],
  pt: [
    'Solicito a eliminação de todos os meus dados pessoais nos termos do RGPD.',
    'Gostaria de receber uma cópia dos meus dados pessoais.',
    'Não quero receber mais e-mails de marketing.',
  ],
  nl: [
    'Graag wil ik dat u al mijn persoonsgegevens verwijdert op grond van de AVG.',
    'Ik verzoek u om inzage in mijn persoonsgegevens.',
    'Ik wil geen nieuwsbrief meer ontvangen, graag afmelden.',
  ],
};

const GREETINGS: Record<string, readonly string[]> = {
  en: ['Hello,', 'Hi there,', 'Dear privacy team,', 'To whom it may concern,'],
  de: ['Sehr geehrte Damen und Herren,', 'Hallo,', 'Guten Tag,'],
  es: ['Hola,', 'Estimados señores:', 'Buenos días,'],
  fr: ['Bonjour,', 'Madame, Monsieur,'],
  it: ['Buongiorno,', 'Gentili signori,'],
  pt: ['Olá,', 'Prezados,'],
  nl: ['Beste,', 'Geachte heer/mevrouw,'],
};

const CLOSINGS: Record<string, readonly string[]> = {
  en: ['Kind regards', 'Thanks', 'Best wishes', 'Sincerely'],
  de: ['Mit freundlichen Grüßen', 'Viele Grüße'],
  es: ['Saludos cordiales', 'Atentamente'],
  fr: ['Cordialement', 'Bien à vous'],
  it: ['Cordiali saluti', 'Distinti saluti'],
  pt: ['Atenciosamente', 'Cumprimentos'],
  nl: ['Met vriendelijke groet', 'Groeten'],
};

const FILLER: Record<string, string> = {
  en: 'I have been a customer for several years and used the online booking, the newsletter and the mobile app. This also covers any copies held by your vendors and backups. If you do not answer within one month I will complain to the supervisory authority.',
  de: 'Ich bin seit einigen Jahren Kunde und habe die Online-Buchung, den Newsletter und die App genutzt. Sollten Sie nicht innerhalb eines Monats antworten, werde ich mich bei der Aufsichtsbehörde beschweren.',
  es: 'Soy cliente desde hace varios años y he utilizado la reserva en línea y la aplicación. Si no recibo respuesta en un mes presentaré una reclamación ante la autoridad de control.',
  fr: "Je suis client depuis plusieurs années et j'ai utilisé la réservation en ligne et l'application. Sans réponse dans un délai d'un mois, je saisirai la CNIL.",
  it: "Sono cliente da diversi anni e ho utilizzato la prenotazione online e l'app. In caso contrario presenterò reclamo al Garante.",
  pt: 'Sou cliente há vários anos e utilizei a reserva online e a aplicação. Caso não responda no prazo de um mês apresentarei reclamação à autoridade.',
  nl: 'Ik ben al jaren klant en heb de online boeking en de app gebruikt. Indien ik binnen een maand geen antwoord ontvang, dien ik een klacht in bij de Autoriteit Persoonsgegevens.',
};

const QUOTED_HISTORY =
  'On Mon, 2 Mar 2026 at 09:12, Clinic Support <support@clinic.example> wrote:\n' +
  '> Thank you for contacting us. Your ticket number is 48213.\n> Our team will get back to you within two business days.\n>\n' +
  '> > On Sun, 1 Mar 2026, you wrote:\n> > Hi, I have a question about my last invoice and the appointment.\n';

const DISCLAIMER =
  'CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you received this message in error, please delete this e-mail and notify the sender.';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function compose(name: string, subject: string, parts: { text?: string; html?: string }, headers?: Record<string, string>): Promise<BenchMail> {
  const composer = new MailComposer({
    from: { name: 'Bench Sender', address: 'sender@mail.example' },
    to: 'privacy@clinic.example',
    subject,
    ...parts,
    messageId: `<bench-${name}@mail.example>`,
    date: new Date(Date.UTC(2026, 2, 2, 8, 0, 0)),
    ...(headers ? { headers } : {}),
  });
  return { name, raw: await composer.compile().build() };
}

/** `count` ordinary mails: several languages, greetings, filler paragraphs, sign-offs, quotes, HTML-only and forwards. */
export async function syntheticMails(count: number): Promise<BenchMail[]> {
  const pick = picker(20260302);
  const languages = Object.keys(REQUESTS);
  const mails: BenchMail[] = [];
  for (let index = 0; index < count; index += 1) {
    const language = languages[index % languages.length] as string;
    const request = pick(REQUESTS[language] ?? []);
    const paragraphs = [pick(GREETINGS[language] ?? ['Hello,']), request];
    for (let filler = index % 4; filler > 0; filler -= 1) paragraphs.push(FILLER[language] ?? '');
    if (index % 5 === 0) paragraphs.push(pick(REQUESTS[language] ?? []));
    paragraphs.push(`${pick(CLOSINGS[language] ?? ['Regards'])}\nAlex Sample\n+44 20 7946 0000`);
    if (index % 7 === 0) paragraphs.push(DISCLAIMER);
    let text = paragraphs.join('\n\n');
    if (index % 3 === 0) text += `\n\n${QUOTED_HISTORY}`;
    const subject = index % 6 === 0 ? `Re: ${request.slice(0, 40)}` : request.split(/[,.]/)[0] ?? 'Request';
    if (index % 11 === 0) {
      const forwarded = `Privacy team, this came in to support, can you handle it?\n\nThanks\nJo\n\n---------- Forwarded message ---------\nFrom: Dana Lee <dana@mail.example>\nDate: Mon, 2 Mar 2026 at 18:02\nSubject: ${subject}\nTo: <support@clinic.example>\n\n${text}`;
      mails.push(await compose(`synthetic-${index}-${language}-fwd`, `Fwd: ${subject}`, { text: forwarded }));
    } else if (index % 4 === 1) {
      const html = `<html><head><style>p { margin: 0 }</style></head><body>${paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`).join('')}<div class="footer"><a href="https://example.test/x">Unsubscribe</a></div></body></html>`;
      mails.push(await compose(`synthetic-${index}-${language}-html`, subject, { html }));
    } else {
      mails.push(await compose(`synthetic-${index}-${language}`, subject, { text }));
    }
  }
  return mails;
}

/** Shapes that make naive patterns backtrack or scale badly: long lines, huge words, deep quotes, big HTML, runs of spaces. */
export async function fuzzedMails(): Promise<BenchMail[]> {
  const oneMegabyte = 1024 * 1024;
  const cases: Array<[string, string, { text?: string; html?: string }]> = [
    ['long-line-words', 'please delete', { text: 'please delete my '.repeat(12_000) + 'account' }],
    ['long-line-mixed', 'data', { text: 'my data my information my records the personal data you hold about me and '.repeat(2_500) }],
    ['one-word-1mb', 'x', { text: 'a'.repeat(oneMegabyte) }],
    ['one-word-delete-1mb', 'delete', { text: 'delete'.repeat(oneMegabyte / 6) }],
    ['words-1mb', 'newsletter', { text: 'data '.repeat(oneMegabyte / 5) }],
    ['deep-quotes', 'Re: Re: Re: request', { text: `Please delete my account.\n\n${Array.from({ length: 400 }, (_, depth) => `${'>'.repeat(depth + 1)} On Mon someone wrote: delete my data`).join('\n')}` }],
    ['deep-quote-one-line', 'Re: x', { text: `${'>'.repeat(200_000)} delete my account` }],
    ['html-big-script', 'Newsletter', { html: `<html><body><script>${'var a = "delete my data";\n'.repeat(20_000)}</script><p>Please delete my account.</p></body></html>` }],
    ['html-many-tags', 'Update', { html: `<html><body>${'<div><span>my data</span><br></div>'.repeat(20_000)}</body></html>` }],
    ['html-unclosed-tag', 'x', { html: `<html><body><p>Please delete my data <${'a '.repeat(100_000)}</body></html>` }],
    ['spaces', 'x', { text: `delete${' '.repeat(200_000)}my` }],
    ['tabs-and-newlines', 'x', { text: `please${' \t\n'.repeat(60_000)}delete` }],
    ['punctuation', 'x', { text: '.,;:!?-'.repeat(40_000) }],
    ['dashes', 'x', { text: `${'-'.repeat(100_000)}\n${'_'.repeat(100_000)}` }],
    ['blank-lines', 'x', { text: `Please delete my account.${'\n \n'.repeat(60_000)}Thanks` }],
    ['list-items', 'x', { text: Array.from({ length: 20_000 }, (_, item) => `${(item % 99) + 1}. delete my data`).join('\n') }],
    ['sentences', 'x', { text: 'If you do not reply I will complain to the authority. '.repeat(8_000) }],
    ['apostrophes', 'x', { text: `my ${"'-".repeat(100_000)} data` }],
    ['letters-no-space', 'x', { text: `my${'é'.repeat(200_000)} data` }],
    ['word-chains', 'x', { text: `delete ${'my own old personal '.repeat(20_000)}data` }],
    ['german-compound', 'x', { text: `bitte ${'Daten'.repeat(60_000)} löschen` }],
    ['articles-gdpr', 'GDPR', { text: 'Art. 15 GDPR Art. 17 DSGVO artículo 21 '.repeat(10_000) }],
    ['from-headers', 'Fwd: x', { text: 'From: a@b.example\n'.repeat(40_000) + 'Sent: today\n' }],
    ['forward-markers', 'Fwd: x', { text: '---------- Forwarded message ---------\n'.repeat(20_000) }],
    ['closings', 'x', { text: 'Thanks\n'.repeat(50_000) }],
    ['quote-headers', 'Re: x', { text: `Delete my data.\n${'On Mon, 2 Mar 2026, someone '.repeat(5_000)}wrote:\n> old` }],
    ['negations', 'x', { text: 'do not want you to '.repeat(30_000) + 'delete my account' }],
    ['form-fields', 'x', { text: `Request type: ${' '.repeat(50_000)}x\n`.repeat(5) }],
  ];
  return Promise.all(cases.map(([name, subject, parts]) => compose(`fuzz-${name}`, subject, parts)));
}
