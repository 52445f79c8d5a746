import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import type { InboundMail } from '../../../src/types.js';
import { corpusCases } from '../../support/corpus-cases.js';
import { buildMail } from '../../support/build-mail.js';
import { parseMail } from '../../../src/io/mime.js';
import { triagePlainMail } from './plain-mail-triage.js';

/**
 * People say they want to complain before they say what about; with anything about their data it is a
 * complaint (corpus/written/project-complaints-plain.txt). The entries labelled `other` complain about
 * something that is not their data.
 */
const CASES = corpusCases('project-complaints-plain.txt');
const COMPLAINTS = CASES.filter(({ entry }) => entry.labels.includes('complaint'));
const NOT_PRIVACY = CASES.filter(({ entry }) => !entry.labels.includes('complaint'));

async function triage(mail: () => Promise<InboundMail>) {
  return triageMail(await mail(), { ownAddresses: ['privacy@clinic.example'] });
}

const read = async (subject: string, body: string) => triageMail(await parseMail(Buffer.from(buildMail({ subject, body })), { maxBytes: 1e6 }), { ownAddresses: ['privacy@clinic.example'] });

describe('plain complaints', () => {
  it.each(COMPLAINTS)('$name is a complaint', async ({ mail }) => {
    expect((await triage(mail)).labels).toContain('complaint');
  });
  it.each(NOT_PRIVACY)('$name is not a privacy complaint', async ({ mail }) => {
    expect((await triage(mail)).labels).not.toContain('complaint');
  });
});

describe('filing a complaint', () => {

  it.each([
    ['en', 'I am filing a formal complaint about the receptionist who shouted at me and the 40 minute wait.'],
    ['es', 'Quiero presentar una reclamación por el precio: me cobraron 20 euros más de lo acordado.'],
    ['fr', "Je dépose une réclamation : le kiné est arrivé avec une heure de retard pour la troisième fois."],
    ['it', 'Presento un reclamo per la sala d’attesa sporca e il parcheggio sempre pieno.'],
    ['pt', 'Venho apresentar uma queixa sobre o atendimento na receção, fui tratada com muita falta de educação.'],
    ['nl', 'Hierbij dien ik een klacht in over de wachttijd van drie maanden voor een intake.'],
    ['de', 'Ich reiche hiermit eine Beschwerde über die unfreundliche Behandlung am Empfang ein.'],
  ])('%s: about service, prices or staff, is no privacy complaint', async (_language, body) => {
    expect((await read('', body)).labels).not.toContain('complaint');
  });

  it.each([
    ['en', 'I am filing a formal complaint: my session notes were emailed to my employer.'],
    ['es', 'Quiero presentar una reclamación porque enviaron mis datos a otra persona.'],
    ['nl', 'Hierbij dien ik een klacht in over hoe jullie met mijn gegevens omgaan.'],
    ['de', 'Ich reiche hiermit eine Beschwerde ein, weil meine Daten ohne meine Einwilligung weitergegeben wurden.'],
  ])('%s: about their data, is a complaint', async (_language, body) => {
    expect((await read('complaint', body)).labels).toContain('complaint');
  });
});

// GDPR Art. 77: a complaint lodged with the supervisory authority now. Before round 48 the rules read
// it only in English, German and Dutch; a right quoted or a threat is no complaint made.
describe('a complaint lodged with the regulator, in every language', () => {
  const read = async (body: string) => triageMail(await parseMail(Buffer.from(buildMail({ from: 'P <p@mail.example>', to: 'privacy@clinic.example', subject: 'x', body, messageId: 'p-1@mail.example' })), { maxBytes: 100_000 }), { ownAddresses: ['privacy@clinic.example'] });
  it.each([
    'He presentado hoy una reclamación ante la Agencia Española de Protección de Datos.',
    "J'ai déposé aujourd'hui une plainte auprès de la CNIL.",
    'Ho presentato oggi un reclamo al Garante per la protezione dei dati personali.',
    'Apresentei hoje uma queixa à CNPD.',
  ])('%s', async (body) => {
    expect((await read(body)).labels).toEqual(['complaint']);
  });

  it.each([
    'Tem o direito de apresentar reclamação à CNPD.',
    "Vous avez le droit d'introduire une réclamation auprès de la CNIL.",
    'Si no me contestan, presentaré una reclamación ante la AEPD.',
    'Caso não obtenha resposta no prazo de um mês, apresentarei queixa à CNPD.',
    'Ayer retiré la reclamación que había presentado ante la AEPD.',
    // A deadline, then the regulator named without the word "complaint" (round 59's held-out neighbour).
    'Reitero mi solicitud de acceso a mis datos. Les concedo diez días hábiles; transcurrido dicho plazo, acudiré a la Agencia Española de Protección de Datos.',
    'Peço o acesso aos meus dados. Decorrido o prazo de um mês sem resposta, dirijo-me à CNPD.',
    // A condition said by inversion, as formal letters do.
    'I request a copy of my records. Should I not receive them within 30 days, I intend to file a complaint with the HHS Office for Civil Rights.',
  ])('no complaint made: %s', async (body) => {
    expect((await read(body)).labels).not.toContain('complaint');
  });
});

describe("someone else's appointments reaching the writer", () => {
  // Round 100: the writer receives another patient's reminders; their own surname misspelt is a correction, not this.
  it.each([
    ['es', 'Hola, desde hace semanas me están llegando recordatorios de cita de otra paciente, con su nombre y la consulta. Yo no la conozco.'],
    ['pt', 'Boa tarde, estou recebendo SMS de consultas de outra pessoa, com o nome dela e o horário. Não sei quem é.'],
    ['it', "Buongiorno, da un mese mi arrivano gli SMS degli appuntamenti di un'altra persona, con nome e reparto."],
  ])('%s', async (_lang, body) => {
    expect((await read('mensajes', body)).labels).toContain('complaint');
  });

  it('a surname written as another person\'s is a correction', async () => {
    const verdict = await read('mi apellido', 'Hola, me llegan las cartas con el apellido de otra persona: es Zamorano, no Zamora. Corregidlo, por favor.');
    expect(verdict.labels).not.toContain('complaint');
    expect(verdict.labels).toContain('correction');
  });
});

describe('an opt-out made, and the marketing since (round 102)', () => {
  const rulesRead = (subject: string, body: string) => triagePlainMail(body, subject, false, 'rules');
  it.each([
    ['es', 'Pulsé "darme de baja" hace un mes y desde entonces me han llegado once correos con ofertas. NO QUIERO RECIBIR PUBLICIDAD.'],
    ['en', 'I unsubscribed in January. Since then I have received nine more of your promotional emails. Take me off your list.'],
    ['de', 'Ich habe mich im Januar abgemeldet. Seitdem habe ich noch acht Werbe-Mails bekommen. Hören Sie bitte auf, mir Werbung zu schicken.'],
    ['fr', "Je me suis désinscrite en janvier. Depuis, j'ai reçu six autres newsletters. Je ne veux plus de vos e-mails."],
  ])('%s: a complaint beside the opt-out', async (_language, body) => {
    const verdict = await rulesRead('Werbung / publicidad', body);
    expect([...verdict.labels].sort()).toEqual(['complaint', 'opt_out']);
  });

  it('"since then" after anything but an opt-out is no complaint', async () => {
    const verdict = await rulesRead('newsletter', 'I was your patient in 2019. Since then I have received your newsletter every month. Please unsubscribe me.');
    expect(verdict.labels).toEqual(['opt_out']);
  });
});

describe('a deletion the person says they have no intention of (round 102)', () => {
  it.each([
    ['fr', "Je ne veux plus vos e-mails. Je n'ai en revanche aucune intention de fermer mon compte."],
    ['it', "Non voglio più ricevere pubblicità. E non vi sto chiedendo di chiudere l'account, quello lo tengo."],
  ])('%s: the account is not asked to be closed', async (_language, body) => {
    const verdict = await triagePlainMail(body, 'pubblicità', false, 'rules');
    expect(verdict.labels).not.toContain('deletion');
  });
});
