import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import { parseMail } from '../../../src/io/mime.js';

/**
 * "Until it is corrected, don't send it on": a restriction of processing while a correction is
 * checked (GDPR Art. 18(1)(a)), filed under opt_out by the label guide. Written for this check in
 * the seven languages; none of it comes from the corpus or the blind rounds.
 */
async function labelsOf(body: string): Promise<string[]> {
  const raw = `From: Person <person@mail.example>\r\nTo: privacy@clinic.example\r\nSubject: my record\r\nMessage-ID: <r@mail.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
  return triageMail(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { ownAddresses: ['privacy@clinic.example'] }).labels;
}

describe('a restriction while a correction is checked is read as opt_out', () => {
  it.each([
    "My allergy list says penicillin, which is wrong. Please correct it, and until it's corrected please don't send my file to the new hospital.",
    'In meiner Akte steht eine falsche Diagnose. Bitte korrigieren Sie das. Solange das nicht geklärt ist, möchte ich nicht, dass die Akte an meine Krankenkasse geht.',
    'Mijn geboortedatum klopt niet in jullie systeem, kunnen jullie dat aanpassen? Zolang jullie dat uitzoeken, wil ik niet dat mijn gegevens met de verzekeraar gedeeld worden.',
    "Mon dossier indique un mauvais groupe sanguin, merci de le rectifier. Tant que ce n'est pas corrigé, ne transmettez pas mon dossier au laboratoire.",
    'Mi dirección está mal en vuestra ficha, corregidla por favor. Hasta que se corrija, no compartan mis datos con la aseguradora.',
    "Nella mia cartella c'è un errore sulla terapia, vi chiedo di correggerlo. Finché non è corretto, non inviate la cartella al mio medico.",
    'O meu nome está errado na ficha, por favor corrijam. Até que isso seja corrigido, não partilhem os meus dados com o seguro.',
    // The check in other words, and the verb in the infinitive (round 86).
    'My chart lists a diagnosis I never had. Please correct it, and do not release my chart to the insurer until this has been corrected.',
    'The default on my credit file is not mine. Please remove it, and while you look into this, stop reporting that entry.',
    "Mon adresse est erronée. Je vous demande de la rectifier et, dans l'attente de votre vérification, de limiter l'utilisation de ces données.",
    'Il mio codice fiscale è sbagliato, correggetelo. Finché non avete verificato, vi chiedo di non utilizzare questo dato e di non comunicarlo a nessuno.',
    'Mijn adres klopt niet. Zolang u dit controleert, wil ik niet dat u dit gegeven gebruikt.',
  ])('%s', async (body) => {
    expect(await labelsOf(body)).toContain('opt_out');
  });

  it.each([
    'Tant que j\'y suis : merci de corriger mon adresse, c\'est 4 rue des Lilas.',
    'En tant que parent, je vous demande de corriger la date de naissance de mon fils Hugo, qui a 15 ans.',
    'Mientras tanto, mi solicitud de rectificación lleva bloqueada desde febrero. Corregid mi apellido de una vez.',
    "My surname is misspelt, please fix it. Please don't send the new card until you have checked my ID.",
  ])('not a restriction: %s', async (body) => {
    expect(await labelsOf(body)).not.toContain('opt_out');
  });
});

/** Written for this check, not from the corpus or the blind rounds. */
describe('an opt-out under a complaint, and a restriction asked with a verb', () => {
  it.each([
    // A breach complaint that also asks off the mailing (round 54's writers added the opt-out; the rules missed "die"/"diese" lists and compound mailings).
    ['Jullie hebben de uitnodiging met alle adressen in CC verstuurd. Ik dien een klacht in. En haal mij van die verzendlijst af.', ['complaint', 'opt_out']],
    ['Verwijder me uit deze mailinglijst, ik heb er nooit om gevraagd.', ['opt_out']],
    ['Ihre Rundmail ging mit offenem Verteiler raus, ich beschwere mich hiermit. Außerdem möchte ich keine Rundmails mehr erhalten.', ['complaint', 'opt_out']],
    ['Bitte keine Infobriefe mehr an diese Adresse.', ['opt_out']],
    // GDPR Art. 18 asked with a verb rather than the right's name.
    ['Ho presentato reclamo al Garante. Nelle more del procedimento vi chiedo di limitare il trattamento dei miei dati.', ['complaint', 'opt_out']],
    ['Enquanto analisam o meu pedido, peço que limitem o tratamento dos meus dados.', ['opt_out']],
    ['Tijdens het onderzoek verzoek ik u de verwerking van mijn gegevens te beperken.', ['opt_out']],
  ])('%s', async (body, labels) => {
    const got = await labelsOf(body);
    for (const label of labels) expect(got).toContain(label);
  });
});

// Written for this check; not from the corpus or the blind rounds.
describe('a restriction cited by its article, beside "delete nothing", is still asked (round 98)', () => {
  it.each([
    'Sehr geehrte Damen und Herren,\n\nbis zum Ende des Rechtsstreits verlange ich gemäß Art. 18 Abs. 1 lit. c DSGVO die Einschränkung der Verarbeitung meiner Daten.\n\nLöschen Sie bitte nichts, ich brauche die Daten als Beweis.\n\nMit freundlichen Grüßen',
    'Until the dispute about my invoice is settled I want the restriction of processing of my data under Art. 18 GDPR. Do not delete anything, I need the records.',
  ])('%s', async (body) => {
    expect(await labelsOf(body)).toEqual(['opt_out']);
  });
});
