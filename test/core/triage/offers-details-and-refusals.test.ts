import { describe, expect, it } from 'vitest';
import { triageOffline } from '../../../src/core/triage/offline.js';
import { loadShippedModel } from '../../../src/io/triage-model.js';
import { parseMail } from '../../../src/io/mime.js';
import { readByRules, triagePlainMail } from './plain-mail-triage.js';

/**
 * Offers accepted one by one inside the team's mail, a right detail given for a wrong one ("change
 * it to this one"), refusals put the Dutch and German way, and a few asks in other words. Written
 * for this check; none of it comes from the corpus or the blind rounds.
 */
const triage = triagePlainMail;

const sorted = (labels: readonly string[]): string[] => [...labels].sort();

describe("offers accepted inline, one under each of the team's questions", () => {
  it('a yes under the copy and a yes under the marketing objection, a no under the erasure', async () => {
    const body = [
      'Buenas, contesto entre líneas.',
      '',
      'El 4/05/2026 a las 10:02, Privacidad Óptica Norte escribió:',
      '> Hola Julián:',
      '>',
      '> Para tramitar su mensaje necesitamos saber qué desea exactamente:',
      '>',
      '> a) ¿Quiere que borremos su ficha de cliente y su historial de graduaciones?',
      '',
      'No, eso no, que sigo yendo a la tienda.',
      '',
      '> b) ¿Quiere recibir una copia de los datos que guardamos sobre usted?',
      '',
      'Sí, gracias.',
      '',
      '> c) ¿Quiere que dejemos de usar sus datos para enviarle publicidad?',
      '',
      'Sí.',
      '',
      '> Saludos,',
      '> Privacidad',
    ].join('\n');
    const verdict = await triage(body, 'Re: Su mensaje', true);
    expect(sorted(verdict.labels)).toEqual(['disclosure', 'opt_out']);
    expect(verdict.evidence.some((item) => item.phrase.startsWith('yes to: '))).toBe(true);
  });

  it('"SIM" under a Brazilian "você confirma que deseja a exclusão do seu cadastro?"', async () => {
    const body = ['segue', '', 'Em 4 de mai. de 2026, Loja <privacy@clinic.example> escreveu:', '> Oi, Renata.', '> 1) Você confirma que deseja a exclusão do seu cadastro?', '', 'SIM', '', '> Abraço'].join('\n');
    const verdict = await triage(body, 'Re: confirmação', true);
    expect(verdict.labels).toEqual(['deletion']);
  });
});

describe('a right detail given for a wrong one', () => {
  it.each([
    ['pt', 'No meu cadastro ainda aparece o telefone antigo, 11 9000-0000. Podem trocar para este: 11 9111-1111?', 'Telefone'],
    ['es', 'En mi ficha sigue el correo de mi antiguo trabajo. ¿Pueden cambiarlo por este?', 'Correo'],
    ['fr', "Vous avez toujours mon ancienne adresse à Nantes. Pouvez-vous la remplacer par celle-ci : 3 rue des Lilas, Rennes ?", 'Adresse'],
    ['de', 'Bei Ihnen steht noch meine alte Handynummer. Können Sie sie auf diese hier ändern: 0170 0000000?', 'Nummer'],
    ['it', "Nell'anagrafica c'è ancora la mia vecchia mail. Potete sostituirla con questa?", 'Email'],
    ['nl', 'In jullie systeem staat nog mijn oude nummer. Kunnen jullie het veranderen naar dit nummer: 06 0000 0000?', 'Nummer'],
  ])('%s', async (_language, body, subject) => {
    const verdict = await triage(`${body}\n\nGroeten / saluti / regards`, subject, false);
    expect(verdict.labels).toContain('correction');
    expect(readByRules(verdict, 'correction')).toBe(true);
  });

  it('"change it to this Thursday" about an appointment is no correction', async () => {
    const verdict = await triage('¿Podrían cambiar la cita a este jueves? Gracias.', 'Cita', false);
    expect(verdict.labels).not.toContain('correction');
  });
});

describe('refusals put the Dutch and German way', () => {
  it('"ik verzoek u uitdrukkelijk níet mijn account te verwijderen" beside an objection', async () => {
    const body = 'Geachte heer, mevrouw,\n\nIk maak bezwaar tegen het gebruik van mijn gegevens voor gepersonaliseerde reclame. Ik verzoek u uitdrukkelijk níet mijn gegevens of mijn account te verwijderen, ik gebruik de dienst nog.\n\nMet vriendelijke groet,\nK. de Wit';
    const verdict = await triage(body, 'Bezwaar', false);
    expect(verdict.labels).toEqual(['opt_out']);
  });

  it('"ik wil mijn account niet opzeggen of laten verwijderen"', async () => {
    const body = 'Hoi,\n\nStop met het delen van mijn stappen met mijn verzekeraar. Ik wil mijn account niet opzeggen of laten verwijderen, alleen dat delen moet uit.\n\nPiet';
    const verdict = await triage(body, 'Delen uitzetten', false);
    expect(verdict.labels).not.toContain('deletion');
    expect(verdict.labels).toContain('opt_out');
  });

  it('"nicht nur meine Daten zu löschen, sondern auch …" still asks for the erasure', async () => {
    const body = 'Guten Tag,\n\nich bitte Sie, nicht nur meine Daten zu löschen, sondern auch meine Adresse an Ihre Partner zu sperren.\n\nGruß\nM. Roth';
    const verdict = await triage(body, 'Löschung', false);
    expect(verdict.labels).toContain('deletion');
  });
});

describe('asks in other words', () => {
  it('"voglio che li cancelliate" after turning down a copy', async () => {
    const verdict = await triage('Non mi serve nessun riepilogo: voglio che li cancelliate, tutti.\n\nGiulio', 'I miei dati', false);
    expect(verdict.labels).toContain('deletion');
    expect(readByRules(verdict, 'deletion')).toBe(true);
  });

  it('"vi prego di non scrivermi più"', async () => {
    const verdict = await triage('Buongiorno, vi prego di non scrivermi più, non sono interessata.\n\nAnna', 'Newsletter', false);
    expect(verdict.labels).toEqual(['opt_out']);
    expect(readByRules(verdict, 'opt_out')).toBe(true);
  });

  it('"sus hijos, de entre 9 y 12 años" makes a school\'s request about children', async () => {
    const body = 'Estimados:\n\nSoy la directora de la escuela Las Lomas. Varias familias nos cuentan que sus hijos, de entre 9 y 12 años, reciben publicidad por su nombre. Les pedimos que eliminen esos datos de inmediato.\n\nAtentamente,\nDirección';
    const verdict = await triage(body, 'Datos de alumnos', false);
    expect(verdict.labels).toContain('child_data');
    expect(verdict.labels).toContain('deletion');
    expect(readByRules(verdict, 'child_data')).toBe(true);
  });
});

describe('standing, a child named with an age, and asks in other words (round 83)', () => {
  it.each([
    ['it', "Buongiorno, scrivo per conto di mio padre, 81 anni. Vorrei che cancellaste il suo account e i suoi dati. Non ho nessuna procura.\n\nLuca", 'Account di mio padre'],
    ['de', 'Hallo, mein Bruder (41) ist im Krankenhaus. Bitte löschen Sie sein Konto und seine Daten. Eine Vollmacht hat er mir leider nicht gegeben, eine Betreuung ist beim Amtsgericht beantragt.\n\nAnke', 'Konto meines Bruders'],
    ['pt', 'Bom dia, sou o marido, tenho os dados dela aqui. Parem de mandar promoções pro celular dela e apaguem o cadastro dela.\n\nJoão', 'Re: dados da sua esposa'],
  ])('%s: a relative who says they hold no authority is answered by the team', async (_language, body, subject) => {
    const verdict = await triage(body, subject, false);
    expect(verdict.labels).toEqual(['other']);
    // The team is told whom the mail is about; the request read stays in the evidence.
    expect(verdict.evidence[0]?.label).toBe('other');
  });

  it('a son with a power of attorney keeps his request', async () => {
    const verdict = await triage('Buongiorno, ho una procura notarile di mio padre (allegata). Vi chiedo di cancellare il suo account.\n\nLuca', 'Account di mio padre', false);
    expect(verdict.labels).toContain('deletion');
  });

  it('"mon fils Noé (6 ans, groupe des Lutins)" makes the request about a child', async () => {
    const verdict = await triage("Bonjour,\nMerci de supprimer le compte et toutes les données de mon fils Noé (6 ans, groupe des Lutins).\nMerci\nClaire", 'Dossier de mon fils', false, 'rules');
    expect(verdict.labels).toContain('child_data');
  });

  it('"dat ik jullie nieuwsbrief niet meer krijg" stops it, a footer\'s "Wil je deze nieuwsbrief niet meer ontvangen?" does not', async () => {
    const asked = await triage('Hoi, kunt u ervoor zorgen dat ik jullie nieuwsbrief en die acties niet meer krijg?\n\nGr. Bas', 'Vraagje', false);
    expect(asked.labels).toEqual(['opt_out']);
    expect(readByRules(asked, 'opt_out')).toBe(true);
  });

  it('"je voudrais qu\'on le supprime"', async () => {
    const verdict = await triage("Bonjour, j'ai un compte chez vous et je voudrais qu'on le supprime, je ne m'en sers plus.\nMme Petit", 'Compte', false);
    expect(verdict.labels).toEqual(['deletion']);
    expect(readByRules(verdict, 'deletion')).toBe(true);
  });

  it('"No, just the account" under a choice quoted below an attribution line the HTML wrapped', async () => {
    const html = '<div dir="ltr">No, just the account please. Keep my order history.<div><br></div><div>Kim</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, 4 Mar 2026 at 14:08, Shop Privacy &lt;<a href="mailto:privacy@clinic.example">privacy@clinic.example</a>&gt; wrote:<br></div><blockquote class="gmail_quote">Hi Kim,<br><br>Before we close your account: do you also want us to delete your order and warranty history, or only your online account?<br><br>Best, Shop Privacy</blockquote></div>';
    const raw = `From: Kim <kim@mail.example>\r\nTo: privacy@clinic.example\r\nSubject: Re: Quick question\r\nMessage-ID: <c@mail.example>\r\nIn-Reply-To: <q@clinic.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`;
    const verdict = triageOffline(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { ownAddresses: ['privacy@clinic.example'], mode: 'both', model: loadShippedModel() });
    expect(verdict.labels).toEqual(['deletion']);
  });
});

describe('proof of identity sent under the team\'s request for it', () => {
  it.each([
    ['Driving licence attached, the old one was blurry.\n\nSam', 'On 3 May 2026, Privacy <privacy@clinic.example> wrote:\n> Hi Sam,\n> Before we can erase your account we need to confirm it\'s you. Please send a photo of your passport or driving licence.\n> Privacy team', 'deletion'],
    ['07/02/1981\n\nGrüße, Jana', 'Am 3. Mai 2026 schrieb Datenschutz <privacy@clinic.example>:\n> Hallo Frau Wolf,\n> damit wir Ihnen die Kopie Ihrer Daten schicken können, bestätigen Sie bitte Ihr Geburtsdatum.\n> Ihr Datenschutzteam', 'disclosure'],
  ])('%j', async (answer, quotedMail, label) => {
    const verdict = await triage(`${answer}\n\n${quotedMail}`, 'Re: your request', true);
    expect(verdict.labels).toEqual([label]);
    expect(verdict.evidence[0]?.phrase.startsWith('proof of identity to: ')).toBe(true);
  });

  it('a date under a mail that asks for no proof is no request', async () => {
    const verdict = await triage('12/05/2026 works for me.\n\nSam\n\nOn 3 May 2026, Clinic <privacy@clinic.example> wrote:\n> Hi Sam, when would you like your next session? We can also delete the old booking.', 'Re: booking', true);
    expect(verdict.evidence.some((item) => item.phrase.startsWith('proof of identity to: '))).toBe(false);
  });
});

describe('round 84: choices asked indirectly, asks in other words, a page named "Mijn …"', () => {
  it('"solo la newsletter" under "Le chiediamo di specificare se desidera … oppure solo …"', async () => {
    const body = "solo la newsletter, il profilo lo tengo\n\nIl giorno 11 mag 2026, alle ore 09:55, Privacy <privacy@clinic.example> ha scritto:\n> Gentile Cliente,\n> Le chiediamo di specificare se desidera la cancellazione completa del profilo oppure solo la disiscrizione dalla newsletter.\n> Cordiali saluti";
    const verdict = await triage(body, 'Re: La Sua richiesta', true);
    expect(verdict.labels).toEqual(['opt_out']);
  });

  it.each([
    ['es', 'No borren nada, por favor. Solo quiero que ya no me lleguen más correos de promociones.', 'opt_out'],
    ['pt', 'Venho opor-me ao tratamento dos meus dados para definição de perfis.', 'opt_out'],
    ['fr', 'Je voudrais que vous deletiez mon compte et toute la data associée.', 'deletion'],
    ['en', 'I request that my records be corrected and that the processing of the disputed data be restricted meanwhile.', 'correction'],
  ])('%s: %s', async (_language, body, label) => {
    const verdict = await triage(`${body}\n\nThanks`, 'Request', false, 'rules');
    expect(verdict.labels).toContain(label);
  });

  it('a fax notice that points to "Mijn FaxDienst" is set aside as machine mail, not passed on as a person speaking', async () => {
    const body = 'U heeft een nieuwe fax ontvangen.\n\nVan: 0031 20 5550 000\nOntvangen: 18-03-2026 14:07\nAantal pagina\'s: 2\n\nDe fax is als PDF-bijlage toegevoegd.\n\nDit bericht is automatisch verzonden. Voor vragen over uw faxnummer gaat u naar Mijn FaxDienst.';
    const verdict = await triage(body, 'Nieuwe fax ontvangen', false);
    expect(verdict.automated).not.toBeNull();
    expect(verdict.automated?.unsure ?? false).toBe(false);
  });
});

describe('round 88: asks in other words, restriction in the passive, a pro-drop wish beside a footer word', () => {
  it.each([
    ['en', "No don't delete anything, I still use the app. I just want the promo texts to stop.", 'opt_out'],
    ['it', "No, l'account non cancellatelo. Voglio solo non ricevere più le offerte via SMS.", 'opt_out'],
    ['es', 'Quiero que lo corrijan. Y mientras lo revisan, que no se use ni se mande ese dato a nadie.', 'opt_out'],
    ['pt', 'Peço a retificação. Enquanto verificam, peço que essa informação não seja utilizada nem enviada a ninguém.', 'opt_out'],
  ])('%s: %s', async (_language, body, label) => {
    const verdict = await triagePlainMail(`${body}\n\nGracias`, 'Re: su mensaje', false, 'rules');
    expect(verdict.labels).toContain(label);
  });

  it('"I didn\'t want this to end up with billing" stops nothing', async () => {
    const verdict = await triagePlainMail("Sorry for the subject line, I didn't want this to end up with billing. I need a copy of my dental records.", 'Complaint', false, 'rules');
    expect(verdict.labels).toEqual(['disclosure']);
  });
});

describe('round 89: an objection to profiling in every language, a yes to an informal French question', () => {
  it.each([
    ['en', 'Keep my account, just stop profiling me.'],
    ['es', 'No borren la cuenta, solo dejen de perfilarme.'],
    ['de', 'Das Konto bleibt, aber hören Sie auf, mich zu profilieren.'],
    ['fr', "Gardez mon compte, mais arrêtez de me profiler."],
    ['pt', 'Não apaguem a conta, só parem de me perfilar.'],
    ['it', 'La carta la uso. Voglio solo che smettiate di profilarmi.'],
    ['nl', 'Laat mijn account staan, maar stop met het profileren van mij.'],
  ])('%s: %s', async (_language, body) => {
    const verdict = await triagePlainMail(body, 'Re: uw vraag', false, 'rules');
    expect(verdict.labels).toEqual(['opt_out']);
  });

  it('"ok allez-y" under "Peux-tu nous confirmer que nous pouvons procéder ?" after "tu nous as demandé de supprimer ton compte", in French', async () => {
    const body = "ok allez-y\n\n-------- Message d'origine --------\nDe : Confidentialité <privacy@clinic.example>\nDate : 12/03/2026 18:40 (GMT+01:00)\nObjet : Confirmation\n\nBonjour Yannick,\n\nTon permis étant obtenu, tu nous as demandé de supprimer ton compte élève. Peux-tu nous confirmer que nous pouvons procéder ? Ton livret sera également supprimé.\n\nL'équipe";
    const verdict = await triagePlainMail(body, 'Re: Confirmation de votre demande', true);
    expect(verdict.labels).toEqual(['deletion']);
    expect(verdict.language).toBe('fr');
  });
  it('"Entrambi, grazie." and a remark, under "desideriamo sapere se intende cancellare solo il profilo oppure anche lo storico"', async () => {
    const body = 'Entrambi, grazie. Non sono più vostra paziente da due anni.\n\nElena\n\nIl giorno lun 2 mar 2026 alle ore 12:18 Studio <privacy@clinic.example> ha scritto:\n\n> Gentile Sig.ra Rossi,\n>\n> in riferimento alla Sua richiesta, desideriamo sapere se intende cancellare solo il Suo profilo sul portale oppure anche lo storico degli appuntamenti.\n>\n> Cordiali saluti';
    const verdict = await triagePlainMail(body, 'Re: chiarimento', true);
    expect(verdict.labels).toEqual(['deletion']);
  });
});
