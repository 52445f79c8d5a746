import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import type { InboundMail } from '../../../src/types.js';

function mail(text: string, subject = 'hello'): InboundMail {
  return {
    key: 'k',
    messageId: 'adversarial@example.test',
    from: { address: 'someone@example.test', name: '' },
    replyTo: [],
    to: [{ address: 'privacy@example.test', name: '' }],
    cc: [],
    subject,
    date: null,
    inReplyTo: null,
    references: [],
    text,
    newText: text,
    headers: {},
    attachments: [],
    sizeBytes: text.length,
  };
}

/**
 * Shapes that make backtracking patterns explode: long runs the lexicon's `(?:[\p{L}-]+ ){0,4}?`,
 * `[^.\n]{0,80}?` and look-behind patterns retry at every position. Each must come back with a verdict;
 * the generous per-test timeout only catches a pattern gone exponential (the benchmark has the figures).
 */
const HOSTILE: Array<[string, string]> = [
  ['a megabyte of one word', 'a'.repeat(1024 * 1024)],
  ['one request phrase repeated on one line', 'please delete my '.repeat(12_000)],
  ['word chains before the data noun', `delete ${'my own old personal '.repeat(20_000)}data`],
  ['a long compound', `bitte ${'Daten'.repeat(60_000)} löschen`],
  ['runs of spaces', `delete${' '.repeat(200_000)}my account`],
  ['runs of punctuation', '.,;:!?-'.repeat(40_000)],
  ['apostrophes and hyphens between words', `my ${"'-".repeat(100_000)} data`],
  ['letters without spaces', `my${'é'.repeat(200_000)} data`],
  ['deeply nested quoting', Array.from({ length: 2_000 }, (_, depth) => `${'>'.repeat(depth + 1)} delete my data`).join('\n')],
  ['one quote marker line', `${'>'.repeat(200_000)} delete my account`],
  ['negations stacked', `${'do not want you to '.repeat(30_000)}delete my account`],
  ['thousands of conditional threats', 'If you do not reply I will complain to the authority. '.repeat(8_000)],
  ['article citations', 'Art. 15 GDPR Art. 17 DSGVO artículo 21 '.repeat(10_000)],
  ['forward header lines', `${'From: a@b.example\n'.repeat(40_000)}Sent: today\n`],
  ['forward markers', '---------- Forwarded message ---------\n'.repeat(20_000)],
  ['closing lines', 'Thanks\n'.repeat(50_000)],
  ['web form fields padded with spaces', `Request type: ${' '.repeat(50_000)}x\n`.repeat(5)],
];

describe('triage on hostile text', () => {
  for (const [name, text] of HOSTILE) {
    it(`returns a verdict for ${name}`, { timeout: 5_000 }, () => {
      const verdict = triageMail(mail(text, name), { ownAddresses: ['privacy@example.test'] });
      expect(verdict.labels.length).toBeGreaterThan(0);
      expect(verdict.labels).toContain(verdict.primary);
    });
  }

  it('still reads the request in front of a flood', { timeout: 5_000 }, () => {
    const verdict = triageMail(mail(`Please delete my account.\n\n${'lorem ipsum '.repeat(100_000)}`), { ownAddresses: ['privacy@example.test'] });
    expect(verdict.primary).toBe('deletion');
  });
});
