import type { Label, RegimeEvidence } from '../../types.js';
import { isRegime, type Regime, type RequestType } from './policy.js';

/**
 * Mentions of a law, a US state or a country in the mail, each pointing at a regime. When several
 * regimes may apply, every one of them gets a clock and the earliest date wins (issue 5), so a
 * stray mention can only make us earlier: patterns err on the side of matching.
 */
const TEXT_PATTERNS: ReadonlyArray<[Regime, RegExp]> = [
  ['ccpa', /\b(?:CCPA|CPRA|California Consumer Privacy Act|California Privacy Rights Act|Cal(?:ifornia|\.)? Civ(?:il|\.)? Code|1798\.\d{3}|California)\b/i],
  ['gdpr', /(?<![\p{L}])(?<!UK[\s-])(?:GDPR|DSGVO|RGPD|RGDP|AVG|RODO|2016\/679|General Data Protection Regulation|Datenschutz-Grundverordnung|Reglamento General de Protección de Datos|Règlement général sur la protection des données|Regolamento generale sulla protezione dei dati|European Union|Germany|Deutschland|France|Spain|España|Italy|Italia|Netherlands|Nederland|Ireland|Belgium|Austria|Österreich|Portugal|Poland|Polska|Sweden|Denmark|Finland|Greece|Czech|Hungary|Romania|Bulgaria|Croatia|Slovakia|Slovenia|Lithuania|Latvia|Estonia|Luxembourg|Malta|Cyprus|Norway|Iceland|Liechtenstein)(?![\p{L}])/iu],
  ['uk_gdpr', /\b(?:UK GDPR|Data Protection Act 2018|Data \(Use and Access\) Act|DUAA|ICO|Information Commissioner|United Kingdom|England|Scotland|Wales|Northern Ireland|Great Britain)\b/i],
  ['virginia', /\b(?:VCDPA|Virginia Consumer Data Protection Act|59\.1-57\d|Virginia)\b/i],
  ['colorado', /\b(?:Colorado Privacy Act|6-1-13\d\d|Colorado)\b/i],
  ['connecticut', /\b(?:CTDPA|Connecticut Data Privacy Act|42-51\d|Connecticut)\b/i],
  ['texas', /\b(?:TDPSA|Texas Data Privacy and Security Act|541\.05\d|Texas)\b/i],
  ['oregon', /\b(?:OCPA|Oregon Consumer Privacy Act|646A\.57\d|Oregon)\b/i],
  ['utah', /\b(?:UCPA|Utah Consumer Privacy Act|13-61-\d{3}|Utah)\b/i],
  ['florida', /\b(?:FDBR|Florida Digital Bill of Rights|501\.70\d|Florida)\b/i],
  ['hipaa', /\b(?:HIPAA|PHI|protected health information|164\.52\d|(?:medical|health|clinical|therapy|treatment|patient|session) (?:records?|notes|file|chart))\b/i],
  ['us_marketing', /\b(?:unsubscribe|newsletters?|marketing (?:e-?mails?|messages|communications)|mailing list|promotional e-?mails?|CAN-SPAM)\b/i],
];

/** Country-code domains of the requester's address: EU/EEA -> GDPR, .uk -> UK GDPR. */
const EEA_TLDS = new Set(['at', 'be', 'bg', 'hr', 'cy', 'cz', 'dk', 'ee', 'fi', 'fr', 'de', 'gr', 'hu', 'ie', 'it', 'lv', 'lt', 'lu', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'si', 'es', 'se', 'is', 'li', 'no', 'eu']);

const US_REGIMES: ReadonlySet<Regime> = new Set(['ccpa', 'virginia', 'colorado', 'connecticut', 'texas', 'oregon', 'utah', 'florida', 'hipaa']);

export interface RegimeInput {
  /** Subject and body text of the request (only what the sender wrote is best). */
  text: string;
  requesterAddress: string;
  labels: readonly Label[];
  /** DEFAULT_REGIME: the regimes that apply to every request of this company. */
  defaults: readonly Regime[];
}

export interface RegimeVerdict {
  regimes: Regime[];
  evidence: RegimeEvidence[];
  requestTypes: RequestType[];
}

/**
 * Which regimes apply to a request: the configured defaults plus every regime the mail points at.
 * An opt-out from a US requester is also a marketing unsubscribe (CAN-SPAM 10 business days): an
 * earlier clock that costs nothing when the request was really about sale/sharing.
 */
export function detectRegimes(input: RegimeInput): RegimeVerdict {
  const evidence: RegimeEvidence[] = input.defaults.map((regime) => ({ regime, source: 'default', phrase: 'DEFAULT_REGIME' }));
  for (const [regime, pattern] of TEXT_PATTERNS) {
    const match = pattern.exec(input.text);
    if (match) evidence.push({ regime, source: 'text', phrase: match[0] });
  }
  const tld = input.requesterAddress.toLowerCase().split('.').pop() ?? '';
  if (EEA_TLDS.has(tld)) evidence.push({ regime: 'gdpr', source: 'address', phrase: `.${tld}` });
  if (tld === 'uk') evidence.push({ regime: 'uk_gdpr', source: 'address', phrase: '.uk' });

  const regimes = new Set<Regime>();
  for (const item of evidence) if (isRegime(item.regime)) regimes.add(item.regime);
  if (input.labels.includes('opt_out') && [...regimes].some((regime) => US_REGIMES.has(regime)) && !regimes.has('us_marketing')) {
    regimes.add('us_marketing');
    evidence.push({ regime: 'us_marketing', source: 'request', phrase: 'opt-out by email from a US requester' });
  }
  return { regimes: [...regimes], evidence, requestTypes: requestTypesFor(input.labels, regimes) };
}

/** Request types of a case's labels; HIPAA and marketing types join only where their regime applies. */
export function requestTypesFor(labels: readonly Label[], regimes: ReadonlySet<Regime>): RequestType[] {
  const types = new Set<RequestType>();
  for (const label of labels) {
    if (label === 'disclosure') {
      types.add('know');
      if (regimes.has('hipaa')) types.add('access_phi');
    } else if (label === 'deletion') types.add('delete');
    else if (label === 'correction') types.add('correct');
    else if (label === 'opt_out') {
      types.add('opt_out');
      if (regimes.has('us_marketing')) types.add('unsubscribe');
    } else types.add('general');
  }
  if (types.size === 0) types.add('general');
  return [...types];
}

/** Parses DEFAULT_REGIME ('ccpa', 'ccpa,hipaa'); unknown names are returned for the config error. */
export function parseRegimeList(value: string): { regimes: Regime[]; unknown: string[] } {
  const names = value.split(',').map((part) => part.trim().toLowerCase().replace(/[\s-]+/g, '_')).filter(Boolean);
  const aliases: Record<string, Regime> = { cpra: 'ccpa', california: 'ccpa', uk: 'uk_gdpr', eu: 'gdpr', can_spam: 'us_marketing', marketing: 'us_marketing' };
  const regimes: Regime[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const regime = aliases[name] ?? name;
    if (isRegime(regime)) {
      if (!regimes.includes(regime)) regimes.push(regime);
    } else unknown.push(name);
  }
  return { regimes, unknown };
}
