import EmailReplyParser from 'email-reply-parser';
import { describe, expect, it } from 'vitest';
import { PATCHED_REPLY_PARSER, reverseCodeUnits, UNPATCHED, withUnpatchedParser } from '../../src/io/reply-parser-speed.js';
import { visibleReplyText } from '../../src/io/visible-reply.js';

const TEXTS = [
  'Hi,\n\nplease delete my account.\n\nThanks\nSam\n\nOn Mon, 2 Mar 2026 at 09:12, Support <support@clinic.example> wrote:\n> Your ticket is 48213.\n',
  'Bitte löschen Sie meine Daten.\n\n-- \nMax Muster\nMusterstraße 1',
  'Hola\n\nEl lun, 2 mar 2026 a las 9:12, Soporte <s@x.example> escribió:\n> hola\n>\n> adiós\n\nSent from my iPhone\nSent from my iPhone',
  'Merci 🙂 de supprimer mes données.\n\nLe lun. 2 mars 2026 à 09:12, Support <s@x.example> a écrit :\n> Bonjour 👋\n\ncordialement,\nJeanne',
  'Graag verwijderen.\n\nOp 2 mrt. 2026 schreef Jan <j@x.example>:\n> vraag\n\nMet vriendelijke groet\n--\nJan',
  'lone \ud800 high and \udc00 low surrogates\n\n____\nsig\n-- \n-- \n\n> q\n\n> q2',
  `${'x'.repeat(5000)}\n${'🙂'.repeat(3000)}\n\nVon: A <a@x.example>\nBetreff: b\n> c`,
  'Please delete.\n> quoted\n\nFrom: Support <s@x.example>\nSent: Monday\n> older\n\nthanks',
  '',
  '\n\n\n',
];

describe('reply-parser-speed', () => {
  it('replaces the parser methods it means to', () => {
    expect(PATCHED_REPLY_PARSER).toBe(true);
    expect(new EmailReplyParser().read('x')).toBeDefined();
  });

  it('reverses code units exactly as the parser did, surrogates and strings longer than one chunk included', () => {
    for (const text of [...TEXTS, 'a', 'ab', '\ud83d\ude42x', 'é'.repeat(9000)]) expect(reverseCodeUnits(text)).toBe(UNPATCHED.stringReverse(text));
  });

  it('leaves every fragment as the parser left it', () => {
    for (const text of TEXTS) {
      const fragments = (email: ReturnType<EmailReplyParser['read']>) =>
        email.getFragments().map((fragment) => [fragment.getContent(), fragment.isHidden(), fragment.isSignature(), fragment.isQuoted()]);
      const unpatched = withUnpatchedParser(() => fragments(new EmailReplyParser().read(text)));
      expect(fragments(new EmailReplyParser().read(text))).toEqual(unpatched);
      expect(visibleReplyText(text)).toBe(withUnpatchedParser(() => visibleReplyText(text)));
    }
  });
});
