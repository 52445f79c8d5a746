import { describe, expect, it } from 'vitest';
import { detectAutomated } from '../../../src/core/automated.js';
import { parseMail } from '../../../src/io/mime.js';
import type { AutomatedKind } from '../../../src/types.js';

async function detect(headers: string, subject = 'Delete my data', from = 'Robin <robin@mail.example>') {
  const raw = `From: ${from}\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <a@mail.example>\r\n${headers}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease delete my account.\r\n`;
  return detectAutomated(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), ['privacy@clinic.example']);
}

describe('detectAutomated', () => {
  it.each<[string, string, string | undefined, string | undefined, AutomatedKind]>([
    ['RFC 3834 Auto-Submitted', 'Auto-Submitted: auto-replied\r\n', undefined, undefined, 'auto_reply'],
    ['Auto-Submitted: auto-generated', 'Auto-Submitted: auto-generated\r\n', undefined, undefined, 'auto_reply'],
    ['X-Autoreply', 'X-Autoreply: yes\r\n', undefined, undefined, 'auto_reply'],
    ['Apple vacation reply', 'X-Apple-Action: VACATION\r\n', 'Re: hello', undefined, 'auto_reply'],
    ['Precedence: bulk', 'Precedence: bulk\r\n', undefined, undefined, 'bulk'],
    ['mailing list', 'List-Id: <news.clinic.example>\r\n', undefined, undefined, 'list'],
    ['null Return-Path', 'Return-Path: <>\r\n', undefined, undefined, 'bounce'],
    ['mailer-daemon', '', 'Undelivered Mail', 'MAILER-DAEMON <MAILER-DAEMON@mx.example>', 'bounce'],
    ['no-reply sender', '', 'Your receipt', 'Shop <no-reply@shop.example>', 'bulk'],
    ['out-of-office subject', '', 'Out of Office: back on Monday', undefined, 'auto_reply'],
    ['German out-of-office', '', 'Abwesenheitsnotiz: Urlaub', undefined, 'auto_reply'],
    ['Spanish auto-reply', '', 'Respuesta automática: Vacaciones', undefined, 'auto_reply'],
    ['our own message', '', 'Your request', 'Privacy <privacy@clinic.example>', 'self'],
  ])('%s', async (_name, headers, subject, from, kind) => {
    expect((await detect(headers, subject, from))?.kind).toBe(kind);
  });

  it.each([
    ['an ordinary request', '', undefined, undefined],
    ['Auto-Submitted: no (RFC 3834: a person sent it)', 'Auto-Submitted: no\r\n', undefined, undefined],
    ['a reply to an auto-reply', '', 'Re: Automatic reply: my request', undefined],
    ['a web form relayed from no-reply with the person in Reply-To', 'Reply-To: Omar <omar@mail.example>\r\nFeedback-ID: 1:ses\r\n', 'New form submission', 'Forms <no-reply@forms.clinic.example>'],
    ['X-Auto-Response-Suppress without an out-of-office subject (Outlook sets it on ordinary mail)', 'X-Auto-Response-Suppress: All\r\n', undefined, undefined],
  ])('is not automated: %s', async (_name, headers, subject, from) => {
    expect(await detect(headers, subject, from)).toBeNull();
  });
});
