import type { CaseRecord, Label } from '../../types.js';
import { CONSENT_WITHDRAWN, RESTRICTION_ASKED } from '../case-machine.js';
import { describeRequests, type RequestWording, type TemplateLanguage } from '../request-words.js';

/**
 * What a case asks for, in the requester's words. A report about a child is described as that, not
 * as the reporter's own deletion or access request: the reporter never reads "your personal
 * information" about data that is their child's.
 */
export function describeCaseRequests(labels: readonly Label[], language: TemplateLanguage, wording: RequestWording = {}): string[] {
  const asked = labels.filter((label) => label !== 'other');
  if (!asked.includes('child_data')) return describeRequests(asked, language, wording);
  return describeRequests(asked.filter((label) => label === 'child_data' || label === 'complaint' || label === 'opt_out'), language, wording);
}

/** How this case's requests are worded: an opt-out that took back consent, or asked for a restriction, says so. */
export function caseWording(record: Pick<CaseRecord, 'flags'>): RequestWording {
  if (record.flags.includes(CONSENT_WITHDRAWN)) return { consentWithdrawn: true };
  return record.flags.includes(RESTRICTION_ASKED) ? { restriction: true } : {};
}

// Openings and closings in the seven languages we write: when the team greets or signs off in its
// own words, ours would make a doubled "Dear Maria, Hi Maria,".
const GREETING = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hola|estimad[oa]s?|buen[oa]s (?:d[ií]as|tardes|noches)|hallo|guten (?:tag|morgen|abend)|liebe[rs]?|sehr geehrte[rs]?|moin|servus|bonjour|bonsoir|salut|cher|ch[eè]re|madame|monsieur|ol[aá]|oi|prezad[oa]s?|car[oa]|gentile|buongiorno|buonasera|salve|ciao|beste|geachte|goedemorgen|goedemiddag|goedenavond|hoi|dag)\b/iu;
const SIGN_OFF = /^\s*(?:thanks|thank you|best|best wishes|kind regards|regards|sincerely|cheers|warmly|saludos|un saludo|atentamente|cordialmente|gracias|mit freundlichen gr[üu](?:ß|ss)en|viele gr[üu](?:ß|ss)e|beste gr[üu](?:ß|ss)e|freundliche gr[üu](?:ß|ss)e|danke|cordialement|bien (?:à vous|cordialement)|merci|sinceramente|atenciosamente|obrigad[oa]|cumprimentos|cordiali saluti|distinti saluti|grazie|saluti|met vriendelijke groet(?:en)?|groeten|vriendelijke groet(?:en)?|bedankt)\b/iu;

/** Whether the team's own message already greets the requester and signs off. */
export function ownWords(message: string): { ownGreeting: boolean; ownSignoff: boolean } {
  const lines = message.split('\n').map((line) => line.trim()).filter(Boolean);
  const first = lines[0] ?? '';
  return {
    ownGreeting: GREETING.test(first) && first.length <= 60,
    ownSignoff: lines.slice(-3).some((line) => SIGN_OFF.test(line) && line.length <= 60),
  };
}
