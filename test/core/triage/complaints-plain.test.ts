import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import { parseMail } from '../../../src/io/mime.js';

/** People say they want to complain before they say what about; with anything about their data it is a complaint. */
const COMPLAINTS: Array<[subject: string, body: string]> = [
  ['Complaint about how my info was handled', 'I am writing to complain. The front desk read my diagnosis out loud in a full waiting room.'],
  ['unhappy', 'I want to complain about the way my medical records were left on the counter for anyone to read.'],
  ['Beschwerde', 'Ich möchte mich beschweren: meine Daten wurden ohne meine Zustimmung an eine Versicherung weitergegeben.'],
  ['queja', 'Quiero poner una queja porque compartieron mis datos personales con otra paciente.'],
  ['réclamation', 'Je souhaite déposer une réclamation : mes données personnelles ont été envoyées à mon employeur.'],
  ['reclamação', 'Quero fazer uma reclamação, os meus dados pessoais foram mostrados a outro paciente.'],
  ['reclamo', 'Vorrei presentare un reclamo: i miei dati personali sono stati inviati alla persona sbagliata.'],
  ['klacht', 'Ik wil een klacht indienen, mijn persoonsgegevens zijn zonder toestemming gedeeld.'],
];

const NOT_PRIVACY: Array<[subject: string, body: string]> = [
  ['parking', 'I am writing to complain about the parking outside your clinic, it is always full.'],
  ['prices', 'I want to complain about your prices, they went up again this year.'],
];

async function triage(subject: string, body: string) {
  const mail = await parseMail(Buffer.from(`From: a@example.net\r\nTo: privacy@example.test\r\nSubject: ${subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`), { maxBytes: 100_000 });
  return triageMail(mail, { ownAddresses: ['privacy@example.test'] });
}

describe('plain complaints', () => {
  it.each(COMPLAINTS)('%s is a complaint', async (subject, body) => {
    expect((await triage(subject, body)).labels).toContain('complaint');
  });
  it.each(NOT_PRIVACY)('%s is not a privacy complaint', async (subject, body) => {
    expect((await triage(subject, body)).labels).not.toContain('complaint');
  });
});
