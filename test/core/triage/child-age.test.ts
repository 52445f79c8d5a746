import { describe, expect, it } from 'vitest';
import { triageOffline } from '../../../src/core/triage/offline.js';
import { parseMail } from '../../../src/io/mime.js';
import { buildMail } from '../../support/build-mail.js';
import { rulesVerdictOf } from '../../support/rules-verdict.js';

/**
 * A child of a stated age under 18, or a teenager giving their own age, in mail about their data is
 * a report about a child's data (COPPA; GDPR Art. 8), whatever else it asks. Written for this check
 * (the rules alone, no model); none of it comes from the corpus.
 */

const CHILD: Array<[body: string, request: string]> = [
  ['Please erase the profile of my daughter Maya (11), she made it without asking me.', 'deletion'],
  ["My boy Sam is 8 and he's getting your promo emails. Please unsubscribe him from your marketing emails.", 'opt_out'],
  ['Borren por favor los datos de mi hijo Iker, tiene 9 años.', 'deletion'],
  ['Meine Tochter Lina (12) hat ein Konto bei Ihnen. Ich bitte um Auskunft, welche Daten Sie über sie gespeichert haben.', 'disclosure'],
  ["Ma fille Chloé a 10 ans : merci de corriger sa date de naissance dans votre fichier.", 'correction'],
  ['Mio figlio Luca, di 7 anni, è registrato da voi: cancellate il suo account.', 'deletion'],
  ['O meu filho Tiago (6) recebe a vossa newsletter. Por favor, parem de enviar publicidade.', 'opt_out'],
  ['Mijn dochter Sanne is 13 en heeft zich aangemeld. Verwijder haar gegevens alstublieft.', 'deletion'],
  ["hi i'm 14 and i want my account and data deleted pls", 'deletion'],
  ['Hallo, ich bin 15 und möchte keine Werbung mehr von euch bekommen.', 'opt_out'],
  // Chat spellings, with the years word.
  ['slt jai 14 ans et je veux que vous supprimiez mon compte', 'deletion'],
  ['hey im 16 years old pls delete my account and data', 'deletion'],
];

const NOT_A_CHILD: string[] = [
  'Tengo 3 años de experiencia en protección de datos; les adjunto mi CV para la vacante.',
  "jai 12 ans d'expérience comme DPO, je vous envoie mon CV pour le poste.",
  'Wir sind im 15. Stock; können Sie meine Adresse in der Akte ändern?',
  'Ho 6 anni di esperienza come DPO in ambito sanitario. Allego il mio curriculum.',
  'Please delete the account of my son Tom (34), he asked me to write for him as he is abroad.',
  "I'm 15 minutes late for my session, can the therapist wait?",
  'We run groups for children aged 6 to 12 on Saturdays; is the room still free?',
  'Can you move the appointment for my son Leo (8) from Tuesday to Friday?',
  // A grown son or daughter with their age: each lexicon's own child-and-age rule, not only the shared one.
  'My daughter is 31 and lives abroad; please send her the copy of her file she asked for.',
  'Mein Sohn ist 27 und kommt seit Januar zu Ihnen. Ich hätte gern Einsicht in seine Akte.',
  'Mi hija tiene 40 años y está ingresada; quisiera saber qué datos tienen de ella.',
  'Ma fille a 22 ans et elle suit une thérapie chez vous : je voudrais lire son dossier.',
  'Mio figlio ha 29 anni ed è vostro paziente, vorrei una copia della sua cartella.',
  'A minha filha Rita tem 35 anos e é vossa cliente; queria ver o processo dela.',
  'Mijn zoon is 26 jaar en is bij u in behandeling. Ik wil graag zijn dossier inzien.',
];

describe('a child of a stated age', () => {
  it.each(CHILD)('is child_data, primary, with the request: %s', async (body, request) => {
    const verdict = await rulesVerdictOf(body);
    expect(verdict.primary).toBe('child_data');
    expect(verdict.labels).toContain(request);
  });

  it.each(NOT_A_CHILD)('is not child_data: %s', async (body) => {
    const verdict = await rulesVerdictOf(body);
    expect(verdict.labels).not.toContain('child_data');
  });

  it("a parent asking for a grown child's file is passed to the team as a request for another adult", async () => {
    const raw = buildMail({ from: 'Mãe <mae@mail.example>', to: 'privacy@clinic.example', subject: 'processo', body: 'Boa tarde, o meu filho tem 30 anos e é vosso paciente. Enviem-me uma cópia dos dados dele, sou eu que pago as consultas.', messageId: 'mae-1@mail.example' });
    const verdict = triageOffline(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { mode: 'rules', model: null, ownAddresses: ['privacy@clinic.example'] });
    expect(verdict.labels).toEqual(['other']);
    expect(verdict.overruled).toContain('disclosure');
    expect(verdict.forAnotherAdult).toMatch(/filho tem 30 anos/);
  });
});

// A coach, a teacher or a tutor reports children's data as surely as a parent does (COPPA, GDPR Art. 8).
describe("children's data reported by whoever holds it: a squad, a class, a ward", () => {
  it.each([
    ['en', 'I registered our U10s for your Easter Cup and uploaded all 12 kids\' names and photos. Please remove all the players\' details from your system.'],
    ['it', 'Avevo iscritto le mie 14 bambine (8-10 anni) al vostro torneo caricando nomi e foto. Potete cancellare tutti i dati delle bambine?'],
    ['nl', 'Onze school gebruikte jullie platform voor kinderen van 8 tot 10 jaar. Wij vragen u alle persoonsgegevens van onze leerlingen te verwijderen.'],
    ['it', 'Il sottoscritto, nominato tutore del minore K. B., chiede di conoscere quali dati personali del minore siano trattati.'],
    ['pt', 'Sou o técnico do sub-11. Vi que a data de nascimento de dois atletas está errada no sistema de vocês. Podem corrigir?'],
    // After round 69: one child of a squad by role, ranges in brackets, a school year, a French age group.
    ['fr', "Notre joueur Hugo Martin (Poussins, 9 ans) apparaît avec son adresse complète sur votre site. Merci de supprimer ces données personnelles."],
    ['es', 'En vuestra web salen los datos de nuestras nadadoras (de 11 a 13 años) con su colegio. Os pido que los borréis.'],
    ['de', 'Für unsere Kindergruppe (6 bis 9 Jahre) haben Sie Fotos mit Namen veröffentlicht. Bitte löschen Sie diese Daten.'],
    ['en', 'Our school used your reading app with grades K-2 last year. Please delete all the student data you hold for us.'],
    ['fr', "Je suis l'entraîneur des moins de 11 ans. Vos fiches d'inscription ont été envoyées à tous les parents, avec les adresses. Je veux savoir quelles données vous gardez."],
  ])('%s: %s', async (_lang, body) => {
    expect((await rulesVerdictOf(body)).labels).toContain('child_data');
  });

  it.each([
    ['a parent naming her children beside her own complaint', 'I was in the waiting room with my two children (7 and 10) when the receptionist read out my prescription. Please delete my phone number.'],
    ['a minor issue', 'A minor issue: please delete my old email address from my account.'],
    ['lower costs', 'Con i minori costi del nuovo piano non mi serve più il vecchio account: cancellate i miei dati, per favore.'],
    ['a retention period in brackets', 'Your notice says patient files are kept (5 to 10 years). Please delete mine now that I have left.'],
  ])('but not %s', async (_name, body) => {
    expect((await rulesVerdictOf(body)).labels).not.toContain('child_data');
  });
});

describe('off the lists for a child, by pronoun or as "my son" (round 69)', () => {
  it.each([
    ['it', 'Mio figlio Luca (10 anni) riceve le vostre promozioni sulla sua email. Il corso continua, ma toglietelo da tutte le liste, per favore.'],
    ['es', 'Mi hija Carla tiene 12 años y le llegan vuestros correos de publicidad. Dad de baja a mi hija de la newsletter, por favor.'],
    ['en', 'My son Theo is 11 and somehow gets your promotional emails. Please take him off your mailing lists.'],
  ])('%s: a child\'s data and an opt-out', async (_lang, body) => {
    const verdict = await rulesVerdictOf(body);
    expect(verdict.labels).toContain('child_data');
    expect(verdict.labels).toContain('opt_out');
  });
});

// Written for this check after blind round 71; none of it comes from the corpus or the blind rounds.
describe("a school's pupils, ages listed, a baby's data (round 71)", () => {
  it.each([
    ['en, a school\'s own pupils', 'Our contract with you has ended. Please delete all personal data you hold about our pupils, including their reading logs.'],
    ['es, one of the school\'s pupils', 'Somos un colegio. Uno de nuestros alumnos aparece con la fecha de nacimiento equivocada en vuestra plataforma; ¿podéis corregir sus datos?'],
    ['pt, pupils of a primary year', 'Na importação dos alunos do 2.º ciclo para a vossa plataforma, os dados de vários registos ficaram errados. Podem corrigir?'],
    ['it, pupils of the primary school', 'Usiamo la vostra app con gli alunni della scuola primaria. Vi chiediamo di disattivare la profilazione sui loro dati.'],
    ['it, all of them minors', 'Nel nostro istituto gli account degli studenti, tutti minori, hanno il tracciamento attivo: disattivate la profilazione dei loro dati.'],
    ['fr, two ages listed', 'Les bulletins de nos élèves de 11 et 12 ans ont été envoyés aux mauvaises familles. Quelles données ont été exposées ?'],
    ['en, children by their age', "Your public team page shows full names and dates of birth. These are 9 and 10 year olds: please take their data down."],
    ['pt, a baby\'s data', 'Como vocês conseguiram os dados do meu bebê? Quero saber de onde vêm e que dados pessoais têm.'],
    ['en, a newborn\'s details', "Please delete our newborn's details from your mailing database and tell me where you got her data."],
    ['pt, a name between commas', 'O cadastro é da minha filha, Ana, de 9 anos. Excluam os dados dela, por favor.'],
  ])('%s', async (_case, body) => {
    expect((await rulesVerdictOf(body)).labels).toContain('child_data');
  });

  it.each([
    ['a lost pregnancy', 'I lost my baby in March. Please stop sending me your pregnancy emails and delete my data.'],
    ['a teacher\'s own data', 'I teach Year 4 at a primary school. Please delete my account and all my data.'],
    ['two adults\' ages', 'My parents, of 70 and 72 years, asked me to write: please delete my own account data.'],
  ])('but not %s', async (_case, body) => {
    expect((await rulesVerdictOf(body)).labels).not.toContain('child_data');
  });
});
