import { describe, expect, it } from 'vitest';
import { selectMessageText } from '../../../src/core/triage/index.js';
import { parseMail } from '../../../src/io/mime.js';

async function textOf(body: string, subject = 'hello') {
  const raw = `From: Sam <sam@mail.example>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <t@mail.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
  return selectMessageText(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }));
}

describe('selectMessageText', () => {
  it('drops the sign-off block (name, title, company tagline) but keeps a P.S.', async () => {
    const text = await textOf('Please delete my account and the notes from my sessions.\n\nThanks,\nAna Ruiz\nProduct Lead | Acme — we automate deletion requests\n\nP.S. and stop the newsletter too.');
    expect(text.body).toContain('Please delete my account');
    expect(text.body).not.toContain('we automate deletion requests');
    expect(text.body).toContain('P.S. and stop the newsletter too.');
  });

  it("keeps a machine's closing tag from under the sign-off, a line of its own", async () => {
    const text = await textOf('Hoi Bram,\n\nWe hebben je opzegging ontvangen. Je abonnement loopt nog tot en met 31 maart.\n\nGroet,\nTeam Rustpunt\n(automatisch bericht)');
    expect(text.body).not.toContain('Team Rustpunt');
    expect(text.body.endsWith('(automatisch bericht)')).toBe(true);
    const signed = await textOf('Recebemos o seu pedido de cancelamento.\n\nCumprimentos,\nClínica Sol\nMensagem automática');
    expect(signed.body).toBe('Recebemos o seu pedido de cancelamento.\n\nMensagem automática');
    // A person's own sign-off has no such line: nothing comes back.
    expect((await textOf('Please delete my account.\n\nThanks,\nAna Ruiz\nProduct Lead')).body).toBe('Please delete my account.');
  });

  it('does not mistake an early "Thanks!" for a sign-off', async () => {
    const text = await textOf('Hi,\nThanks!\nPlease remove me from your list');
    expect(text.body).toContain('Please remove me from your list');
  });

  it('drops mobile sign-offs and confidentiality notices', async () => {
    const text = await textOf('What data do you hold about me?\n\nSent from my iPhone\n\nCONFIDENTIALITY NOTICE: if you received this in error, delete it.');
    expect(text.body).toBe('What data do you hold about me?');
  });

  it('strips Re:/Fwd: prefixes from the subject', async () => {
    expect((await textOf('ok', 'Re: AW: Fwd: my data')).subject).toBe('my data');
  });

  it('finds a forwarded request and its subject', async () => {
    const text = await textOf('see below\n\n---------- Forwarded message ---------\nFrom: A <a@mail.example>\nDate: Mon, 2 Mar 2026\nSubject: remove me\nTo: info@clinic.example\n\nPlease erase my data.', 'Fwd: remove me');
    expect(text.forwarded).toBe('Please erase my data.');
    expect(text.forwardedSubject).toBe('remove me');
    expect(text.body).toBe('see below');
  });

  // Outlook-style replies quote the answered mail under "-----Original Message-----" or a bare header
  // block, without ">": that copy is our own text (or the sender's old one), not what they ask now.
  it.each([
    ['AW: Bestätigung der Löschung', 'Prima, vielen Dank!\n\n-----Ursprüngliche Nachricht-----\nVon: Datenschutz\nGesendet: Montag, 6. April 2026 16:20\nBetreff: Bestätigung der Löschung\nSehr geehrte Frau Wolff, wir haben Ihr Konto gelöscht.', 'Prima, vielen Dank!'],
    ['RE: Votre demande', "Merci, c'est parfait.\n\n-----Message d'origine-----\nDe : privacy@clinic.example\nObjet : Votre demande d'opposition\nNous avons pris en compte votre opposition.", "Merci, c'est parfait."],
    ['Re: Pedido recebido', 'Afinal não apaguem nada, obrigada.\n\nDe: privacy@clinic.example\nAssunto: Pedido de eliminação recebido\nO seu pedido de eliminação será tratado.', 'Afinal não apaguem nada, obrigada.'],
  ])('reads a reply above the quoted original as the new text (%s)', async (subject, body, expected) => {
    const text = await textOf(body, subject);
    expect(text.body).toBe(expected);
    expect(text.forwarded).toBe('');
  });

  it('still reads "Original Message" under a forward prefix as a forwarded request', async () => {
    const text = await textOf('FYI, from a patient\n\n-----Original Message-----\nFrom: A <a@mail.example>\nSent: Monday\nSubject: remove me\n\nPlease erase my data.', 'FW: remove me');
    expect(text.forwarded).toBe('Please erase my data.');
    expect(text.body).toBe('FYI, from a patient');
  });

  it('still reads a pasted "Original Message" in mail that answers nothing as the request it carries', async () => {
    const text = await textOf('I sent this two weeks ago and nobody answered.\n\n-----Original Message-----\nFrom: Sam <sam@mail.example>\nSent: Monday\nSubject: my data\n\nPlease delete my account and my data.', 'still waiting');
    expect(text.forwarded).toBe('Please delete my account and my data.');
  });

  it('keeps a form-like request that merely starts with "From:"', async () => {
    const text = await textOf('From: Anna Berg, born 1980\nRequest: please delete my account and all my data.');
    expect(text.body).toContain('please delete my account');
  });
});
