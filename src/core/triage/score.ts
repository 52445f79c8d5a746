import type { Evidence, Label } from '../../types.js';
import { ALL_RULES, ARTICLE_CITATION, GDPR_ARTICLE_LABELS, GDPR_NAME, REQUEST_BEFORE_ARTICLE } from './lexicon/index.js';
import { findMasks, isMasked, type Mask } from './masks.js';
import { negatedInClause } from './clause-negation.js';
import { namesDataToBeRemoved } from './object-phrases.js';
import { createPrefilter } from './prefilter.js';
import type { Rule, RuleKind } from './rule.js';

export interface Segment {
  text: string;
  where: Evidence['where'];
}

export interface Hit {
  label: Label;
  weight: number;
  kind: RuleKind;
  /** The matched text, whitespace collapsed, as the team will see it. */
  phrase: string;
  where: Evidence['where'];
}

export interface LabelScore {
  score: number;
  /** True when at least one hit is a first-person request, not just a topic. */
  requested: boolean;
  inSubject: boolean;
  hits: Hit[];
  /**
   * Hits that count only in a mail about personal data (a teenager's "ich bin 15", "still no
   * answer"), found where the rules saw no such context: a second reader that reads a privacy
   * request in the mail supplies it (combine.ts).
   */
  awaitingContext?: Hit[];
}

export type Scores = Record<Label, LabelScore>;

/** An article cited in a subject line states the request; in a body it may be one reference among many. */
const ARTICLE_WEIGHT = { subject: 2, body: 1, header: 0 } as const;
/** Repeating "Art. 17" ten times in a letter is still one request. */
const ARTICLE_CAP_PER_SEGMENT = 2;

function emptyScores(): Scores {
  const make = (): LabelScore => ({ score: 0, requested: false, inSubject: false, hits: [] });
  return { opt_out: make(), disclosure: make(), deletion: make(), correction: make(), complaint: make(), child_data: make(), other: make() };
}

function tidy(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').trim().slice(0, 160);
}

/**
 * "Please don't delete my account", "I am not asking you to erase my data", "no eliminen mi cuenta":
 * a negation right before a phrase turns the request around. Only the words immediately in front
 * count, so "I no longer use the app, please delete my account" is still a deletion request. "If I
 * delete my account, do I lose my invoices?" ("se eu apagar a conta, ...") asks about the request first.
 */
const NEGATED_BEFORE =
  /(?<![\p{L}])(?:(?:not|don't|dont|do not|never|no|nicht|kein|keine|keinen|ne|non|não|nao|niet|nie)\s+(?:(?:want|wish|need|ask|asking|request|requesting|like|mean|meaning|quiero|voglio|quero|wil|will|möchte)\s+)?(?:(?:you|u|your \p{L}+)\s+)?(?:to\s+)?|(?:if|when|whether|once|before|after) (?:i|we) (?:\p{L}+\s+)?|(?:se|caso|quando|antes de|depois de) (?:eu|nós) (?:\p{L}+\s+)?)$/iu;

function negated(text: string, start: number): boolean {
  return NEGATED_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * The labels a refusal anywhere in the clause turns down (clause-negation.ts): a deletion, and a copy
 * of one's data ("não quero … nem que me enviem os meus dados"; a copy "not yet received" is chased,
 * not refused). Opt-out, complaint and correction wording is often negative itself ("no more calls",
 * "you never answered", "my birth date is not right").
 */
const CLAUSE_NEGATED_LABELS: ReadonlySet<Label> = new Set(['deletion', 'disclosure']);

type RuleHit = Hit & { needsPrivacyContext: boolean; statesNewDetail?: boolean; rule?: number };

/** ~500 patterns over every message part: most cannot match, and one literal scan says which. */
const RULE_PREFILTER = createPrefilter(ALL_RULES.map((rule) => rule.pattern));

function ruleHits(segment: Segment, masks: readonly Mask[], alone: boolean): RuleHit[] {
  const hits: RuleHit[] = [];
  const possible = RULE_PREFILTER.possible(segment.text);
  for (let index = 0; index < ALL_RULES.length; index += 1) {
    if (!possible[index]) continue;
    const rule = ALL_RULES[index] as Rule;
    if (rule.alone && !alone) continue;
    // One hit per rule and segment: a phrase repeated through a letter is still one request.
    const match = firstHit(rule, segment.text, masks);
    if (match) hits.push({ label: rule.label, weight: rule.weight, kind: rule.kind, phrase: tidy(match[0]), where: segment.where, needsPrivacyContext: rule.needsPrivacyContext ?? false, statesNewDetail: rule.statesNewDetail ?? false, rule: index });
  }
  return hits;
}

/**
 * The rule's first match that is not masked, negated or a phrase naming data to be removed. Runs the
 * rule's own RegExp with `exec`, stepping past empty matches as `matchAll` does. `matchAll` builds a
 * new RegExp per call, which V8 takes from its compilation cache while the pattern is there; the
 * cache drops patterns unused over two full GCs, so a rule run once every few hundred messages was
 * compiled again almost every time it ran (2,000 bench files: 264 rules used, ~500 compiles, 0.6 of
 * 0.8 s of rule matching). The rule's own RegExp keeps its machine code.
 */
function firstHit(rule: Rule, text: string, masks: readonly Mask[]): RegExpExecArray | null {
  const pattern = rule.pattern;
  const unicode = pattern.unicode || pattern.flags.includes('v');
  pattern.lastIndex = 0;
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0] === '') pattern.lastIndex = advanceIndex(text, pattern.lastIndex, unicode);
      if (match[0].trim() === '') continue;
      if (isMasked(masks, rule.label, match.index, match.index + match[0].length)) continue;
      if (rule.label !== 'other' && negated(text, match.index)) continue;
      if (CLAUSE_NEGATED_LABELS.has(rule.label) && negatedInClause(text, match.index, match.index + match[0].length)) continue;
      if (rule.label === 'disclosure' && namesDataToBeRemoved(text, match.index, match.index + match[0].length)) continue;
      return match;
    }
    return null;
  } finally {
    pattern.lastIndex = 0;
  }
}

/** ECMA-262 AdvanceStringIndex: past a whole surrogate pair when the pattern reads code points. */
/**
 * Where the text names a request of `label` only to turn it down ("NÃO quero excluir a conta", "no la
 * borren", "Non voglio cancellare l'account"): each rule's words found, negated where they stand, as
 * [start, end) spans. The rules read no such request there; deletion-refused.ts keeps the model from
 * reading one either.
 */
export function refusedSpans(label: Label, text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const possible = RULE_PREFILTER.possible(text);
  const masks = findMasks(text);
  for (let index = 0; index < ALL_RULES.length; index += 1) {
    const rule = ALL_RULES[index] as Rule;
    if (!possible[index] || rule.label !== label || rule.alone) continue;
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`);
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (match[0].trim() === '' || isMasked(masks, label, match.index, end)) continue;
      if (negated(text, match.index) || (CLAUSE_NEGATED_LABELS.has(label) && negatedInClause(text, match.index, end))) spans.push([match.index, end]);
    }
  }
  return spans;
}

function advanceIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  if (lead < 0xd800 || lead > 0xdbff) return index + 1;
  const trail = text.charCodeAt(index + 1);
  return trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}

function articleHits(segment: Segment, masks: readonly Mask[]): Hit[] {
  const counts = new Map<Label, number>();
  const hits: Hit[] = [];
  for (const match of segment.text.matchAll(ARTICLE_CITATION)) {
    const article = Number(match[1] ?? match[2]);
    const label = GDPR_ARTICLE_LABELS.get(article);
    if (!label) continue;
    if (isMasked(masks, label, match.index, match.index + match[0].length)) continue;
    const seen = counts.get(label) ?? 0;
    if (seen >= ARTICLE_CAP_PER_SEGMENT) continue;
    counts.set(label, seen + 1);
    const phrase = tidy(segment.text.slice(match.index, match.index + match[0].length + 12).split(/[\n;]/)[0] ?? match[0]);
    const named = REQUEST_BEFORE_ARTICLE.exec(segment.text.slice(Math.max(0, match.index - 90), match.index));
    const weight = named ? Math.max(ARTICLE_WEIGHT[segment.where], 2) : ARTICLE_WEIGHT[segment.where];
    hits.push({ label, weight, kind: 'topic', phrase: named ? tidy(`${named[0]}${phrase}`) : phrase, where: segment.where });
  }
  return hits;
}

/**
 * Words that make a mail about personal data: a chase ("still no answer") in such a mail is a
 * privacy complaint; in a mail about a refund it is a support question.
 */
const PRIVACY_CONTEXT =
  /(?<![\p{L}])(?:personal (?:data|information)|my (?:data|info|information|records|details|diagnosis|file|notes|sessions?|session notes|health \p{L}+|medical \p{L}+)|data|Daten|datos|données|dati|dados|gegevens|ICO|CNIL|AEPD|ANPD|CNPD|Garante|APD|Autoriteit Persoonsgegevens|BfDI|supervisory authority|Aufsichtsbehörde|autoridad de control|autorité de contrôle|autorità di controllo|autoridade de (?:controlo|controle)|toezichthouder|diagnos\p{L}*|confidential\p{L}*|privacy|GDPR|DSGVO|RGPD|AVG|RODO|CCPA|CPRA|HIPAA|LGPD|PIPEDA|data protection|Datenschutz|personenbezogen\p{L}*|meine Daten|datos personales|mis datos|protección de datos|données personnelles|mes données|dati personali|miei dati|dados pessoais|meus dados|persoonsgegevens|mijn gegevens|osobní údaj\p{L}*|dane osobowe|personuppgifter)(?![\p{L}])/iu;

/** Runs every rule over every segment and adds the weights up per label. */
export function scoreSegments(segments: readonly Segment[]): Scores {
  const scores = emptyScores();
  const written = segments.filter((segment) => segment.text.trim() !== '');
  const citesGdpr = written.some((segment) => GDPR_NAME.test(segment.text));
  const bodyWritten = written.some((segment) => segment.where === 'body');
  const hits: RuleHit[] = [];
  for (const segment of written) {
    // A one-word message is the body alone, or the subject when there is no body.
    const alone = written.length === 1 || (segment.where === 'body' && written.filter((other) => other.where === 'body').length === 1) || (segment.where === 'subject' && !bodyWritten);
    const masks = findMasks(segment.text);
    hits.push(...ruleHits(segment, masks, alone), ...(citesGdpr ? articleHits(segment, masks) : []).map((hit) => ({ ...hit, needsPrivacyContext: false })));
  }
  const privacyContext =
    written.some((segment) => PRIVACY_CONTEXT.test(segment.text)) || hits.some((hit) => !hit.needsPrivacyContext && hit.label !== 'other' && hit.weight >= 2);
  // "My new address is ..., please delete my account": the new address is where to reach the person,
  // and there is no record left to correct (see `newDetail`).
  const deletionAsked = hits.some((hit) => hit.label === 'deletion' && hit.kind === 'request');
  // A topic word in both the subject and the body ("Newsletter" / "the newsletter") is one hint, not two.
  const countedTopics = new Set<number>();
  for (const hit of hits) {
    if (hit.needsPrivacyContext && !privacyContext) {
      (scores[hit.label].awaitingContext ??= []).push(hit);
      continue;
    }
    if (hit.statesNewDetail && deletionAsked) continue;
    if (hit.kind === 'topic' && hit.rule !== undefined) {
      if (countedTopics.has(hit.rule)) continue;
      countedTopics.add(hit.rule);
    }
    const entry = scores[hit.label];
    entry.score += hit.weight;
    entry.hits.push(hit);
    if (hit.kind === 'request') entry.requested = true;
    if (hit.where === 'subject') entry.inSubject = true;
  }
  return scores;
}
