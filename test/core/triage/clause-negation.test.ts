import { describe, expect, it } from 'vitest';
import { deletionTurnedDown } from '../../../src/core/triage/deletion-refused.js';
import { rulesVerdictOf } from '../../support/rules-verdict.js';

/**
 * A deletion turned down in its own clause is not a deletion request: people write this when they
 * only want the marketing to stop, or take an earlier request back. Written for this check (the
 * rules alone, no model); none of it comes from the corpus.
 */

const REFUSED: string[] = [
  "I really don't want my account deleted, I only want the promotional texts to stop.",
  'Please do not erase my profile. Just stop sending me newsletters.',
  'No quiero que eliminen mi perfil, solo que dejen de mandarme publicidad.',
  'No les pido que borren mis datos; únicamente no quiero más promociones por correo.',
  "Je ne veux pas que vous supprimiez mon compte, je souhaite seulement me désinscrire de la newsletter.",
  'Je ne souhaite pas effacer mes données. Merci de ne plus m’envoyer de publicité.',
  'Non voglio che cancelliate il mio account, vorrei solo non ricevere più la newsletter.',
  'Non chiedo la cancellazione del profilo: basta che smettiate con le email promozionali.',
  'Não quero que apaguem a minha conta, só quero deixar de receber publicidade.',
  'Bitte auf keinen Fall mein Konto löschen, ich möchte nur keine Werbung mehr bekommen.',
  'Ich möchte mein Profil nicht löschen lassen. Nur den Newsletter abbestellen, bitte.',
  'Mijn profiel wil ik niet verwijderen, ik wil alleen geen nieuwsbrief meer.',
  // The imperative puts the negation after the object.
  'Bitte löschen Sie mein Konto NICHT, ich möchte nur keine Werbung mehr.',
  'Verwijder mijn account alstublieft niet. Ik wil alleen geen nieuwsbrief meer.',
  // The refusal governs the clause it introduces, and "laten" stands before the verb.
  'Ich will auf keinen Fall, dass mein Konto gelöscht wird. Nur keine Werbung mehr.',
  'Je ne veux surtout pas, que mon dossier soit supprimé : arrêtez seulement les publicités.',
  'Ik wil mijn profiel niet laten verwijderen, alleen geen reclame meer.',
  // "Neither … nor": the second refusal is as much one as the first.
  "Non voglio disattivare il profilo né chiudere l'abbonamento, voglio solo non ricevere pubblicità.",
  'Não quero apagar a conta nem encerrar o cadastro, só não quero mais promoções.',
];

const STILL_ASKED: string[] = [
  "I don't use the app anymore, please delete my account.",
  "I no longer need your service so delete my profile and everything in it.",
  "Why don't you just delete my account like I asked?",
  'Ya no uso la aplicación y quiero que borren mi cuenta.',
  'No encuentro la opción para eliminar mi cuenta, ¿pueden eliminarla ustedes?',
  "Je n'utilise plus l'application, merci de supprimer mon compte.",
  'Non uso più il servizio, cancellate il mio account per favore.',
  'Ich nutze die App nicht mehr und möchte mein Konto löschen.',
  'Ik gebruik de app niet meer, verwijder mijn account alstublieft.',
  'Ik vraag u de gegevens die u niet wettelijk moet bewaren te verwijderen.',
  "I'm not sure the app is safe, so I want you to delete my account.",
];

describe('a deletion turned down in its own clause', () => {
  it.each(REFUSED)('is not asked for: %s', async (body) => {
    const verdict = await rulesVerdictOf(body);
    expect(verdict.labels).not.toContain('deletion');
  });

  it.each(STILL_ASKED)('is still asked for: %s', async (body) => {
    const verdict = await rulesVerdictOf(body);
    expect(verdict.labels).toContain('deletion');
  });
});

// Written for this check after blind round 71: "no longer" turns a wish around, not a fact (the facts are in STILL_ASKED).
describe('a deletion no longer wanted (round 71)', () => {
  it.each([
    "Finalement je ne souhaite plus supprimer mon compte, j'ai réglé le problème.",
    'I no longer want my account deleted, support sorted it out.',
    'Ya no quiero que borren mi cuenta, ya está resuelto.',
    'Non voglio più cancellare il mio account, ho risolto.',
    'Já não quero apagar a minha conta, obrigada.',
    'Ich möchte mein Konto nicht mehr löschen, hat sich geklärt.',
    'Ik wil mijn account niet meer verwijderen, het is opgelost.',
  ])('is not asked for, and a deletion the model reads is refused: %s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).not.toContain('deletion');
    expect(deletionTurnedDown(body)).toBe(true);
  });

  it.each(['I no longer use the app, please delete my account.', 'Ya no quiero recibir publicidad. Borren mi cuenta.'])('a fact or another wish no longer wanted still asks: %s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).toContain('deletion');
    expect(deletionTurnedDown(body)).toBe(false);
  });
});

describe('a German correction with a word between the verb and the data (round 71)', () => {
  it.each(['Dann korrigieren Sie bitte wenigstens meine Anschrift, die ist veraltet.', 'Ändern Sie doch endlich meine Telefonnummer in Ihren Unterlagen.'])('%s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).toContain('correction');
  });
});

// Written for this check after blind round 73; none of it comes from the corpus or the blind rounds.
describe('a request after an unmarked clause, and "e" between clauses (round 73)', () => {
  it.each([
    'im 13 and i dont want my parents to see it can you delete my account please',
    'Non lo uso più e voglio cancellare il mio account.',
    'Já não abro a aplicação e quero que apaguem a minha conta.',
  ])('is still asked for: %s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).toContain('deletion');
  });

  it('"no pueden suprimir" reports a refusal by the company, not a request', async () => {
    expect((await rulesVerdictOf('Me dicen que no pueden suprimir mi historial por obligación legal. Pido la limitación del tratamiento.')).labels).not.toContain('deletion');
  });
});

// Written for this check after blind round 73; none of it comes from the corpus or the blind rounds.
describe('contact stopped, whichever way it came, beside another request (round 73)', () => {
  it.each([
    'Bitte löschen Sie mein Profil und schicken Sie mir nix mehr.',
    'Ich kündige hiermit. Und bitte keine „Neu im Shop“-Mails mehr.',
    'Quero saber que dados têm sobre mim, e peço que não me voltem a contactar.',
    'Borren mis datos y que no me vuelvan a llamar.',
    "Supprimez mon compte et ne me recontactez plus.",
    'Verwijder mijn gegevens en neem geen contact meer met mij op.',
    "Delete my details and never text me again.",
  ])('%s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).toContain('opt_out');
  });
});

// Written for this check after blind round 73: a formal letter's closing reservation, in the third person, is a condition.
describe('a request whose writer reserves a complaint for later files none (round 73)', () => {
  it.each([
    'La sottoscritta chiede la rettifica dei dati inesatti. In difetto di riscontro entro trenta giorni, si riserva di proporre reclamo al Garante.',
    'La interesada solicita la rectificación de su dirección y se reserva el derecho de presentar una reclamación ante la AEPD.',
    "Le soussigné demande la rectification de son adresse et se réserve le droit de saisir la CNIL.",
  ])('%s', async (body) => {
    const verdict = await rulesVerdictOf(body);
    expect(verdict.labels).toContain('correction');
    expect(verdict.labels).not.toContain('complaint');
  });
});

// Written for this check after blind round 74: advertising post named by its kind, beside a refusal to delete.
describe('catalogues and leaflets no more (round 74)', () => {
  it('is an opt-out, and a sender footer offering it is not', async () => {
    expect((await rulesVerdictOf('Nein, löschen Sie bitte nichts. Ich möchte nur keine Prospekte und Kataloge mehr im Briefkasten.')).labels).toEqual(['opt_out']);
    expect((await rulesVerdictOf('Jetzt bestellen und sparen! Sie möchten keine Angebote mehr? Hier abmelden.')).labels).not.toContain('opt_out');
  });
});

// Written for this check after blind round 75; none of it comes from the corpus or the blind rounds.
describe('a correction named by its noun, and advertising post stopped, in pt and es (round 75)', () => {
  it('reads both', async () => {
    expect((await rulesVerdictOf('Solicito, nos termos da LGPD, a correção dos meus dados cadastrais: o endereço está desatualizado há dois anos.')).labels).toContain('correction');
    expect((await rulesVerdictOf('Actualizad mi teléfono, por favor, y no me mandéis más catálogos por correo postal.')).labels).toContain('opt_out');
  });
});

// Written for this check after blind round 86: a copy of one's data turned down, and a copy still not received.
describe('an access request turned down in its own clause', () => {
  it.each([
    "This isn't a data request, I don't want you to send me my data. I was charged twice for March, can you refund one?",
    'Isto não é um pedido ao abrigo do RGPD: não quero que me apaguem nada nem que me enviem os meus dados. Só quero o reembolso da fatura.',
    "No quiero que me envíen una copia de mis datos, solo que corrijan mi dirección.",
    "Je ne demande pas la copie de mes données, seulement la correction de mon adresse.",
  ])('is not asked for: %s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).not.toContain('disclosure');
  });

  it.each([
    "Je n'ai toujours pas reçu la copie de mes données que j'ai demandée en février.",
    "I still haven't received the copy of my data I asked for in February.",
    'Ich habe die Kopie meiner Daten bis heute nicht erhalten, obwohl ich sie im Februar angefordert habe.',
  ])('a copy not yet received is still asked for: %s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).toContain('disclosure');
  });
});
