import type { AutomatedKind } from '../../types.js';
import { ABSENCE_STATE, ADDRESS_OR_PHONE, CONTACT_VERB, DEPARTURE, LIMITED_ACCESS, MEANWHILE, ON_RETURN, PERIOD, UNMONITORED, UPDATE_CONTACTS, DROP_THIS_ADDRESS, IMPLIED_ABSENCE } from './automated-absence-phrases.js';
import { AUTOMATIC_WORDING, CLOSING_SELF_DESCRIBED, DELIVERY_DETAIL, DELIVERY_FAILED, DO_NOT_REPLY, FAILED_RECIPIENTS, READ_CAVEAT, READ_NOTICE, READ_SUBJECT, REPORTED_HEADER_LINE, SELF_DESCRIBED, TICKET_ANSWER_DUE, TICKET_FOLLOW, TICKET_NUMBER, TICKET_RECEIVED } from './automated-system-phrases.js';
import { RECEIVING_BECAUSE } from './masks.js';
import { UNSUBSCRIBED, UNSUBSCRIBED_DETAIL } from './automated-list-phrases.js';
import { CALENDAR_RESPONSE, CALENDAR_RESPONSE_SUBJECT, CHAT_NOTICE, CHAT_SPEAKER_LINE, DIGEST_APPARATUS, DIGEST_FOOTER, DIGEST_NOTICE, DONE_DETAIL, DONE_NOTICE, FORM_COPY, FORM_FIELD_LINE, MEETING_DETAIL, POST_AUTHOR_LINE, VOICEMAIL_DETAIL, VOICEMAIL_NOTICE } from './automated-notice-phrases.js';
import type { Unit } from './automated-units.js';

/** The machine notices read from their text: each kind's announcement and the evidence it needs beside it. */
type Support = RegExp | ((region: string, units: readonly Unit[], subject: string) => boolean);

export interface KindRule {
  kind: AutomatedKind;
  reason: string;
  anchor: RegExp;
  support: readonly Support[];
  /** The announcement alone is enough ("This is an automated message"). */
  decisive?: boolean;
  /** How far past its start the announcement may run (a read receipt's spans the reported header block). */
  reach?: number;
  /** Wording the notice itself writes beside the announcement ("no more e-mails from us"): not the sender asking. */
  ownWording?: RegExp;
  /**
   * The notice carries someone else's words (a voicemail transcript, a form copy, a digest's posts):
   * they are not the sender's, so they never make it a person's, but a request among them goes to the team.
   */
  relays?: boolean;
  /** Kinds of evidence needed beside the announcement (1 unless its words are common). */
  minSupport?: number;
  /**
   * Only in answer to a mail (a reply, or an auto-reply subject): a person telling colleagues of
   * their coming leave ("I'm off from Thursday until the 27th, Lucy covers") writes a fresh mail.
   */
  answering?: boolean;
}


export const found = (pattern: RegExp, text: string): boolean => text.search(pattern) >= 0;

/** A sentence that sends the reader to someone else, with an address, a number or a colleague. */
const sendsElsewhere: Support = (_region, units) => units.some((unit) => found(CONTACT_VERB, unit.text) && ADDRESS_OR_PHONE.test(unit.text));
const selfDescribed: Support = (region) => found(SELF_DESCRIBED, region) || found(AUTOMATIC_WORDING, region);
const headerBlock: Support = (region) => (region.match(REPORTED_HEADER_LINE) ?? []).length >= 2;
const readSubject: Support = (_region, _units, subject) => READ_SUBJECT.test(subject);
const calendarSubject: Support = (_region, _units, subject) => CALENDAR_RESPONSE_SUBJECT.test(subject);
const ticketNumber: Support = (region, _units, subject) => found(TICKET_NUMBER, region) || found(TICKET_NUMBER, subject);

const lineCount = (pattern: RegExp, region: string): number => (region.match(pattern) ?? []).length;
const formFields: Support = (region) => lineCount(FORM_FIELD_LINE, region) >= 2;
const postAuthors: Support = (region) => lineCount(POST_AUTHOR_LINE, region) >= 2;
const chatSpeakers: Support = (region) => lineCount(CHAT_SPEAKER_LINE, region) >= 2;

const AWAY_SUPPORT: readonly Support[] = [PERIOD, LIMITED_ACCESS, MEANWHILE, sendsElsewhere, ON_RETURN, selfDescribed, DO_NOT_REPLY];

/** Most specific first: a bounce or a read receipt may also contain words of an absence notice. */
export const KINDS: readonly KindRule[] = [
  { kind: 'bounce', reason: 'delivery-failure text', anchor: DELIVERY_FAILED, support: [DELIVERY_DETAIL, FAILED_RECIPIENTS, selfDescribed, DO_NOT_REPLY] },
  { kind: 'auto_reply', reason: 'read-receipt text', anchor: READ_NOTICE, support: [readSubject, headerBlock, READ_CAVEAT, selfDescribed], reach: 700 },
  { kind: 'auto_reply', reason: 'ticket acknowledgement text', anchor: TICKET_RECEIVED, support: [ticketNumber, TICKET_ANSWER_DUE, TICKET_FOLLOW, selfDescribed, DO_NOT_REPLY] },
  { kind: 'auto_reply', reason: 'out-of-office text', anchor: ABSENCE_STATE, support: [...AWAY_SUPPORT, DEPARTURE, UNMONITORED] },
  { kind: 'auto_reply', reason: 'no-longer-here text', anchor: DEPARTURE, support: [...AWAY_SUPPORT, UNMONITORED, UPDATE_CONTACTS], ownWording: DROP_THIS_ADDRESS },
  { kind: 'bulk', reason: 'unsubscribe-confirmation text', anchor: UNSUBSCRIBED, support: [UNSUBSCRIBED_DETAIL, selfDescribed, DO_NOT_REPLY], ownWording: UNSUBSCRIBED_DETAIL },
  { kind: 'auto_reply', reason: 'completion-notice text', anchor: DONE_NOTICE, support: [DONE_DETAIL, ticketNumber, selfDescribed, DO_NOT_REPLY], ownWording: DONE_DETAIL },
  { kind: 'auto_reply', reason: 'calendar-response text', anchor: CALENDAR_RESPONSE, support: [calendarSubject, MEETING_DETAIL] },
  { kind: 'auto_reply', reason: 'unmonitored-mailbox text', anchor: UNMONITORED, support: [...AWAY_SUPPORT, TICKET_FOLLOW, DEPARTURE, UPDATE_CONTACTS], ownWording: DROP_THIS_ADDRESS },
  { kind: 'auto_reply', reason: 'automated-response text', anchor: SELF_DESCRIBED, support: [], decisive: true },
  // Its anchor holds the date, so a date elsewhere is not a second kind of evidence.
  { kind: 'auto_reply', reason: 'out-of-office text', anchor: IMPLIED_ABSENCE, support: [LIMITED_ACCESS, MEANWHILE, sendsElsewhere, ON_RETURN, selfDescribed, DO_NOT_REPLY], answering: true },
];

export const FRESH_MAIL_KINDS = KINDS.filter((rule) => rule.answering !== true);

/** Why a voicemail or fax notice is machine mail: offline.ts reads its transcript on its own. */
export const VOICEMAIL_REASON = 'voicemail or fax notice';

/**
 * Notices carrying someone else's words, each tried on its own (their anchors are common nouns, so one
 * that fails its evidence must not hide another): a voicemail or fax, a form's copy, a chat's
 * transcript, a list digest.
 */
export const RELAY_KINDS: readonly KindRule[] = [
  { kind: 'auto_reply', reason: VOICEMAIL_REASON, anchor: VOICEMAIL_NOTICE, support: [VOICEMAIL_DETAIL], relays: true },
  { kind: 'auto_reply', reason: 'web-form copy text', anchor: FORM_COPY, support: [formFields], relays: true },
  { kind: 'auto_reply', reason: 'chat transcript', anchor: CHAT_NOTICE, support: [chatSpeakers], relays: true },
  { kind: 'list', reason: 'list digest text', anchor: DIGEST_NOTICE, support: [DIGEST_APPARATUS, DIGEST_FOOTER, postAuthors], relays: true, minSupport: 2 },
];

/** A notice that names itself machine-made in its last lines ("Diese E-Mail wurde automatisch erstellt."). */
export const CLOSING_RULE: KindRule = { kind: 'auto_reply', reason: 'automated-response text (closing line)', anchor: CLOSING_SELF_DESCRIBED, support: [], decisive: true };
/** A program's report of a job or an event, in its own labelled fields (automated-report.ts). */
export const REPORT_RULE: KindRule = { kind: 'auto_reply', reason: 'system report text', anchor: /(?!)/u, support: [], decisive: true };
/** A mailing list's footer under impersonal text (findListFooter). */
export const LIST_FOOTER_RULE: KindRule = { kind: 'bulk', reason: 'mailing-list footer text', anchor: RECEIVING_BECAUSE, support: [], decisive: true };
/** A ticket tool's notice copying a ticket, fields first, named machine-made at its end (copiesATicket). */
export const TICKET_COPY_RULE: KindRule = { kind: 'auto_reply', reason: 'ticket-system copy text', anchor: CLOSING_SELF_DESCRIBED, support: [], decisive: true, relays: true };
