import { detectAutomatedByHeaders, detectAutomatedSubject, isNoReplySenderVerdict, isServerBounceSubject, WEB_FORM_REASON } from '../automated.js';
import { PRIVACY_LABELS, type AutomatedVerdict, type Classifier, type Evidence, type InboundMail, type Label, type Verdict } from '../../types.js';
import { detectAgent } from './agent.js';
import { bodyAsksSomething, detectAutomatedContent } from './automated-content.js';
import { noToContinuing } from './no-answer.js';
import { channelChosenInLetter, channelsChosenInline, choicesInline, choiceToQuestion, offeredOrErased } from './choice-answer.js';
import { answeredQuestions, offersAcceptedInline, refusalsInline } from './inline-yes.js';
import { proofForRequest } from './proof-of-identity.js';
import { copyAskedAgain } from './copy-resend.js';
import { quotedSentences, YES_ANSWER_CONFIDENCE, yesToQuestion } from './yes-answer.js';
import { FIRST_PERSON_SINGULAR } from './masks.js';
import { decide } from './decide.js';
import { detectLanguage, SUPPORTED_LANGUAGES, supportedFunctionWordShare } from './language.js';
import { blankWithdrawals, overruledSubjectLabels, withdraws, withoutRequest } from './new-text.js';
import { selectMessageText, type MessageText } from './message-text.js';
import { scoreSegments, type Segment } from './score.js';
import type { ModelInput } from './model/features.js';
import { modelInputOf } from './model/input.js';

export { detectLanguage, SUPPORTED_LANGUAGES } from './language.js';
export { selectMessageText, type MessageText } from './message-text.js';
export { detectAutomatedContent, type ContentAutomatedVerdict } from './automated-content.js';
export { blankWithdrawals, overruledSubjectLabels, withoutRequest, type NoRequest } from './new-text.js';
export { mergeModelAnswer, type ModelAnswer } from './merge.js';

/** Above this, a verdict in a language without full rules would claim more than the rules know. */
const UNSUPPORTED_LANGUAGE_CAP = 0.45;
/** A verdict read from a subject line alone (empty body) is a good guess, not a certainty. */
const SUBJECT_ONLY_CAP = 0.7;
const SHAKY_LANGUAGE_CAP = 0.6;
/** Below this share of our function words, undetermined text is another language (see readLanguage). */
const FOREIGN_FUNCTION_WORD_SHARE = 0.05;
const MAX_SEGMENT_CHARS = 40_000;
/**
 * How sure "no request" is: thanks and withdrawals are plain; an instruction to the bot or a demand
 * for everyone's data goes to a person (below 0.5), who decides what it really is.
 */
const NO_REQUEST_CONFIDENCE: Record<string, number> = {
  'thanks only': 0.85,
  withdrawal: 0.8,
  'instruction to the bot': 0.45,
  "demand for other people's data": 0.45,
  'whole-database export': 0.45,
  'before a child signs up': 0.7,
};

export interface RuleClassifierOptions {
  /** The bot's own addresses: mail from them is never triaged as a request. */
  ownAddresses: string[];
  /** Read an out-of-office subject with no header or text behind it as a person's (a second reader decides). */
  subjectNotAutomated?: boolean;
  /** Read the text as a person's even where its wording reads as an automatic reply (a second reader decides). */
  contentNotAutomated?: boolean;
  /** Read mail from a no-reply address as a person's when nothing else says "machine" (a second reader decides). */
  noReplySenderNotAutomated?: boolean;
  /** Read a web form relayed from a no-reply address as the person's who typed it (what they ask; it is still never answered). */
  webFormNotAutomated?: boolean;
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}

export interface LanguageReading {
  language: string;
  /** A language the rules have no lexicon for (the learned model has not read it either). */
  unsupportedLanguage: boolean;
  /** The most any reading of this mail may claim: language and subject-only caps. */
  confidenceCap: number;
}

/** The language of what the sender wrote, and how far a verdict on it may be trusted. */
export function readLanguage(text: MessageText): LanguageReading {
  const writtenText = [text.body, text.forwarded].filter(Boolean).join('\n\n');
  // The subject helps a two-line body; the forwarded request counts as the sender's words.
  const guess = detectLanguage((writtenText ? `${text.subject}\n${writtenText}` : text.subject).slice(0, MAX_SEGMENT_CHARS));
  const supported = (SUPPORTED_LANGUAGES as readonly string[]).includes(guess.language);
  // 'und' on a real paragraph with none of our languages' function words means a language we have no
  // profile for: unsupported. Terse mail in ours ("moved!! new addy is…", "bitte acc löschen thx")
  // is 'und' too, yet the model reads it well: 183 corpus messages, every one in our languages.
  const wordCount = (writtenText.match(/\p{L}+/gu) ?? []).length;
  const foreignParagraph = guess.language === 'und' && wordCount >= 6 && supportedFunctionWordShare(writtenText) < FOREIGN_FUNCTION_WORD_SHARE;
  const unsupportedLanguage = (guess.language !== 'und' && !supported) || foreignParagraph;
  let confidenceCap = 1;
  if (unsupportedLanguage) confidenceCap = UNSUPPORTED_LANGUAGE_CAP;
  else if (guess.certainty < 0.3 && (writtenText || text.subject).length > 0) confidenceCap = SHAKY_LANGUAGE_CAP;
  if (!writtenText) confidenceCap = Math.min(confidenceCap, text.subject ? SUBJECT_ONLY_CAP : 0.2);
  return { language: guess.language, unsupportedLanguage, confidenceCap };
}

/**
 * "Sim", "Nein.", "ok" under the team's question: too short to tell, so the answer is in the language
 * of the thread it answers (the team wrote to the person in theirs), and a reply goes out in it.
 */
function languageOfAnswer(reading: LanguageReading, mail: InboundMail, text: MessageText): LanguageReading {
  if (text.isReply !== true || reading.unsupportedLanguage) return reading;
  // "Yes / No / No" typed under three questions guesses Portuguese from its "no"s.
  const words = (text.body.match(/\p{L}+/gu) ?? []).length;
  if (reading.language !== 'und' && words > MAX_ANSWER_WORDS) return reading;
  const quoted = quotedSentences(mail).join(' ').slice(0, MAX_SEGMENT_CHARS);
  const thread = detectLanguage(quoted);
  const threadIsClear = (SUPPORTED_LANGUAGES as readonly string[]).includes(thread.language) && (reading.language === 'und' || thread.certainty >= CLEAR_THREAD_CERTAINTY);
  return threadIsClear ? { ...reading, language: thread.language } : reading;
}
/** A bare answer: "Yes", "Ja, gerne", "No / No / Yes" under questions. */
const MAX_ANSWER_WORDS = 6;
const CLEAR_THREAD_CERTAINTY = 0.6;

/** The rules' verdict with what a second reader (the learned model) must respect. */
export interface RuleReading {
  verdict: Verdict;
  /** What was read: the model reads the same. */
  text: MessageText;
  /** Machine mail, thanks, a withdrawal, an instruction to the bot: the rules know there is no request. */
  settled: boolean;
  language: LanguageReading;
  /** Only an out-of-office subject said "machine", and the rules read no request under it: the model may still read one. */
  automatedBySubjectOnly?: boolean;
  /** The text's wording (not a header, not the subject) said "machine": an out-of-office, a ticket, a closing line. */
  automatedByContent?: boolean;
  /**
   * Hits the rules found in mail they could not tie to personal data (score.ts `awaitingContext`): a
   * child's stated age among them counts when the model reads a privacy request there (combine.ts
   * `CONTEXT_LABELS`; a chase does not).
   */
  awaitingContext?: Evidence[];
  /** A bare yes answered this question (in the person's words): the model reads what it offered too. */
  yesTo?: string;
  /** How the person answered the question `yesTo` holds, when not with a yes. */
  answerWord?: 'no' | 'chose';
  /** The team's offers the person said yes to inline, one by one, in the person's words (inline-yes.ts). */
  offersAccepted?: string[];
}

/**
 * What the model reads of a reading: the text, and the offers accepted inline in the person's words,
 * for "Sí, por email." under "> ¿Desea recibir una copia de los datos …?" says nothing by itself.
 */
export function modelInputOfReading(reading: RuleReading): ModelInput {
  const offers = reading.offersAccepted ?? [];
  return modelInputOf(offers.length > 0 ? { ...reading.text, body: `${reading.text.body}\n\n${offers.join('\n')}` } : reading.text);
}

/**
 * Reads one message as a privacy lawyer would, offline: header-based automation check, then
 * rules over the subject, the new text and any forwarded request, then language and confidence.
 */
export function triageMail(mail: InboundMail, options: RuleClassifierOptions): Verdict {
  return readMail(mail, options).verdict;
}

/**
 * Whether an out-of-office or bounce subject, with no header or text to back it, makes the mail a
 * machine's. It loses to a body that asks for something, except a bounce subject as servers write it
 * ("Undeliverable: …"), since a bounce quotes the request it could not deliver, or over request words
 * that speak of nobody. Under a subject of a person's own ("Onbestelbaar?? nogmaals mijn verzoek") a
 * request in the first person is a person's (round 52).
 */
function subjectOutweighsBody(subjectVerdict: AutomatedVerdict, subject: string, body: string): boolean {
  if (!bodyAsksSomething(body)) return true;
  return subjectVerdict.kind === 'bounce' && (isServerBounceSubject(subject) || !FIRST_PERSON_SINGULAR.test(body));
}

/** `triageMail`, with the text it read and the caps it applied. */
export function readMail(mail: InboundMail, options: RuleClassifierOptions): RuleReading {
  const text = selectMessageText(mail);
  // Headers first (RFC 3834/3464 are explicit); the text only when they say nothing.
  const byHeaders = detectAutomatedByHeaders(mail, options.ownAddresses);
  const asPerson = (options.noReplySenderNotAutomated && isNoReplySenderVerdict(byHeaders)) || (options.webFormNotAutomated && byHeaders?.reason === WEB_FORM_REASON);
  const headerVerdict = asPerson ? null : byHeaders;
  const contentVerdict = headerVerdict || options.contentNotAutomated ? null : detectAutomatedContent(text);
  // An out-of-office subject alone stands only when the new text asks for nothing (it loses to the body).
  const subjectVerdict = headerVerdict || contentVerdict || options.subjectNotAutomated ? null : detectAutomatedSubject(mail);
  const subjectStands = subjectVerdict !== null && subjectOutweighsBody(subjectVerdict, mail.subject, text.body);
  const automated = headerVerdict ?? (contentVerdict ? { kind: contentVerdict.kind, reason: contentVerdict.reason, ...(contentVerdict.unsure ? { unsure: true } : {}), ...(contentVerdict.relayed ? { relayed: true } : {}) } : subjectStands ? subjectVerdict : null);
  const agent = detectAgent(mail.text ? `${mail.subject}\n${mail.text}` : mail.subject);
  const reading = languageOfAnswer(readLanguage(text), mail, text);

  const agentEvidence: Evidence[] = agent ? [{ label: 'agent', phrase: agent.phrase, where: 'body' }] : [];
  if (automated) {
    const verdict: Verdict = {
      primary: 'other',
      labels: ['other'],
      language: reading.language,
      confidence: 0.99,
      automated,
      agent: false,
      evidence: contentVerdict
        ? [{ label: 'automated', phrase: `${contentVerdict.reason}: ${contentVerdict.phrase}`, where: 'body' }]
        : [{ label: 'automated', phrase: automated.reason, where: 'header' }],
      classifiedBy: 'rules',
    };
    const bySubjectOnly = !headerVerdict && !contentVerdict && automated.kind === 'auto_reply';
    return { verdict, text, settled: true, language: reading, ...(bySubjectOnly ? { automatedBySubjectOnly: true } : {}), ...(contentVerdict ? { automatedByContent: true } : {}) };
  }

  // "Ja, bitte." under the team's "Sollen wir Sie aus beiden Verteilern austragen?": the yes asks what was offered.
  const yes = yesToQuestion(mail, text);
  // "Nein." under "Möchten Sie weiterhin unseren Newsletter erhalten?": the no asks us to stop; under
  // "Do you also want a copy of your invoices?" it asks for nothing, as a yes to going on does.
  const no = yes ? null : noToContinuing(mail, text);
  // "Les deux." under "votre opposition concerne-t-elle les e-mails, les SMS, ou les deux ?": the choice keeps the request.
  // "Graag per e-mail" under "per post of per e-mail?" opens with a yes word, but it is the way chosen that says what it keeps.
  const yesRead = yes !== null && (yes.keeps === true || yes.labels.length > 0);
  const choice = yesRead || no ? null : choiceToQuestion(mail, text);
  const chosen = choice !== null && choice.labels.length > 0;
  // A yes whose offer the rules do not read is read as usual; the model may still read the offer.
  const yesTo = yes && !yes.keeps && !chosen ? { yesTo: yes.asTheirs } : no && no.asTheirs !== '' ? { yesTo: no.asTheirs, answerWord: 'no' as const } : choice ? { yesTo: choice.asTheirs, answerWord: 'chose' as const } : {};
  // "Passport attached." under "before we can delete your account we need to confirm it's you": the proof moves the request on.
  const proof = no || yesRead || chosen ? null : proofForRequest(mail, text);
  const answer = no ? { ...no, word: 'no' } : yes && yesRead ? { ...yes, word: 'yes' } : choice && chosen ? { ...choice, word: 'chose' } : proof ? { ...proof, word: 'proof of identity' } : null;
  if (answer) {
    const labels: Label[] = answer.labels.length > 0 ? answer.labels : ['other'];
    const verdict: Verdict = {
      primary: labels[0] ?? 'other',
      labels,
      language: reading.language,
      confidence: YES_ANSWER_CONFIDENCE,
      automated: null,
      agent: agent !== null,
      evidence: [{ label: labels[0] ?? 'other', phrase: `${answer.word} to: ${answer.question}`, where: 'body' }, ...agentEvidence],
      classifiedBy: 'rules',
    };
    return { verdict, text, settled: true, language: reading, ...yesTo };
  }

  // "ANTWORTEN IN GROSSBUCHSTABEN" above answers typed into our questions is no thanks-only reply: the answers are below.
  const withoutRequestRead = withoutRequest(text);
  const noRequest = withoutRequestRead?.reason === 'thanks only' && answeredQuestions(mail).length > 0 ? null : withoutRequestRead;
  if (noRequest) {
    const verdict: Verdict = {
      primary: 'other',
      labels: ['other'],
      language: reading.language,
      confidence: NO_REQUEST_CONFIDENCE[noRequest.reason] ?? 0.8,
      automated: null,
      agent: agent !== null,
      evidence: [{ label: 'other', phrase: `${noRequest.reason}: ${noRequest.phrase}`, where: 'body' }, ...agentEvidence],
      classifiedBy: 'rules',
    };
    return { verdict, text, settled: true, language: reading, ...yesTo };
  }

  // A request the new text takes back ("cancel my deletion request, just send me a copy") does not
  // count, and neither does the subject it was made under.
  const withdrawn = withdraws(text.body);
  const body = withdrawn ? blankWithdrawals(text.body) : text.body;
  const accepted = text.isReply === true && !withdrawn ? offersAcceptedInline(mail) : [];
  // People state their request near the top; capping keeps a 5 MB newsletter from costing seconds.
  const segments: Segment[] = [
    { text: withdrawn ? '' : text.subject.slice(0, MAX_SEGMENT_CHARS), where: 'subject' },
    { text: body.slice(0, MAX_SEGMENT_CHARS), where: 'body' },
    { text: text.forwardedSubject.slice(0, MAX_SEGMENT_CHARS), where: 'subject' },
    { text: text.forwarded.slice(0, MAX_SEGMENT_CHARS), where: 'body' },
    // "Sim." typed under the team's "> 1. Pretende que eliminemos a sua ficha?": each offer accepted inline, in the person's words.
    ...accepted.map((offer) => ({ text: offer, where: 'body' as const })),
  ];
  const scores = scoreSegments(segments);
  for (const label of overruledSubjectLabels(scores, body)) scores[label] = { score: 0, requested: false, inSubject: false, hits: [] };
  // "NEIN." typed under "> Möchten Sie weiterhin unseren Newsletter erhalten?": that no asks us to stop.
  for (const { label, question } of text.isReply === true && !withdrawn ? refusalsInline(mail) : []) askedByAnswer(scores, label, `no to: ${question}`, 'last');
  // "Sí, por email." under "> 3. ¿Desea recibir una copia de los datos …?": a yes to what the offer
  // names asks for it, as a bare yes to it would (yes-answer.ts); the model never sees the question.
  for (const offer of accepted) for (const label of offeredOrErased(offer)) askedByAnswer(scores, label, `yes to: ${offer.slice(0, 160)}`, 'last');
  // "No me ha llegado ningún archivo adjunto, ¿me lo pueden reenviar?" under the copy we sent: the access request goes on.
  const askedAgain = answer || withdrawn ? null : copyAskedAgain(mail, text);
  if (askedAgain !== null) askedByAnswer(scores, 'disclosure', `asks again for: ${askedAgain}`, 'first');
  // "Email is fine. While I'm writing, please correct my surname": the way chosen keeps the request it was asked for.
  const channel = answer || withdrawn ? null : channelChosenInLetter(mail, text);
  // "POST PLEASE" typed under "> Shall we send the copy by post or by email?": the same, answered inline.
  // "Les deux." typed under "> … uniquement, ou également …?": both options kept.
  const inline = text.isReply === true && !answer && !withdrawn ? [...channelsChosenInline(mail), ...choicesInline(mail)] : [];
  const channels = [...(channel ? [channel] : []), ...inline];
  for (const chose of channels) for (const label of chose.labels) askedByAnswer(scores, label, `chose to: ${chose.question}`, 'first');
  // A reply's subject is the thread's, often our own ("Re: Your request for rectification"): it names
  // the topic, not a request made now. Only the new text can make an explicit one.
  if (text.isReply === true) for (const label of PRIVACY_LABELS) if (scores[label].requested && scores[label].hits.every((hit) => hit.where === 'subject')) scores[label] = { ...scores[label], requested: false };
  const decision = decide(scores);

  const verdict: Verdict = {
    primary: decision.primary,
    labels: decision.labels,
    language: reading.language,
    confidence: round(Math.min(decision.confidence, reading.confidenceCap)),
    automated: null,
    agent: agent !== null,
    evidence: [...decision.evidence, ...agentEvidence],
    classifiedBy: 'rules',
  };
  const awaitingContext = PRIVACY_LABELS.flatMap((label) => (scores[label].awaitingContext ?? []).map(({ label: hitLabel, phrase, where }) => ({ label: hitLabel, phrase, where })));
  // The model never sees the quoted mail that handed the copy over; the rules' reading of it stands.
  if (askedAgain !== null) return { verdict, text, settled: true, language: reading };
  return { verdict, text, settled: false, language: reading, ...(awaitingContext.length > 0 ? { awaitingContext } : {}), ...(accepted.length > 0 ? { offersAccepted: accepted } : {}), ...yesTo };
}

/**
 * An answer to the team's question asks for `label` as explicitly as a request in the person's own
 * words does. A way chosen leads the evidence (`first`): it is what the reply says.
 */
function askedByAnswer(scores: ReturnType<typeof scoreSegments>, label: Label, phrase: string, place: 'first' | 'last'): void {
  const hit = { label, weight: 2, kind: 'request' as const, phrase, where: 'body' as const };
  const hits = place === 'first' ? [hit, ...scores[label].hits] : [...scores[label].hits, hit];
  scores[label] = { ...scores[label], score: Math.max(scores[label].score, 2), requested: true, hits };
}

/** The offline classifier: no network, no model, same answer for the same mail. */
export function createRuleClassifier(options: RuleClassifierOptions): Classifier {
  const ownAddresses = options.ownAddresses.map((address) => address.trim().toLowerCase());
  return {
    classify: async (mail, budget) => {
      const verdict = triageMail(mail, { ownAddresses });
      budget?.check('triage');
      return verdict;
    },
  };
}
