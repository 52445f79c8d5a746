import type { Classifier, Evidence, InboundMail, Label, Verdict } from '../types.js';
import { detectAutomated } from './automated.js';

const KEYWORDS: Array<[Label, RegExp]> = [
  ['child_data', /\b(my (?:son|daughter|child|kid)|under 13|coppa)\b/i],
  ['deletion', /\b(delete|erase|erasure|remove my|right to be forgotten)\b/i],
  ['disclosure', /\b(access|copy of (?:my|the) (?:data|information|records)|right to know|what (?:personal )?(?:data|information) you (?:hold|have))\b/i],
  ['correction', /\b(correct|rectif|inaccurate|update my)\w*/i],
  ['opt_out', /\b(opt[ -]?out|do not sell|don't sell|stop selling|unsubscribe|stop sharing)\b/i],
  ['complaint', /\b(complain|complaint|breach|regulator)\w*/i],
];

/** Minimal English keyword classifier: the fallback behind the Classifier interface. */
export function createKeywordClassifier(options: { ownAddresses: string[] }): Classifier {
  return {
    async classify(mail: InboundMail): Promise<Verdict> {
      const haystack = `${mail.subject}\n${mail.newText}`;
      const evidence: Evidence[] = [];
      const labels: Label[] = [];
      for (const [label, pattern] of KEYWORDS) {
        const match = pattern.exec(haystack);
        if (match) {
          labels.push(label);
          evidence.push({ label, phrase: match[0], where: mail.subject.includes(match[0]) ? 'subject' : 'body' });
        }
      }
      const automated = detectAutomated(mail, options.ownAddresses);
      const finalLabels: Label[] = automated || labels.length === 0 ? ['other'] : labels;
      return { primary: finalLabels[0] ?? 'other', labels: finalLabels, language: 'und', confidence: labels.length ? 0.5 : 0.2, automated, agent: false, evidence, classifiedBy: 'rules' };
    },
  };
}
