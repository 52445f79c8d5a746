import { describe, expect, it } from 'vitest';
import { describeVerdict } from '../../src/app/classify-file.js';
import type { Verdict } from '../../src/types.js';

const base: Verdict = { primary: 'other', labels: ['other'], language: 'de', confidence: 0.45, automated: null, agent: false, evidence: [], classifiedBy: 'rules' };

describe('classify output', () => {
  it('says where a person decides: disputed, overruled request words, unsure machine mail', () => {
    const overruled: Verdict = { ...base, disputed: true, overruled: ['disclosure', 'deletion'] };
    expect(JSON.parse(describeVerdict('a.eml', overruled, true))).toMatchObject({ disputed: true, overruled: ['disclosure', 'deletion'], automated: false, automatedUnsure: false });
    expect(describeVerdict('a.eml', overruled, false)).toBe('a.eml: other (primary other, de, confidence 0.45) disputed: a person decides; perhaps: disclosure deletion\n');

    const unsure: Verdict = { ...base, primary: 'deletion', labels: ['deletion'], automated: { kind: 'auto_reply', reason: 'automated wording around request words (learned model); passed to the team', unsure: true } };
    expect(JSON.parse(describeVerdict('b.eml', unsure, true))).toMatchObject({ automated: true, automatedUnsure: true, disputed: false, overruled: [] });
    expect(describeVerdict('b.eml', unsure, false)).toContain('automated (unsure: passed to the team): automated wording');
  });

  it('prints a plain verdict as before', () => {
    const plain: Verdict = { ...base, primary: 'deletion', labels: ['deletion'], language: 'en', confidence: 0.9 };
    expect(describeVerdict('c.eml', plain, false)).toBe('c.eml: deletion (primary deletion, en, confidence 0.90)\n');
    expect(JSON.parse(describeVerdict('c.eml', plain, true))).toMatchObject({ disputed: false, overruled: [], automatedUnsure: false });
  });
});
