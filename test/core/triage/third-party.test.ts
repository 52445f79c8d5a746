import { describe, expect, it } from 'vitest';
import { anotherAdultWithoutStanding, withStandingChecked } from '../../../src/core/triage/third-party.js';
import type { Label, Verdict } from '../../../src/types.js';
import { triagePlainMail } from './plain-mail-triage.js';

const text = (body: string, subject = '') => ({ subject, body, forwarded: '', forwardedSubject: '' });

function verdictOf(labels: Label[]): Verdict {
  return { primary: labels[0] ?? 'other', labels, language: 'en', confidence: 0.9, automated: null, agent: false, evidence: [], classifiedBy: 'rules+model' };
}

describe('a request for another adult, with no authority named', () => {
  it.each([
    ['en', 'Hi, my husband is in therapy with you. I would like to see his notes, he does not know I am writing.', 'my husband'],
    ['de', 'Guten Tag, mein Bruder Jan ist bei Ihnen in Behandlung. Können Sie mir seine Akte schicken?', 'mein Bruder'],
    ['es', 'Hola, mi hermana Lucía es paciente vuestra. Quiero una copia de su historial para ayudarla.', 'mi hermana'],
    ['fr', "Bonjour, mon meilleur ami est décédé le mois dernier. Pouvez-vous fermer son compte ?", 'mon meilleur ami'],
    ['it', 'Salve, mia moglie segue una terapia da voi. Mi mandate i dati che avete su di lei?', 'mia moglie'],
    ['pt', 'Olá, o meu irmão é vosso cliente. Podem corrigir o número na ficha dele?', 'meu irmão'],
    ['nl', 'Hallo, mijn vader krijgt mails van jullie. Kunnen jullie zijn gegevens verwijderen?', 'mijn vader'],
    ['de, a grown son', 'Mein Sohn Felix hat sich bei Ihnen angemeldet. Er ist 23. Bitte löschen Sie das Konto meines Sohnes.', 'Er ist 23'],
    ['en, a grown son, two words before the record', "My son Ethan is 27 and sees your psychiatrist. Could you send me his latest treatment notes?", 'son Ethan is 27'],
    // A death makes no one next of kin with standing (GDPR Recital 27; the label guide): the team answers.
    ['it, a son after a death', 'Mio padre è venuto a mancare a gennaio. Vi chiedo di chiudere il suo account.', 'Mio padre'],
    ['nl, a daughter after a death', 'Mijn moeder is in januari overleden. Wilt u haar account verwijderen?', 'Mijn moeder'],
    // Authority named only to say it is missing gives none.
    ['en, no power of attorney', "My dad is with your clinic. I don't have power of attorney, but please send me his file.", 'My dad'],
    ['fr, pas de procuration', "Ma sœur est suivie chez vous. Je n'ai aucune procuration, pouvez-vous quand même corriger son adresse ?", 'Ma sœur'],
    ['es, guardianship pending', 'Mi madre es paciente suya. La tutela está en trámite; mientras tanto borren sus datos, por favor.', 'Mi madre'],
    ['nl, verb-final negation', 'Mijn broer is cliënt bij jullie. Een volmacht hebben we niet, maar stuur mij zijn dossier alsjeblieft.', 'Mijn broer'],
    // Authority said to be missing or still being arranged, in a compound or after the person's name (round 91).
    ['de, never made', 'Meine Mutter ist bei Ihnen Patientin. Eine Vorsorgevollmacht hat meine Mutter leider nie unterschrieben. Bitte schicken Sie mir ihre Krankenakte.', 'Meine Mutter'],
    ['de, none exists', 'Mein Bruder liegt im Krankenhaus. Eine Vollmacht gibt es nicht. Welche Daten haben Sie über ihn?', 'Mein Bruder'],
    ['de, a court procedure applied for', 'Mein Onkel ist dement. Das Betreuungsverfahren ist beim Amtsgericht beantragt. Können Sie mir seine Unterlagen schicken?', 'Mein Onkel'],
    ['es, being arranged', 'Mi padre tiene demencia. El poder notarial lo estamos tramitando todavía con el notario. ¿Pueden borrar sus datos?', 'Mi padre'],
    // The writer's contact details given for the answer are not their own data asked about.
    ['de, our address given', 'Mein Mann ist bei Ihnen Kunde. Ich möchte wissen, welche Daten Sie über ihn haben. Unsere Adresse: Lindenweg 4, 80331 München.', 'Mein Mann'],
    ['nl, my number given', 'Mijn vrouw ligt in het ziekenhuis. Kunt u haar gegevens aanpassen naar Kerkstraat 3 en mijn nummer 06 11122233?', 'Mijn vrouw'],
    // "My wife and I" ask together, unless they are parting (round 86).
    ['en, a couple separating', 'My wife and I are separating. She has an account with you; please send me a copy of her purchase history.', 'My wife'],
    ['de, a couple separating', 'Meine Frau und ich trennen uns gerade. Sie ist Kundin bei Ihnen. Können Sie mir ihre Akte schicken?', 'Meine Frau'],
    ['en, the person named with a possessive', "Hello, I'm Rita Moreno's son. She no longer reads her email, so please close her account for her.", "I'm Rita Moreno's son"],
    ['es, "soy la mujer de" and the account named with "le"', 'Hola, soy la mujer de Andrés. Que sí, que le cerréis la cuenta, que ya no la usa.', 'soy la mujer de'],
    ['pt, "sou a irmã do"', 'Bom dia, sou a irmã do Miguel. Podem apagar os dados dele? Ele está no estrangeiro.', 'sou a irmã do'],
    ['en, a first name', "I'm Kevin's wife. Yes, delete his profile, he never uses it.", "I'm Kevin's wife"],
    // The person's wish only in the writer's words is no authority: nothing signed or agreed to (round 94).
    ['en, "on behalf of" and "asked me"', "I'm replying on behalf of my wife, Sandra. She's in hospital and asked me to keep an eye on her emails. Yes, go ahead and delete her account.", 'my wife'],
    ['nl, "namens hem"', 'Mijn man Erik zit drie weken in Indonesië. Ik kan namens hem bevestigen dat jullie zijn gegevens mogen verwijderen.', 'Mijn man'],
    ['de, "hat mich gebeten"', 'Meine Frau hat eine neue Handynummer. Bitte tragen Sie die in ihrer Akte ein. Sie hat mich gebeten, das zu erledigen.', 'Meine Frau'],
    // The age in apposition (round 95).
    ['fr, a grown son, his age after his name', "Mon fils Julien, 26 ans, a eu un accident. Je voudrais une copie de son dossier médical.", 'fils Julien, 26 ans'],
    // The answer's address given as "this one", and a record named by the account's area (round 96).
    ['en, "my email is this one"', 'My husband Alan asked me to sort out his paperwork. Could you please email me a copy of his treatment notes? My email is this one.', 'My husband'],
    ['es, "mi correo es este mismo"', 'Mi madre, de 82 años, recibe cartas suyas. ¿Podrían enviarme una copia de los datos que tienen de ella? Mi correo es este mismo.', 'Mi madre'],
    ['it, the account\'s personal area', "Scrivo per conto di mio marito. Nella sua area personale la data di nascita è sbagliata. Potete correggere?", 'mio marito'],
    // A friend named without "my", and a flatmate named by the person's name (round 96).
    ['pt, "uma amiga" who died', 'Uma amiga muito querida faleceu em janeiro. O perfil dela continua ativo. Gostava que apagassem a conta dela.', 'Uma amiga muito querida'],
    ['en, "a dear friend of mine"', 'A dear friend of mine passed away last month. Please close her account, the reminders are hard to see.', 'A dear friend of mine'],
    ['en, a flatmate', "I'm Jess's flatmate and she asked me to keep an eye on her emails. She said yes, go ahead and delete her account.", "I'm Jess's flatmate"],
    // The court named as where a guardianship is still pending; the notary's deed still awaited.
    ['de, a guardianship pending at court', 'Meine Mutter ist dement. Eine Vollmacht habe ich nicht. Das Betreuungsverfahren läuft beim Amtsgericht. Welche Daten haben Sie über sie?', 'Meine Mutter'],
    ['fr, no deed from the notary yet', "Je suis la sœur de Mme Garnier, décédée le mois dernier. Je n'ai pas encore l'acte de notoriété du notaire. Oui, vous pouvez supprimer son compte.", 'Je suis la sœur de'],
  ])('%s: names the other adult', (_language, body, tie) => {
    expect(anotherAdultWithoutStanding(text(body))).toBe(tie);
  });

  it.each([
    ['a power of attorney', 'I hold a lasting power of attorney for my mother. Please send me a copy of her records.'],
    ['a power of attorney, with a negation elsewhere', 'No rush. I hold power of attorney for my father and attach it; please send me his records.'],
    ['a German compound', 'Ich habe eine Vorsorgevollmacht für meinen Vater. Bitte senden Sie mir seine Akte.'],
    ['a court-appointed guardian', 'Soy la tutora legal de mi hermano. Solicito una copia de su historial.'],
    ['the person copied in', "J'écris pour ma femme, qui est en copie de ce message. Elle souhaite que son compte soit fermé."],
    ['an executor after a death', 'My mother passed away in March. I am the executor of her estate; please close her account.'],
    ['an heir with proof', 'Mein Vater ist im Dezember verstorben. Den Erbnachweis lege ich bei. Bitte löschen Sie seine Daten.'],
    ['an heir in Spain', 'Mi padre falleció en enero. Adjunto la declaración de herederos; les pido que borren sus datos.'],
    ["the writer's own record", 'My emergency contact is still my ex-husband. Please put my sister instead, her number is 07700 900456.'],
    ['a joint request', 'My wife and I would like our data deleted. Please remove her account and mine.'],
    ['no record of theirs asked about', 'My husband told me to write: please stop calling me with offers.'],
    ["a friend who told the writer of their own account", 'A friend recommended your app to me. Please delete my account, I never used it.'],
    ['a signed note, in the writer\'s words', "I'm writing on behalf of my father, who is 86. He has signed a note giving permission; please send him copies of his hearing test results."],
  ])('%s: no', (_case, body) => {
    expect(anotherAdultWithoutStanding(text(body))).toBeNull();
  });

  it('a forwarded message is the person\'s own mail passed on, not a relative asking', () => {
    expect(anotherAdultWithoutStanding({ ...text('FYI, from my sister, see below. Can you send her records?'), forwarded: 'Please send me a copy of my records.' })).toBeNull();
  });

  it('reads the first 20,000 characters, as the other scanners of the new text do', () => {
    const filler = 'The weather was fine. '.repeat(1_000);
    expect(anotherAdultWithoutStanding(text(`My husband is your patient. Please send me his notes. ${filler}`))).toBe('My husband');
    expect(anotherAdultWithoutStanding(text(`Please send me the notes. ${filler} My husband is your patient; his notes, please.`))).toBeNull();
  });

  it('the verdict becomes `other` for the team, keeping what was asked', () => {
    const checked = withStandingChecked(verdictOf(['disclosure']), text('Hi, my husband is in therapy with you. I would like to see his notes.'));
    expect(checked).toMatchObject({ primary: 'other', labels: ['other'], overruled: ['disclosure'], forAnotherAdult: 'my husband' });
    expect(checked.confidence).toBeLessThan(0.5);
  });

  it("a child's data and a complaint keep their labels", () => {
    const body = 'My husband is in therapy with you and I would like to see his notes.';
    expect(withStandingChecked(verdictOf(['child_data', 'disclosure']), text(body)).labels).toEqual(['child_data', 'disclosure']);
    expect(withStandingChecked(verdictOf(['complaint', 'disclosure']), text(body)).labels).toEqual(['complaint', 'disclosure']);
  });

  it.each([
    ['fr', 'Ma fille Mathilde a 19 ans, elle avait un compte chez vous. Pouvez-vous le fermer ? Son adresse est m@example.fr.'],
    ['fr, an age from the past beside the adult one', "Mon fils Yanis a 20 ans, il a un compte chez vous depuis qu'il a 16 ans. Je voudrais que vous supprimiez son compte."],
    ['de, just come of age', 'Mein Sohn Niklas ist letzte Woche 18 geworden. Jetzt möchte ich sein Konto schließen und seine Daten löschen lassen.'],
    ['en, just come of age', 'My daughter just turned 18. Please delete her account and her data.'],
    ['es', 'Mi hija cumplió 18 el mes pasado; borren su cuenta y sus datos, por favor.'],
  ])("%s: a grown son or daughter's data is no child's, and a parent asks for it only with authority", (_language, body) => {
    const checked = withStandingChecked(verdictOf(['child_data', 'deletion']), text(body));
    expect(checked).toMatchObject({ primary: 'other', labels: ['other'], overruled: ['child_data', 'deletion'] });
    expect(checked.confidence).toBeLessThan(0.5);
  });

  it('a grown child who gave authority: their request stands, without the child label', () => {
    const checked = withStandingChecked(verdictOf(['child_data', 'deletion']), text('My son is 19 and asked me to write; he is in copy. Please delete his account.'));
    expect(checked.labels).toEqual(['deletion']);
    expect(checked.primary).toBe('deletion');
  });

  it("a child under 18 keeps the child's label", () => {
    const body = 'Mon fils a 15 ans, il a un compte chez vous. Je voudrais que vous supprimiez son compte.';
    expect(withStandingChecked(verdictOf(['child_data', 'deletion']), text(body)).labels).toEqual(['child_data', 'deletion']);
  });
});

// Written for this check after blind round 69; none of it comes from the corpus or the blind rounds.
describe('caring for someone, or an authority the writer says they lack, gives no standing', () => {
  it.each([
    ['de, a carer without a power of attorney', 'Meine Mutter ist bei Ihnen Patientin. Eine Vollmacht habe ich nicht, aber ich kümmere mich um ihre Angelegenheiten. Bitte schicken Sie mir ihre Unterlagen.', 'Meine Mutter'],
    ['en, a carer', 'I look after my dad since his fall. Could you send me his records?', 'my dad'],
    ['es, verb-final negation', 'Yo cuido de mi padre. Poder notarial no tengo, pero necesito una copia de su historial.', 'mi padre'],
    ['nl, an illness is no authority', 'Mijn moeder heeft dementie. Kunnen jullie haar gegevens aanpassen?', 'Mijn moeder'],
    ['it, a friend taken off the lists', 'Scrivo per una mia amica: potete toglierla dalle vostre liste promozionali? Non usa molto la posta.', 'mia amica'],
    ['de, a wife\'s birth date', 'Meine Frau ist bei Ihnen Kundin. Auf der Rechnung steht ihr Geburtsdatum falsch, bitte korrigieren Sie das.', 'Meine Frau'],
    ['it, a husband\'s phone number', 'Buongiorno, potete aggiornare il telefono di mio marito? Il vecchio numero non esiste più.', 'mio marito'],
  ])('%s: names the other adult', (_case, body, tie) => {
    expect(anotherAdultWithoutStanding(text(body))).toBe(tie);
  });

  it.each([
    ['fr, the person beside the writer', 'Ma mère est à côté de moi et me dicte ce message : merci de corriger son adresse dans votre fichier.'],
    ['de, the person beside the writer', 'Mein Vater sitzt neben mir und bittet Sie, seine Telefonnummer in der Akte zu ändern.'],
  ])('%s: no', (_case, body) => {
    expect(anotherAdultWithoutStanding(text(body))).toBeNull();
  });
});

// Written for this check after blind round 71; none of it comes from the corpus or the blind rounds.
describe('words that look like authority but are not (round 71)', () => {
  it.each([
    ['en, a street named Court', 'My mother has moved to 4 Elmstead Court. Could you change her address on your system?', 'My mother'],
    ['it, a father who lives with the writer', 'Mio padre vive con me da un anno. Vorrei sapere quali dati avete su di lui.', 'Mio padre'],
    ['nl, "(nog) niet"', 'Mijn moeder woont in een verpleeghuis. Een volmacht heb ik (nog) niet, maar ik wil weten welke gegevens jullie van haar hebben.', 'Mijn moeder'],
    ['pt, post addressed in his name', 'O meu marido faleceu. Continuo a receber cartas em nome dele; apaguem a conta dele, por favor.', 'meu marido'],
    ['de, the answer sent to the writer\'s address', 'Meine Frau möchte wissen, welche Daten Sie über sie haben. Bitte schicken Sie die Übersicht an meine Adresse.', 'Meine Frau'],
  ])('%s: names the other adult', (_case, body, tie) => {
    expect(anotherAdultWithoutStanding(text(body))).toBe(tie);
  });

  it.each([
    ['es, acting in her name under a general power', 'Mi madre me otorgó un poder general ante notario. En su nombre solicito una copia de su historial.'],
    ['en, a court order', 'My brother is under a court order naming me his deputy. Please send me his records.'],
  ])('%s: standing', (_case, body) => {
    expect(anotherAdultWithoutStanding(text(body))).toBeNull();
  });

  it('someone else\'s grown son is not the writer\'s: the child keeps her label', () => {
    const body = 'Onze dochter is 14. Ze werd op school aangesproken door een jongen van 19 die haar profiel zag. Verwijder haar profiel.';
    expect(withStandingChecked(verdictOf(['child_data', 'deletion']), text(body)).labels).toEqual(['child_data', 'deletion']);
  });
});

// Written for this check after blind round 97; none of it comes from the corpus or the blind rounds.
describe('a spouse or parent who moved in, authority "(noch) nicht" held, a record named with a capital (round 97)', () => {
  it.each([
    ['en, moved in with the writer', 'My husband Tom moved in with me in May. Please change his address on your records to 3 Mill Road.', 'My husband'],
    ['de, "(noch) nicht"', 'Meine Mutter ist im Pflegeheim. Eine Vollmacht habe ich (noch) nicht. Ich möchte wissen, welche Daten Sie über sie gespeichert haben.', 'Meine Mutter'],
    ['de, his customer number at the start of a sentence', 'Mein Mann ist bei Ihnen falsch geschrieben. Bitte ändern Sie das auf Brandt mit dt. Seine Kundennummer ist 44120.', 'Mein Mann'],
    ['nl, a deed still applied for', 'Mijn moeder is overleden. Een volmacht van de notaris is in aanvraag. Kunt u haar gegevens verwijderen?', 'Mijn moeder'],
  ])('%s: names the other adult', (_case, body, tie) => {
    expect(anotherAdultWithoutStanding(text(body))).toBe(tie);
  });
});

// Written for this check after blind round 98; none of it comes from the corpus or the blind rounds.
describe('"I am the husband of", a mother-in-law\'s postcode, authority not sorted "yet", a grown child\'s age at death (round 98)', () => {
  it.each([
    ['it, the husband of a named woman', 'Non sono io il titolare, sono il marito della signora Anna Russo. Scrivo dal mio indirizzo: che dati avete su di lei?', 'sono il marito della'],
    ['nl, her postcode', 'Mijn schoonmoeder heeft een polis bij jullie. Kunnen jullie mij de gegevens mailen? Haar postcode is 1234 AB.', 'Mijn schoonmoeder'],
    ['en, power of attorney not sorted yet', "My dad is 84 and confused. We haven't got round to sorting out power of attorney yet. Could you just close his account for him?", 'My dad'],
  ])('%s: names the other adult', (_case, body, tie) => {
    expect(anotherAdultWithoutStanding(text(body))).toBe(tie);
  });

  it("a grown daughter's age at her death takes the child's label away", () => {
    const body = 'Onze dochter Sanne is op 27-jarige leeftijd overleden. Wij willen graag dat haar profiel verwijderd wordt.';
    expect(withStandingChecked(verdictOf(['child_data', 'deletion']), text(body)).labels).toEqual(['other']);
  });

  it('"son adresse … à 40 questions" names no grown son: a French possessive is no child', () => {
    const body = "Mon fils Adam, 11 ans, a donné son adresse mail et répondu à 40 questions. Je voudrais savoir ce que vous avez conservé.";
    expect(withStandingChecked(verdictOf(['child_data', 'disclosure']), text(body)).labels).toEqual(['child_data', 'disclosure']);
  });
});

// Written for this check after blind round 99; none of it comes from the corpus or the blind rounds.
describe('a record named with a word between it and "dele", post addressed to the dead, a parent come to live with the writer (round 99)', () => {
  it.each([
    ['pt, "a ficha clínica dele"', 'O meu pai foi operado aí em março. Podem enviar-me a ficha clínica dele? Ele não usa e-mail.', 'meu pai'],
    ['en, catalogues addressed to him', 'My husband died in March. Your brochures keep arriving addressed to him every month. Please stop them.', 'My husband'],
    ['es, "a vivir conmigo"', 'Mi padre se vino en mayo a vivir conmigo. ¿Pueden cambiar su dirección a la mía? Es Calle Mayor 3.', 'Mi padre'],
  ])('%s: names the other adult', (_case, body, tie) => {
    expect(anotherAdultWithoutStanding(text(body))).toBe(tie);
  });

  it('"ich teile mir den Account mit meiner Frau" keeps the writer\'s own request', () => {
    expect(anotherAdultWithoutStanding(text('Ich teile mir den Account mit meiner Frau. Bitte nehmen Sie meine Adresse aus allen Werbeverteilern.'))).toBeNull();
  });
});

// Written for this check; none of it comes from the corpus or the blind rounds.
describe('phone mail without accents', () => {
  it('"su direccion" is the other adult\'s record, "mi direccion" the writer\'s own', () => {
    expect(anotherAdultWithoutStanding(text('mi padre se vino a vivir conmigo. me pueden cambiar su direccion a calle Luna 5? gracias'))).toBe('mi padre');
    expect(anotherAdultWithoutStanding(text('mi padre vive conmigo ahora. cambien mi direccion a calle Luna 5 por favor'))).toBeNull();
  });

  it('"sobre mi madre" is not "sobre mí": the request stays about the mother', () => {
    expect(anotherAdultWithoutStanding(text('Pregunta sobre mi madre\nMi madre tiene 80 años. ¿Qué informes médicos tienen de ella?'))).toBe('mi madre');
  });
});

// Written for this check after blind round 100; none of it comes from the corpus or the blind rounds.
describe('a grown child\'s age in brackets, a carer, a spouse taken off a list by name (round 100)', () => {
  it.each([
    ['pt, "(ela tem 31 anos)"', 'Minha filha Joana (ela tem 31 anos) mudou de cidade. Podem atualizar o telefone dela no cadastro?', 'filha Joana (ela tem 31'],
    ['it, the carer', 'Sono la badante della signora Elvira, 88 anni. Vorrei chiudere il suo account, lei non usa più il telefono.', 'Sono la badante della'],
    ['en, the carer', "I'm her carer and she can't use email any more. Please delete her account and her details.", "I'm her carer"],
    ['it, a wife taken off the newsletter', 'Per favore togliete mia moglie (Carla, carla.b@example.it) dalla vostra newsletter, ne riceve troppe.', 'mia moglie'],
    ['en, a husband taken off the list', 'Please remove my husband Tom from your mailing list, he never signed up for it.', 'my husband'],
  ])('%s: names the other adult', (_case, body, tie) => {
    expect(anotherAdultWithoutStanding(text(body))).toBe(tie);
  });

  it('a carer with a power of attorney has standing', () => {
    expect(anotherAdultWithoutStanding(text("I'm her carer and hold a lasting power of attorney for her. Please delete her account."))).toBeNull();
  });
});

describe('no standing, however the relative writes it (round 102)', () => {
  const reads = (subject: string, body: string) => triagePlainMail(body, subject, false);
  it.each([
    ['a care service, the verb after a modal', 'Abmeldung für Herrn Gerlach', 'Guten Tag,\n\nwir betreuen Herrn Gerlach in der Grundpflege. Er bekommt jede Woche Ihre Prospekte und ist damit überfordert.\n\nKönnten Sie ihn bitte aus dem Verteiler nehmen?\n\nMonika Rieß, Pflegedienstleitung'],
    ['a spouse who names a court case, not a court order', 'Daten meines Mannes', 'Ich lebe in Trennung von meinem Mann. Er hat bei Ihnen ein Kundenkonto, über das er Geld ausgegeben hat, das er jetzt vor Gericht verschweigt. Ich ersuche um Auskunft über die Bestellungen auf seinem Konto.'],
    ['a brother who sees to the estate but holds no certificate', 'Konto meines verstorbenen Bruders', 'Mein Bruder ist im Januar gestorben. Ich kümmere mich um seinen Nachlass, einen Erbschein habe ich noch nicht. Bitte löschen Sie sein Konto.'],
    ['a widower whose late wife\'s mail comes to their shared address', 'Stop the emails to my late wife', 'My wife passed away in October. You still send her birthday offers, which come to our shared address. Please take her off your lists.'],
  ])('%s goes to the team', async (_case, subject, body) => {
    const verdict = await reads(subject, body);
    expect(verdict.labels).toEqual(['other']);
    expect(verdict.confidence).toBeLessThan(0.5);
  });
});
