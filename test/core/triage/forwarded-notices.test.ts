import { describe, expect, it } from 'vitest';
import { triagePlainMail } from './plain-mail-triage.js';

/**
 * A notice forwarded with a note above it: machines do not forward mail with a note, so the model's
 * "machine" is never sure there, and a note that asks something about the notice is a person's mail
 * (round 86). Written for this check; none of it comes from the corpus or the blind rounds.
 */
const BOUNCE = `---------- Forwarded message ---------
From: Mail Delivery System <MAILER-DAEMON@mx.clinic.example>
Date: Tue, Mar 3, 2026 at 9:12 AM
Subject: Undelivered Mail Returned to Sender
To: <privacy@clinic.example>

This is the mail system at host mx.clinic.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<r.ortega@mail.example>: host mail.example[192.0.2.7] said: 550 5.1.1 user unknown`;

const ALERT = `---------- Mensagem encaminhada ---------
De: Segurança Portal Saúde <seguranca@portal.example.com.br>
Date: sáb., 4 de abr. de 2026 às 21:10
Subject: Alerta: novo acesso à sua conta
To: <privacidade@clinic.example>

Olá!
Detectamos um novo acesso à conta privacidade@clinic.example em 04/04/2026 às 21:09.
Dispositivo: Firefox no Linux
Se não foi você, altere a sua senha imediatamente.
Equipe de Segurança Portal Saúde`;

describe('a forwarded notice under a note', () => {
  it.each([
    ['Fwd: Undelivered Mail Returned to Sender', `Hi all,\n\nThe erasure confirmation to Ms Ortega bounced. Should we send it by post, or phone her first?\n\nThanks,\nKim\n\n${BOUNCE}`],
    ['Fwd: Alerta: novo acesso à sua conta', `Paula, foi você que entrou no portal sábado à noite? Se não foi, eu bloqueio a conta agora.\n\nRafael - TI\n\n${ALERT}`],
  ])('that asks about it is a person\'s mail: %s', async (subject, body) => {
    const verdict = await triagePlainMail(body, subject, false);
    expect(verdict.automated).toBeNull();
  });

  it('that only passes it on is never sure enough to be set aside silently', async () => {
    const verdict = await triagePlainMail(`FYI, see below.\n\n${BOUNCE}`, 'Fwd: Undelivered Mail Returned to Sender', false);
    expect(verdict.automated).toMatchObject({ unsure: true });
    expect(verdict.automated?.reason).toContain('passed to the team');
  });
});
