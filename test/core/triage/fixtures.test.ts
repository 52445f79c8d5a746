import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRuleClassifier } from '../../../src/core/triage/index.js';
import { parseMail } from '../../../src/io/mime.js';
import type { Label, Verdict } from '../../../src/types.js';

const FIXTURES = path.resolve('test/fixtures/mail');
const classifier = createRuleClassifier({ ownAddresses: ['privacy@clinic.example'] });

async function classify(file: string): Promise<Verdict> {
  const mail = await parseMail(await readFile(path.join(FIXTURES, file)), { maxBytes: 1_000_000 });
  return classifier.classify(mail);
}

interface Expectation {
  file: string;
  why: string;
  primary: Label;
  labels: Label[];
  language: string;
  agent?: boolean;
  automated?: boolean;
  /** Confidence bounds: a hard case must not be confidently wrong, an easy one must not be timid. */
  minConfidence?: number;
  maxConfidence?: number;
  /** Phrases that must be shown as evidence, exactly as written in the mail. */
  evidence?: string[];
}

const TABLE: Expectation[] = [
  { file: 'en-informal-delete.eml', why: 'informal, lower case, no statute', primary: 'deletion', labels: ['deletion'], language: 'en', minConfidence: 0.8, evidence: ['delete my account'] },
  { file: 'en-multi-delete-optout.eml', why: 'two requests in one mail', primary: 'deletion', labels: ['deletion', 'opt_out'], language: 'en', minConfidence: 0.8 },
  { file: 'en-html-only-access.eml', why: 'HTML-only mail', primary: 'disclosure', labels: ['disclosure'], language: 'en', minConfidence: 0.8, evidence: ['What data do you have'] },
  { file: 'en-forwarded-request.eml', why: 'a colleague forwards the customer request', primary: 'deletion', labels: ['deletion'], language: 'en', evidence: ['I want you to erase my account'] },
  { file: 'en-outlook-forward.eml', why: 'Outlook forward: no marker line, only a header block', primary: 'disclosure', labels: ['disclosure'], language: 'en', evidence: ['a copy of all the information you hold about me'] },
  { file: 'en-empty-body-subject.eml', why: 'empty body, telling subject', primary: 'opt_out', labels: ['opt_out'], language: 'und', maxConfidence: 0.7, evidence: ['Unsubscribe'] },
  { file: 'en-boilerplate-threat-access.eml', why: 'closing threat to complain is boilerplate', primary: 'disclosure', labels: ['disclosure'], language: 'en', minConfidence: 0.8 },
  { file: 'en-dsar-vendor-pitch.eml', why: 'marketing that sells DSAR automation', primary: 'other', labels: ['other'], language: 'en' },
  { file: 'en-phishing-deletion.eml', why: 'phishing with "data deletion" in the subject', primary: 'other', labels: ['other'], language: 'en' },
  { file: 'en-child-data.eml', why: 'a parent reports a child signed up', primary: 'child_data', labels: ['child_data', 'deletion'], language: 'en', evidence: ['My 12-year-old'] },
  { file: 'en-agent-ccpa.eml', why: 'authorized agent under the CCPA', primary: 'deletion', labels: ['deletion'], language: 'en', agent: true, evidence: ['authorized agent'] },
  { file: 'de-agent-lawyer.eml', why: 'a lawyer writes for a client (German)', primary: 'deletion', labels: ['deletion'], language: 'de', agent: true },
  { file: 'en-breach-complaint.eml', why: 'misdirected records reported to a regulator', primary: 'complaint', labels: ['complaint'], language: 'en', minConfidence: 0.8 },
  { file: 'en-reply-quoted.eml', why: 'quoted history is not read', primary: 'opt_out', labels: ['opt_out'], language: 'en' },
  { file: 'en-disclaimer.eml', why: 'a confidentiality notice saying "delete this email"', primary: 'disclosure', labels: ['disclosure'], language: 'en' },
  { file: 'en-web-form.eml', why: 'web form relayed from a no-reply address with Reply-To', primary: 'deletion', labels: ['deletion'], language: 'en', automated: false },
  { file: 'en-out-of-office.eml', why: 'auto-reply whose subject quotes a request', primary: 'other', labels: ['other'], language: 'en', automated: true },
  { file: 'en-subject-body-disagree.eml', why: 'the body overrides a billing subject', primary: 'deletion', labels: ['deletion'], language: 'en' },
  { file: 'en-support-other.eml', why: 'a support question', primary: 'other', labels: ['other'], language: 'en' },
  { file: 'de-informal-access.eml', why: 'German, everyday wording', primary: 'disclosure', labels: ['disclosure'], language: 'de', minConfidence: 0.8 },
  { file: 'es-deletion.eml', why: 'Spanish', primary: 'deletion', labels: ['deletion'], language: 'es', minConfidence: 0.8 },
  { file: 'fr-optout.eml', why: 'French', primary: 'opt_out', labels: ['opt_out'], language: 'fr', minConfidence: 0.8 },
  { file: 'pt-correction.eml', why: 'Portuguese', primary: 'correction', labels: ['correction'], language: 'pt', minConfidence: 0.8 },
  { file: 'it-access.eml', why: 'Italian', primary: 'disclosure', labels: ['disclosure'], language: 'it', minConfidence: 0.8 },
  { file: 'nl-deletion.eml', why: 'Dutch', primary: 'deletion', labels: ['deletion'], language: 'nl', minConfidence: 0.8 },
  { file: 'fr-html-reply-optout.eml', why: 'HTML-only reply: the quoted bot text is not read, list removal is an opt-out', primary: 'opt_out', labels: ['opt_out'], language: 'fr' },
  { file: 'it-forwarded-deletion.eml', why: 'Italian forward marker', primary: 'deletion', labels: ['deletion'], language: 'it' },
  { file: 'pt-forwarded-access.eml', why: 'Portuguese forward marker', primary: 'disclosure', labels: ['disclosure'], language: 'pt' },
  { file: 'nl-forwarded-deletion.eml', why: 'Dutch forward marker', primary: 'deletion', labels: ['deletion'], language: 'nl' },
  { file: 'en-multipart-alternative.eml', why: 'multipart/alternative (text and HTML)', primary: 'deletion', labels: ['deletion'], language: 'en' },
  { file: 'fi-unsupported.eml', why: 'Finnish: not supported, so a person should look', primary: 'deletion', labels: ['deletion'], language: 'fi', maxConfidence: 0.45 },
];

describe('rule triage on hand-written fixtures', () => {
  it.each(TABLE)('$file: $why', async (expected) => {
    const verdict = await classify(expected.file);
    expect(verdict.primary).toBe(expected.primary);
    expect([...verdict.labels].sort()).toEqual([...expected.labels].sort());
    expect(verdict.labels[0]).toBe(verdict.primary);
    expect(verdict.language).toBe(expected.language);
    expect(verdict.agent).toBe(expected.agent ?? false);
    expect(verdict.automated !== null).toBe(expected.automated ?? false);
    expect(verdict.classifiedBy).toBe('rules');
    if (expected.minConfidence !== undefined) expect(verdict.confidence).toBeGreaterThanOrEqual(expected.minConfidence);
    if (expected.maxConfidence !== undefined) expect(verdict.confidence).toBeLessThanOrEqual(expected.maxConfidence);
    for (const phrase of expected.evidence ?? []) expect(verdict.evidence.map((item) => item.phrase)).toContain(phrase);
  });

  it('shows evidence exactly as it appears in the mail', async () => {
    for (const { file } of TABLE) {
      const raw = await readFile(path.join(FIXTURES, file), 'utf8');
      const mail = await parseMail(Buffer.from(raw), { maxBytes: 1_000_000 });
      const verdict = await classifier.classify(mail);
      const haystack = `${mail.subject}\n${mail.text}`.replace(/\s+/g, ' ');
      for (const item of verdict.evidence) {
        if (item.where === 'header') continue;
        expect(haystack, `${file}: ${item.phrase}`).toContain(item.phrase);
      }
    }
  });

  it('never answers a confident wrong label in an unsupported language', async () => {
    const verdict = await classify('fi-unsupported.eml');
    expect(verdict.confidence).toBeLessThan(0.5);
  });
});
