import type { AutomatedVerdict } from '../../types.js';
import { isAutoReplySubject } from '../automated.js';
import { FIRST_PERSON_SINGULAR } from './masks.js';
import type { MessageText } from './message-text.js';
import { asksSomething, saysI, soundsHuman } from './automated-person-voice.js';
import { detectLanguage } from './language.js';
import { findClosingNotice, regionAbove } from './automated-closing.js';
import { findReportBlock } from './automated-report.js';
import { TICKET_FIELD_LINE } from './automated-notice-phrases.js';
import { countWords, FIELD_LINE, hasQuestionMark, isNeutral, isThanks, LINK, QUOTATION, QUOTE_MARK, QUOTED_BELOW, REPORTED, shown, splitUnits, type Unit } from './automated-units.js';
import { echoedMessages } from './automated-echo.js';
import { findListFooter, isListItem } from './automated-list-footer.js';
import { transactionalNotice } from './automated-transactional.js';
import { KINDS, FRESH_MAIL_KINDS, RELAY_KINDS, CLOSING_RULE, REPORT_RULE, LIST_FOOTER_RULE, TICKET_COPY_RULE, found, type KindRule } from './automated-kinds.js';

/** An automated verdict read from the text, with the announcement that decided it (for the evidence). */
export interface ContentAutomatedVerdict extends AutomatedVerdict {
  /** The announcement as it appears in the mail, e.g. "I am out of the office". */
  phrase: string;
}

/** Auto-replies are short and say what they are at the top; reading further only costs time. */
const MAX_CHARS = 6000;
/** The announcement must be in the first sentences the sender wrote (greetings and thanks skipped). */
const LEAD_UNITS = 2;
/** A few words may come before it ("Please note that", "Hello Anna,"), not a sentence. */
const MAX_PREFIX = 60;
/** How far an announcement may run ("Your request #4821 (Delete my data) has been received"). */
const ANNOUNCEMENT_REACH = 240;
const LEAD_CHARS = 1500;

interface Anchor {
  rule: KindRule;
  /** Found in the mail's last lines, not its opening: everything above it is the notice's own text. */
  closing?: boolean;
  start: number;
  end: number;
  phrase: string;
  /** A list footer's mail is Dutch, whose "je" is the reader (findListFooter decides it once). */
  dutch?: boolean;
}

/** Where a word starts: the announcement can only begin there. */
const WORD_START = /(?<![\p{L}\d])[\p{L}\d]/gu;

/** The same pattern, matched only at a given position (`lastIndex`): tried at a few word starts, not scanned. */
function sticky(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
}
const STICKY_ANCHORS = new Map([...KINDS, ...RELAY_KINDS].map((rule) => [rule, sticky(rule.anchor)]));

/** The announcement: at the start of one of the first sentences, not quoted or reported ("your system said ..."). */
function findAnchor(body: string, lead: readonly Unit[], rules: readonly KindRule[] = KINDS): Anchor | null {
  const windows = lead.map((unit) => {
    const starts = [...body.slice(unit.start, unit.start + MAX_PREFIX + 1).matchAll(WORD_START)].map((match) => match.index);
    return { unit, starts };
  });
  for (const rule of rules) {
    const pattern = STICKY_ANCHORS.get(rule) ?? sticky(rule.anchor);
    for (const { unit, starts } of windows) {
      // The announcement starts within a few words of the sentence, so only that far is read.
      const window = body.slice(unit.start, unit.start + MAX_PREFIX + (rule.reach ?? ANNOUNCEMENT_REACH));
      for (const at of starts) {
        pattern.lastIndex = at;
        const match = pattern.exec(window);
        if (!match) continue;
        const prefix = window.slice(0, at);
        if (QUOTE_MARK.test(prefix) || REPORTED.test(prefix)) break;
        const start = unit.start + at;
        return { rule, start, end: start + match[0].length, phrase: shown(match[0]) };
      }
    }
  }
  return null;
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

function supportCount(rule: KindRule, region: string, units: readonly Unit[], subject: string): number {
  let count = 0;
  for (const support of rule.support) {
    if (typeof support === 'function' ? support(region, units, subject) : found(support, region)) count += 1;
  }
  return count;
}

/** Whether the rules read a request (not just topic words) in this new text. */
export function bodyAsksSomething(body: string): boolean {
  return body.trim() !== '' && asksSomething(body.slice(0, MAX_CHARS), 'body');
}

/**
 * Recognises an auto-reply, ticket acknowledgement, read receipt or bounce from its text when the
 * headers said nothing (RFC 3834 is optional, and many systems skip it). Precision comes first: the
 * notice must open the mail, a second independent kind of evidence must back it, and any sign of a
 * person (their own request, a chase, a request the rules recognise) keeps the mail a person's.
 */
export function detectAutomatedContent(text: MessageText): ContentAutomatedVerdict | null {
  const body = text.body.slice(0, MAX_CHARS);
  if (!body.trim()) return null;
  // Only the opening is needed to find the announcement; the rest is split once one is found.
  const lead: Unit[] = [];
  let sentences = 0;
  for (const unit of splitUnits(body.slice(0, LEAD_CHARS))) {
    if (sentences >= LEAD_UNITS) break;
    // Thanks do not count as a sentence, but may carry the announcement ("Merci pour ton message, il est bien arrivé").
    const neutral = isNeutral(unit);
    if (!neutral) sentences += 1;
    if (!neutral || isThanks(unit)) lead.push(unit);
  }
  for (const rule of RELAY_KINDS) {
    const relay = findAnchor(body, lead, [rule]);
    const fromRelay = relay ? judge(text, body, relay) : null;
    if (fromRelay) return fromRelay;
  }
  const answering = text.isReply === true || isAutoReplySubject(text.subject);
  const opening = findAnchor(body, lead, answering ? KINDS : FRESH_MAIL_KINDS);
  const openingVerdict = opening ? judge(text, body, opening) : null;
  if (openingVerdict) return openingVerdict;
  const above = regionAbove(body);
  const closing = findClosingNotice(above);
  if (closing) return judge(text, body, { rule: CLOSING_RULE, closing: true, ...closing });
  const footer = findListFooter(text, above);
  if (footer) return judge(text, body, { rule: LIST_FOOTER_RULE, closing: true, ...footer });
  const report = findReportBlock(above);
  if (report) return judge(text, body, { rule: REPORT_RULE, closing: true, ...report });
  return transactionalNotice(text, above);
}


/**
 * A notice carrying someone else's words, opening the mail: never answered (the sender is a machine),
 * and when the words carried ask for something, passed to the team (unsure) instead of set aside.
 */
function relayed(text: MessageText, body: string, units: readonly Unit[], anchor: Anchor): ContentAutomatedVerdict | null {
  // Words of the sender's own above it: a person forwarding or pasting the notice.
  if (units.some((unit) => unit.end <= anchor.start && !isNeutral(unit))) return null;
  // The notice's own opening line is short and says nothing of its writer ("I left you a voicemail").
  const opening = units.find((unit) => unit.start <= anchor.start && anchor.start < unit.end);
  if (!opening || countWords(opening.text) > RELAY_OPENING_WORDS) return null;
  // Dutch "je" is the reader: "Dit is er gebeurd in de onderwerpen die je volgt".
  if (saysI(opening.text, detectLanguage(body).language === 'nl')) return null;
  return relayVerdict(text, body, anchor);
}

/** Machine mail carrying someone's words: passed to the team (unsure) when the words ask for something. */
function relayVerdict(text: MessageText, body: string, anchor: Anchor): ContentAutomatedVerdict {
  const carriesRequest = asksSomething(blank(body, anchor.start, anchor.end), 'body') || (text.subject.trim() !== '' && asksSomething(text.subject, 'subject'));
  return { kind: anchor.rule.kind, reason: anchor.rule.reason, phrase: anchor.phrase, relayed: true, ...(carriesRequest ? { unsure: true } : {}) };
}

const RELAY_OPENING_WORDS = 20;

/** How many of a ticket's fields make a copy of it, and how many words may stand above the first (a URL's label). */
const TICKET_FIELDS = 3;
const TICKET_PREAMBLE_WORDS = 4;

/** The mail opens with a ticket's fields ("URL : https://…", "Titre : …", "Statut : Nouveau"), nobody's words above them. */
function copiesATicket(region: string): boolean {
  const fields = [...region.matchAll(TICKET_FIELD_LINE)];
  const first = fields[0];
  return fields.length >= TICKET_FIELDS && first !== undefined && countWords(region.slice(0, first.index).replace(LINK, ' ')) <= TICKET_PREAMBLE_WORDS;
}

/** A bulleted help-centre title: "- How do I delete my account?", "• Cómo descargar mis datos", "1. Wie lösche ich mein Konto". */
const HELP_ARTICLE_TITLE = /^[ \t]*(?:[-*•·▪►▸▹➤◦‣]|\d{1,2}[.)])[ \t]+¿?(?:how (?:do i|can i|to)|come|cómo|como|comment|wie|hoe)(?![\p{L}])[^\n]{0,80}$/iu;

/** The anchor, backed by other evidence where it needs it, and no sign of a person in the notice. */
function judge(text: MessageText, body: string, anchor: Anchor): ContentAutomatedVerdict | null {
  const units = splitUnits(body);

  // A help desk or mail server may quote the original below a divider; that is not the notice.
  // What a relay carries below a divider (a digest's posts) is its own, so it is read whole.
  const after = anchor.end;
  const cut = anchor.rule.relays ? -1 : body.slice(after).search(QUOTED_BELOW);
  const region = cut >= 0 ? body.slice(0, after + cut) : body;
  const regionUnits = units.filter((unit) => unit.end <= region.length);

  // A relay's opening line only announces it; the evidence must come from the lines it carries.
  const announcing = anchor.rule.relays ? regionUnits.find((unit) => unit.start <= anchor.start && anchor.start < unit.end) : undefined;
  const supportText = announcing ? blank(region, announcing.start, announcing.end) : blank(region, anchor.start, anchor.end);
  if (!anchor.rule.decisive && supportCount(anchor.rule, supportText, regionUnits, text.subject) < (anchor.rule.minSupport ?? 1)) return null;
  if (anchor.rule.relays) return relayed(text, body, units, anchor);

  // The quoted subject or title of the message being acknowledged is not the sender's request.
  FIELD_LINE.lastIndex = 0;
  const blanked = blank(region, anchor.start, anchor.end).replace(FIELD_LINE, (line) => ' '.repeat(line.length));
  // A sentence in the notice's own wording ("Unsubscribed by mistake? Resubscribe here.") is the notice's.
  const ownWording = anchor.rule.ownWording;
  const worded = ownWording ? regionUnits.filter((unit) => found(ownWording, unit.text)) : [];
  // "Disagree with how we handled it? You can complain to the supervisory authority.": a question the
  // notice answers itself in its own wording is the notice's, not the sender's.
  const ownUnits = [
    ...worded,
    ...regionUnits.filter((unit, at) => hasQuestionMark(unit.text) && !FIRST_PERSON_SINGULAR.test(unit.text) && worded.includes(regionUnits[at + 1] as Unit)),
    // A help desk's list of its own articles ("- How to delete my account", "- Come scaricare una copia dei miei dati"): titles, not the sender asking.
    ...regionUnits.filter((unit) => HELP_ARTICLE_TITLE.test(body.slice(body.lastIndexOf('\n', unit.start) + 1, unit.end))),
    // The footer and what follows it, on its line or under it, are the list's ("… because you have an
    // account. Unsubscribe from research emails.", "Unsubscribe · Preferences"), unless someone says "I" there.
    ...(anchor.rule === LIST_FOOTER_RULE ? regionUnits.filter((unit) => unit.end > anchor.start && !FIRST_PERSON_SINGULAR.test(unit.text)) : []),
    // Above a list's footer, a bulleted line is one of its items (a digest's thread titles, a newsletter's
    // headlines): the list's own, unless its sender says "I" there outside a quotation.
    ...(anchor.rule === LIST_FOOTER_RULE ? regionUnits.filter((unit) => isListItem(body, unit)) : []),
    // A report's fields are its own ("Registos com pedido de apagamento pendente: 2" reports, not asks).
    ...(anchor.rule === REPORT_RULE ? regionUnits.filter((unit) => unit.start >= anchor.start && unit.end <= anchor.end + 1) : []),
  ];
  // A ticket tool's copy of a ticket carries its requester's words: relayed, not its own request.
  if (anchor.rule === CLOSING_RULE && copiesATicket(region)) return relayVerdict(text, region, { ...anchor, rule: TICKET_COPY_RULE });
  const ownText = ownUnits.reduce((kept, unit) => blank(kept, unit.start, unit.end), blanked);
  // Under a list's footer, a quoted testimonial is the list's copy, not its sender asking.
  const listed = anchor.rule === LIST_FOOTER_RULE ? ownText.replace(QUOTATION, (quote) => ' '.repeat(quote.length)) : ownText;
  // A help desk's echo of what the person sent ("Uw vraag: "Ik wil graag inzage …"") is theirs, not the notice asking.
  const echoes = echoedMessages(region);
  const vetoText = echoes.reduce((kept, echo) => blank(kept, echo.start, echo.end), listed);
  const outsideEchoes = (unit: Unit): boolean => !echoes.some((echo) => unit.start >= echo.start && unit.end <= echo.end + 1);
  const senderUnits = regionUnits.filter((unit) => !ownUnits.includes(unit) && outsideEchoes(unit));
  // A newsletter's headline quoting what readers write („Bitte löschen Sie alle meine Daten" – was …) is its copy, not its sender asking.
  const unquotedUnits = anchor.rule === LIST_FOOTER_RULE ? senderUnits.map((unit) => ({ ...unit, text: unit.text.replace(QUOTATION, (quote) => ' '.repeat(quote.length)) })) : senderUnits;
  const listFooter = anchor.rule === LIST_FOOTER_RULE ? { dutch: anchor.dutch === true } : undefined;
  if (soundsHuman(text, vetoText, unquotedUnits, { ...anchor, ...(listFooter ? { listFooter } : {}) })) return null;

  return { kind: anchor.rule.kind, reason: anchor.rule.reason, phrase: anchor.phrase };
}
