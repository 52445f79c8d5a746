import { describe, expect, it } from 'vitest';
import { readByRules, triagePlainMail } from './plain-mail-triage.js';

/**
 * Answers and requests people put in their own words: the team's "that we erase it" in the
 * subjunctive, a way chosen inline, a button named in quotes, a refusal beside another request.
 * Written for this check; none of it comes from the corpus or the blind rounds.
 */
const triage = triagePlainMail;

const quoted = (lines: string): string => lines.split('\n').map((line) => `> ${line}`).join('\n');

describe('a yes to the team\'s "that we erase / correct it"', () => {
  it.each([
    ['Sí, adelante.', 'Hola Marta,\n¿Quiere que eliminemos su perfil y el historial de pedidos?\nUn saludo', 'El 3 may 2026, a las 9:10, Privacidad <privacy@clinic.example> escribió:', 'deletion'],
    ['Oui, merci.', 'Bonjour,\nVoulez-vous que nous supprimions votre compte client ?\nCordialement', 'Le 3 mai 2026 à 09:10, Privacy <privacy@clinic.example> a écrit :', 'deletion'],
    ['Sì, grazie', 'Buongiorno,\nVuole che cancelliamo anche il suo profilo?\nSaluti', 'Il giorno 3 mag 2026 alle 9:10 Privacy <privacy@clinic.example> ha scritto:', 'deletion'],
    ['Sim, por favor.', 'Olá,\nQuer que corrijamos também a sua morada?\nCumprimentos', 'No dia 03/05/2026, às 09:10, Privacidade <privacy@clinic.example> escreveu:', 'correction'],
  ])('%s under %j', async (answer, question, attribution, label) => {
    const verdict = await triage(`${answer}\n\n${attribution}\n${quoted(question)}`, 'Re: su solicitud', true);
    expect(verdict.labels).toContain(label);
    expect(verdict.evidence[0]?.phrase.startsWith('yes to: ')).toBe(true);
  });

  it('both things, under "only the newsletters, or also your account?" quoted below a Portuguese "No dia … escreveu:" line', async () => {
    const question = 'Bom dia,\nPretende apenas deixar de receber as nossas newsletters ou também quer que apaguemos a sua conta?\nObrigado';
    const verdict = await triage(`As duas. Obrigada.\n\nNo dia 03/05/2026, às 09:10, Loja <privacy@clinic.example> escreveu:\n${quoted(question)}`, 'Re: o seu pedido', true);
    expect([...verdict.labels].sort()).toEqual(['deletion', 'opt_out']);
  });

  it('a go-ahead under "shall we start?", the request two sentences up', async () => {
    const question = 'Hallo Jana,\nSie hatten geschrieben, dass Sie Ihr Konto löschen möchten. Dabei gehen auch Ihre gespeicherten Rezepte verloren. Sollen wir anfangen?\nGruß';
    const verdict = await triage(`passt, machen Sie\n\nAm 3. Mai 2026 schrieb Datenschutz <privacy@clinic.example>:\n${quoted(question)}`, 'Re: Ihr Konto', true);
    expect(verdict.labels).toEqual(['deletion']);
  });

  it('"nur die Werbung sperren bitte" names the second option, though the question also says "bitte" and names it "Sperrung"', async () => {
    const question = 'Guten Tag,\nKönnen Sie uns bitte bestätigen, ob Sie die Löschung Ihres Kontos wünschen oder nur die Sperrung Ihrer Adresse für Werbesendungen?\nGrüße';
    const verdict = await triage(`nur die Werbung sperren bitte, das Konto brauche ich noch\n\nAm 3. Mai 2026 schrieb Datenschutz <privacy@clinic.example>:\n${quoted(question)}`, 'AW: Ihre Anfrage', true);
    expect(verdict.labels).toEqual(['opt_out']);
  });

  it('"no, just the mails" under a question whose opening also says "just"', async () => {
    const question = 'Hi Sam, just so we get it right: should we close your account and erase your data, or only stop our promotional mails?';
    const verdict = await triage(`no just the mails please, I still use the account\n\nOn 3 May 2026, Privacy <privacy@clinic.example> wrote:\n${quoted(question)}`, 'Re: your message', true);
    expect(verdict.labels).toEqual(['opt_out']);
    expect(verdict.evidence[0]?.phrase.startsWith('chose to: ')).toBe(true);
  });
});

describe('answers typed into the team\'s questions', () => {
  it('a way of sending chosen inline, with its reason, keeps the access request', async () => {
    const body = [
      'answers under each question',
      '',
      'On 3 May 2026, Records <privacy@clinic.example> wrote:',
      '> 1. Which years should the copy cover?',
      '',
      '2019 to now',
      '',
      '> 2. Should we send the copy of your file by post or by email?',
      '',
      'BY POST PLEASE, MY PRINTER IS BROKEN',
    ].join('\n');
    expect((await triage(body, 'Re: your records', true)).labels).toContain('disclosure');
  });

  it('a yes under "do you also want to know who we shared your data with?" asks for the recipients', async () => {
    const body = 'Op 3 mei 2026 schreef Privacy <privacy@clinic.example>:\n> Wil je ook weten met wie we je gegevens hebben gedeeld?\n\nja graag\n\n> Groet, Privacy';
    expect(readByRules(await triage(body, 'Re: je vraag', true), 'disclosure')).toBe(true);
  });

  it('a Swiss "Grüezi" on its own line does not hide a way chosen', async () => {
    const question = 'Guten Tag, Ihre Datenkopie ist bereit. Sollen wir sie Ihnen per Post oder per E-Mail senden?';
    const verdict = await triage(`Grüezi\n\nPer E-Mail bitte, ich bin oft unterwegs und die Post bleibt liegen.\n\nFreundliche Grüsse\nM. Huber\n\nAm 3. Mai 2026 schrieb Datenschutz <privacy@clinic.example>:\n${quoted(question)}`, 'Re: Ihre Auskunft', true);
    expect(verdict.labels).toEqual(['disclosure']);
  });
});

describe('what a person mentions or refuses is not what they ask', () => {
  it.each([
    ['No, please keep everything. I pressed the "Delete my data" button thinking it would only clear my viewing history. My mistake!', 'Re: Confirm deletion'],
    ['No, no borren nada por favor. Toqué el botón "borrar mis datos" creyendo que era para vaciar el carrito. Déjenlo todo como está.', 'Re: Confirmación de borrado'],
  ])('a button named in quotes, pressed by mistake: %s', async (text, subject) => {
    const verdict = await triage(`${text}\n\nOn 3 May 2026, Privacy <privacy@clinic.example> wrote:\n> Please confirm that you want us to delete your account.`, subject, true);
    expect(verdict.labels).toEqual(['other']);
  });

  it('a refusal to delete in the text, a correction asked in the subject', async () => {
    const verdict = await triage('Guten Tag,\n\nbitte auf keinen Fall etwas löschen, ich bin nur umgezogen!\n\nDie neue Anschrift lautet: Birkenweg 3, 04109 Leipzig.\n\nGruß\nT. Albers', 'Anschrift ändern – NICHT löschen', false);
    expect(verdict.labels).toEqual(['correction']);
  });

  it('a refusal to delete, then what was really asked (round 95)', async () => {
    const verdict = await triage('No, no borren nada, la cuenta la sigo necesitando. Lo que yo pedí es que me saquen de las listas de mensajes de texto y llamadas de promociones.\n\nOn 3 May 2026, Privacy <privacy@clinic.example> wrote:\n> Please confirm that you want us to delete your account.', 'Re: Solicitud de supresión de datos', true);
    expect(verdict.labels).toEqual(['opt_out']);
  });

  it('a subject that takes its own request back stays a withdrawal', async () => {
    const verdict = await triage('Hallo, vergeten wat ik gisteren schreef: ik wil toch blijven. Negeer mijn verzoek alstublieft.', 'Verzoek tot verwijdering intrekken', false);
    expect(verdict.labels).toEqual(['other']);
  });
});

describe('a detail changed, asked with the verb the person uses', () => {
  it.each([
    ['Bitte meine Telefonnummer ändern, die alte ist abgemeldet.', 'Telefonnummer'],
    ['Quisiera cambiar mi correo electrónico, el antiguo ya no lo uso.', 'Correo'],
    ['Pourriez-vous modifier mon numéro de téléphone ? Merci.', 'Téléphone'],
    ['Potete aggiornare il mio indirizzo? Mi sono trasferita a Torino.', 'Indirizzo'],
    ['Preciso de alterar o meu e-mail na vossa ficha de cliente.', 'E-mail'],
    ['Kunnen jullie mijn adres aanpassen? Ik ben verhuisd.', 'Adres'],
  ])('%s', async (text, subject) => {
    const verdict = await triage(text, subject, false);
    expect(verdict.labels).toContain('correction');
    expect(readByRules(verdict, 'correction')).toBe(true);
  });

  it.each([
    ['Olá, afinal já consegui alterar a morada sozinha na app, podem fechar o pedido.', 'Re: morada'],
    ['Möchten Sie Ihre Adresse ändern? Klicken Sie auf Profil.', 'Tipp der Woche'],
  ])('not a change already made, nor the team\'s own question: %s', async (text, subject) => {
    expect(readByRules(await triage(text, subject, false), 'correction')).toBe(false);
  });
});

describe('a calendar program\'s "new time proposed"', () => {
  it('is machine mail, though a line of the invitee\'s stands under it', async () => {
    const body = 'Lena Vogt hat eine neue Uhrzeit für diese Besprechung vorgeschlagen.\n\nBesprechung: Datenschutz-Jour-fixe\nAktuelle Zeit: Dienstag, 5. Mai 2026 10:00-11:00\nVorgeschlagene Zeit: Dienstag, 5. Mai 2026 14:00-15:00\n\nVormittags habe ich Sprechstunde.';
    const verdict = await triage(body, 'Neue Uhrzeit vorgeschlagen: Datenschutz-Jour-fixe', false);
    expect(verdict.automated).not.toBeNull();
  });
});

describe('choices made by place, by "both", and inside a wrapped question', () => {
  it('"la seconda" picks the second option of the team\'s question', async () => {
    const question = 'Ciao Marco,\nvuoi che cancelliamo il tuo profilo oppure solo che smettiamo di condividere i tuoi dati con i partner pubblicitari?\nA presto';
    const verdict = await triage(`la seconda, il profilo lo uso ancora\n\nIl giorno 3 mag 2026 alle ore 9:10 Privacy <privacy@clinic.example> ha scritto:\n${quoted(question)}`, 'Re: la tua richiesta', true);
    expect(verdict.labels).toEqual(['opt_out']);
    expect(verdict.evidence[0]?.phrase.startsWith('chose to: ')).toBe(true);
  });

  it('"both" under "by registered post or by e-mail?" chooses ways to send the copy', async () => {
    const question = 'Buongiorno,\nla copia dei suoi dati è pronta. Preferisce riceverla via raccomandata o via email?\nSaluti';
    const verdict = await triage(`Tutte e due, grazie: la mail subito e la raccomandata per il commercialista.\n\nIl giorno 3 mag 2026 alle ore 9:10 Privacy <privacy@clinic.example> ha scritto:\n${quoted(question)}`, 'Re: copia dei dati', true);
    expect(verdict.labels).toEqual(['disclosure']);
  });

  it('a yes to "do you also wish to object to marketing?" objects', async () => {
    const question = 'Madame,\nVotre adresse a été mise à jour. Souhaitez-vous aussi vous opposer à l\'utilisation de vos données à des fins de prospection commerciale ?\nCordialement';
    const verdict = await triage(`Oui, volontiers.\n\nLe 3 mai 2026 à 09:10, Privacy <privacy@clinic.example> a écrit :\n${quoted(question)}`, 'Re: votre adresse', true);
    expect(verdict.labels).toEqual(['opt_out']);
  });

  it('"les deux" and a yes with its condition, typed under questions wrapped over two quoted lines', async () => {
    const body = [
      'Le 3 mai 2026 à 09:10, Privacy <privacy@clinic.example> a écrit :',
      '> Madame,',
      '> - Souhaitez-vous la suppression de votre compte seulement, ou aussi',
      '> de vos anciennes ordonnances ?',
      '',
      'Les deux.',
      '',
      '> - Voulez-vous recevoir d\'abord une copie de vos données ?',
      '',
      'Oui, avant la suppression si possible. Je dois garder les factures pour les impôts.',
      '',
      '> Cordialement',
    ].join('\n');
    const verdict = await triage(body, 'Re: votre demande', true);
    expect([...verdict.labels].sort()).toEqual(['deletion', 'disclosure']);
  });
});

describe('a new detail given as a form line', () => {
  it.each([
    ['Bonjour,\nmon espace client ne marche pas, donc voici :\n\nNouvelle adresse : 12 rue des Lilas, 69003 Lyon\n\nMerci de faire la modification.', 'Changement'],
    ['Hallo,\n\nNeue Adresse: Kastanienallee 9, 10435 Berlin\n\nDanke!', 'Umzug'],
  ])('%s', async (text, subject) => {
    expect(readByRules(await triage(text, subject, false), 'correction')).toBe(true);
  });
});

describe('machine mail that echoes request words, and a case provided for', () => {
  it('a ticket system\'s copy of the report it registered, under "Text of your report:", is the machine\'s', async () => {
    const body = [
      'Dear user,',
      '',
      'your report has been registered in the data protection desk of Example Health Ltd.',
      '',
      'Report number: 2026-DP-0031',
      'Category: possible personal data breach',
      '',
      'Text of your report:',
      '"Someone at the front desk left printed referrals of several patients on the counter. Please make sure it does not happen again and delete the copies."',
      '',
      'Our DPO will review it within 5 working days. In the event of a personal data breach, the controller will be informed without undue delay.',
      '',
      'This message was generated automatically.',
    ].join('\n');
    const verdict = await triage(body, '[DP desk] Report 2026-DP-0031 registered', false);
    expect(verdict.automated).not.toBeNull();
  });

  it('a person\'s "in case of a breach" reports none, and their request is still read', async () => {
    const verdict = await triage('Hello,\n\nplease delete my account. In case of a data breach involving my records before then, let me know.\n\nThanks,\nKim', 'Delete my account', false);
    expect(verdict.labels).toEqual(['deletion']);
  });
});
