import { words } from './rule.js';

/**
 * Phrases an authorized agent (CCPA § 7063 "authorized agent", GDPR Art. 80 representative, a lawyer,
 * a parent or guardian, a data-removal service) uses when writing for someone else.
 * Read in the whole text, signature included: agents often say who they are only there.
 */
const AGENT_PATTERNS: readonly RegExp[] = [
  words('authori[sz]ed (?:agent|representative)|acting (?:as|on) (?:an |the )?(?:agent|behalf)|power of attorney|(?:legal|lawful) (?:guardian|representative)'),
  words("on behalf of (?:my|our|the) (?:client|clients|customer|member|members|principal|consumer|data subject|individual|requester|mother|father|mom|dad|son|daughter|child|wife|husband|partner|brother|sister|late|deceased|patient)"),
  // A named person: capitals matter here, so this one is case-sensitive.
  /(?<![\p{L}])on behalf of (?:\p{Lu}[\p{L}'-]+\s+){1,3}(?:who|a California resident|the consumer|\()/gu,
  words("(?:we|i) (?:represent|act for|are acting for|am acting for) (?:the )?(?:consumer|data subject|client|individual|mr|mrs|ms|miss|dr)|on (?:his|her|their|my client's|our client's) behalf"),
  words('(?:executor|executrix|administrator|personal representative) of (?:his|her|their|the) estate|next of kin|(?:his|her|their) (?:legal )?guardian'),
  words('(?:law firm|our firm|this firm|our office) (?:represents|acts for|is acting for)|HIPAA authori[sz]ation|my client|our client|letter of authori[sz]ation|signed (?:authori[sz]ation|permission)'),
  words('(?:writing|request(?:ing)?|submitting (?:this|a) request|asking) (?:this )?(?:request )?for my (?:elderly |late |deceased |disabled )?(?:mother|father|mom|mum|dad|husband|wife|partner|parent|parents|grandmother|grandfather|client)'),
  words('im (?:Auftrag|Namen) (?:meines|meiner|von|unseres|unserer)|Vollmacht|bevollmächtigt|mein(?:e|es)? Mandant\\p{L}*|unser(?:e|es)? Mandant\\p{L}*'),
  words('en (?:nombre|representación) de (?:mi|nuestro|nuestra|su|don|doña)|apoderad[oa]|poder notarial|mi cliente|nuestro cliente'),
  words("au nom de (?:mon|ma|notre|M\\.|Mme)|mandataire|procuration|mon client|ma cliente|notre client"),
  words('per conto (?:di|del|della) (?:mio|mia|nostro|nostra|sig)|mio cliente|nostro cliente'),
  words('em nome (?:de|do|da) (?:meu|minha|nosso|nossa|sr|sra)|procuração|meu cliente|nosso cliente'),
  words('namens (?:mijn|onze|de heer|mevrouw)|gemachtigde|volmacht|mijn cliënt|onze cliënt'),
];

/** Data-removal services that file requests for their customers. */
const AGENT_SERVICES = words('DeleteMe|Incogni|Optery|Kanary|Privacy Bee|Permission Slip|Mine \\(saymine\\)|OneRep|Removaly');

export interface AgentMatch {
  phrase: string;
}

/** The first phrase that shows the mail is written by an agent, or null. */
export function detectAgent(fullText: string): AgentMatch | null {
  for (const pattern of [...AGENT_PATTERNS, AGENT_SERVICES]) {
    pattern.lastIndex = 0;
    const match = pattern.exec(fullText);
    if (match) return { phrase: match[0].replace(/\s+/g, ' ') };
  }
  return null;
}
