import { isAutoReplySubject } from '../automated.js';
import { CLOSING_SELF_DESCRIBED, CLOSING_TAG } from './automated-system-phrases.js';
import { SENT_TO_ALL } from './automated-list-phrases.js';
import { RECEIVING_BECAUSE } from './masks.js';
import type { InboundMail } from '../../types.js';

/** The parts of a message triage reads, each kept separate so evidence can say where it was found. */
export interface MessageText {
  /** Subject without Re:/Fwd: prefixes. */
  subject: string;
  /** What the sender wrote now, without quoted history, signature or confidentiality notice. */
  body: string;
  /** A message forwarded to us (the colleague's note is in `body`, the customer's request is here). */
  forwarded: string;
  /** Subject line of the forwarded message, when there is one. */
  forwardedSubject: string;
  /**
   * The mail answers an earlier one (In-Reply-To, References or a reply prefix such as "Re:"), so its
   * subject may repeat what was asked before rather than ask it now. Absent: not known.
   */
  isReply?: boolean;
  /**
   * The subject answers an auto-reply ("Re: Automatic reply: …", "R: Risposta automatica"). Responders
   * never answer automatic responses (RFC 3834 §2), so a person wrote this, though the subject's words
   * are a machine's.
   */
  answersAutoReply?: boolean;
  /** The From address's local part, for the learned model (model/features.ts senderTokensOf). */
  sender?: string;
}

/** Prefixes of a reply (not a forward) in the languages mail clients use: "Re:", "AW:", "SV:", "R:". */
// "RES:" is Brazilian Outlook's reply prefix, "RIF:" Italian Outlook's, "Antwort:" Lotus Notes'.
const ANSWER_PREFIX = /^\s*(?:re|aw|sv|vs|antw|antwort|r|odp|ynt|res|rif)\s*(?:\[\d+\])?\s*:/iu;
const REPLY_PREFIX = /^(?:\s*(?:re|fw|fwd|aw|wg|tr|rv|enc|sv|vs|antw|antwort|doorst|r|i|res|rif)\s*(?:\[\d+\])?\s*:\s*)+/iu;

/** Markers mail clients put in front of a forwarded message, in our languages. */
const FORWARD_MARKER =
  /^[ \t>]*(?:-{2,}\s*(?:Forwarded message|Original Message|Weitergeleitete Nachricht|Ursprüngliche Nachricht|Mensaje reenviado|Mensaje original|Message transféré|Message d'origine|Messaggio inoltrato|Messaggio originale|Mensagem encaminhada|Mensagem original|Doorgestuurd bericht|Oorspronkelijk bericht)\s*-{2,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|Début du message réexpédié :?)[ \t]*$/imu;

/**
 * Outlook and Thunderbird put "-----Original Message-----" (and its translations) above the mail a
 * reply answers as well as above a forwarded one. Under a reply (a "Re:" subject, In-Reply-To or
 * References) without a forward prefix ("Fwd:", "WG:") it is quoted history, like lines starting
 * with ">"; in other mail it is read as a forward, as someone pasting their earlier request may mean.
 */
const ORIGINAL_MARKER =
  /^[ \t>]*-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Mensaje original|Message d'origine|Messaggio originale|Mensagem original|Oorspronkelijk bericht)\s*-{2,}[ \t]*$/imu;

/** Header lines at the top of a forwarded block. */
const FORWARD_HEADER = /^[ \t>]*(?:From|De|Von|Da|Van|Sent|Date|Datum|Fecha|Envoyé|Inviato|Enviado|Verzonden|Gesendet|To|An|Para|À|A|Aan|Cc|Subject|Betreff|Asunto|Objet|Oggetto|Assunto|Onderwerp)\s*:.*$/imu;
const FORWARD_SUBJECT = /^[ \t>]*(?:Subject|Betreff|Asunto|Objet|Oggetto|Assunto|Onderwerp)\s*:(.*)$/imu;

/** Signature delimiters and mobile sign-offs: below them is not the request. */
const SIGNATURE_START =
  /^(?:-- ?|—|__+|Sent from my .*|Sent from (?:Outlook|Mail|Yahoo Mail).*|Get Outlook for .*|Von meinem .* gesendet\.?|Enviado desde mi .*|Envoyé de mon .*|Inviato da .*|Enviado do meu .*|Verzonden vanaf mijn .*|Verstuurd vanaf mijn .*)$/imu;

/** Confidentiality notices usually start with one of these words and run to the end. */
const DISCLAIMER_START =
  /^(?:CONFIDENTIAL(?:ITY)?(?: NOTICE)?:?|DISCLAIMER:?|(?:This|The information (?:contained )?in this) (?:e-?mail|message|communication)(?:,? (?:and|including) any (?:files|attachments)(?: transmitted with it)?,?)? (?:is|are|may (?:contain|be)|contains?) (?:strictly )?(?:confidential|privileged|intended (?:solely |only )?for)|Diese (?:E-Mail|Nachricht) (?:enthält|ist) vertraulich|Diese (?:E-Mail|Nachricht) enthält vertrauliche|Este (?:correo|mensaje)(?: y sus anexos)? (?:es|contiene) (?:confidencial|información confidencial)|Ce (?:message|courriel)(?: et ses pièces jointes)? (?:est|sont|peut contenir) (?:confidentiel|strictement confidentiel|des informations confidentielles)|Questo messaggio (?:è|e) (?:riservato|confidenziale)|Esta mensagem (?:é|pode conter) (?:confidencial|informações confidenciais)|Dit bericht is (?:vertrouwelijk|uitsluitend bestemd))/imu;

function cutAt(text: string, pattern: RegExp): string {
  const at = text.search(pattern);
  return at >= 0 ? text.slice(0, at) : text;
}

/** A line that is only a closing: what follows is the sender's name, title and company. */
export const CLOSING_LINE =
  /^[ \t]*(?:best(?: regards| wishes)?|kind regards|warm regards|regards|many thanks|thanks(?: again| in advance)?|thank you|cheers|sincerely|yours (?:sincerely|faithfully|truly)|respectfully|mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|liebe grüße|gruß|saludos(?: cordiales)?|un saludo|atentamente|cordialmente|cordialement|bien (?:à vous|cordialement)|salutations(?: distinguées)?|cordiali saluti|distinti saluti|saluti|atenciosamente|cumprimentos|abraços|obrigad[oa]|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groet(?:en|jes)?)[ \t]*[,.!]?[ \t]*$/imu;
export const POSTSCRIPT = /^[ \t]*p\.?\s?s\.?[ \t:]/imu;

/**
 * A sentence, not a name, title or address: five words or more ending in a full stop ("Ya no vivo
 * ahí. La correcta es Carrera 7 …", an answer typed into our questions and set under the signature).
 */
const SENTENCE_LINE = /^(?:\S+\s+){4,}\S*[\p{L})][.!?]$/u;

/** Cuts the sign-off block after the last closing line, keeping a P.S. (people put requests there). */
function stripSignOff(text: string): string {
  const lines = text.split('\n');
  for (let index = lines.length - 1; index >= Math.max(1, lines.length - 12); index -= 1) {
    if (!CLOSING_LINE.test(lines[index] ?? '')) continue;
    const kept = lines.slice(0, index).join('\n');
    const tail = lines.slice(index + 1).filter((line) => line.trim() !== '');
    // Only a real sign-off: something was said before it, and what follows is a short name block.
    if ((kept.match(/\p{L}/gu) ?? []).length < 20 || tail.length > 8 || tail.some((line) => line.length > 80 || (SENTENCE_LINE.test(line) && !isClosingTag(line) && !POSTSCRIPT.test(line)))) return text;
    const postscript = lines.slice(index + 1).findIndex((line) => POSTSCRIPT.test(line));
    return postscript >= 0 ? `${kept}\n${lines.slice(index + 1 + postscript).join('\n')}` : kept;
  }
  return text;
}

/** A horizontal rule left under the new text where the quoted mail was cut (Outlook on the web's `<hr>` above "De: …"). */
const TRAILING_RULE = /(?:\n[ \t]*[-_=─━]{3,}[ \t]*)+$/u;

/** A machine's line under the sign-off: "automatisch bericht", "Esta é uma mensagem automática", a list's footer. */
function isClosingTag(line: string): boolean {
  return CLOSING_TAG.test(line) || CLOSING_SELF_DESCRIBED.test(line) || RECEIVING_BECAUSE.test(line) || SENT_TO_ALL.test(line);
}

/** How many of the last lines a machine's closing tag may stand in, under a sign-off. */
const TAG_LINES = 12;

/**
 * The sender's sign-off is not the request, but a machine's closing tag under it ("Groet, Team
 * Rustpunt (automatisch bericht)", "Cumprimentos, Clínica Sol, Mensagem automática", "This email was
 * sent automatically"), or a list's footer under it ("U ontvangt deze e-mail omdat…"), says who wrote the
 * mail: it is kept, a line of its own, for the automated-content rules.
 */
function stripTail(text: string, tagSource = text): string {
  const kept = stripSignOff(cutAt(cutAt(text, SIGNATURE_START), DISCLAIMER_START)).trim().replace(TRAILING_RULE, '');
  const tags = tagSource
    .split('\n')
    .slice(-TAG_LINES)
    .map((line) => line.trim())
    .filter((line) => line !== '' && isClosingTag(line) && !kept.includes(line));
  return tags.length > 0 ? `${kept}\n\n${tags.join('\n')}` : kept;
}

const FORWARD_PREFIX = /^\s*(?:fwd?|wg|tr|rv|enc|doorst|i)\s*:/iu;
/** Outlook forwards have no marker line, only a header block: "From: …" then "Sent: …" within a few lines. */
const HEADER_BLOCK = /^[ \t>]*(?:From|Von|De|Da|Van)\s*:.*\n(?:.*\n){0,2}?[ \t>]*(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Fecha|Inviato|Verzonden)\s*:/imu;

/**
 * The header block a mail client writes above the mail a reply answers, when it quotes without ">":
 * a From line, then within a few lines a Subject or Sent line ("Von: … / Betreff: …",
 * "De : privacy@… / Objet : …"). A From line alone may be a person's own form ("From: Anna").
 */
const QUOTED_HEADER_BLOCK =
  /^[ \t>]*(?:From|Von|De|Da|Van)\s*:.*\n(?:.*\n){0,3}?[ \t>]*(?:Sent|Gesendet|Envoyé|Enviado|Inviato|Verzonden|Subject|Betreff|Asunto|Objet|Oggetto|Assunto|Onderwerp)\s*:/imu;

function forwardStart(fullText: string, subject: string, isReply: boolean): number | null {
  const forwardedBySubject = FORWARD_PREFIX.test(subject);
  const marker = FORWARD_MARKER.exec(fullText);
  if (marker && (forwardedBySubject || !isReply || !ORIGINAL_MARKER.test(marker[0]))) return marker.index + marker[0].length;
  if (!forwardedBySubject) return null;
  const block = HEADER_BLOCK.exec(fullText);
  return block ? block.index : null;
}

function extractForwarded(fullText: string, outerSubject: string, isReply: boolean): { body: string; subject: string } {
  const start = forwardStart(fullText, outerSubject, isReply);
  if (start === null) return { body: '', subject: '' };
  const block = fullText.slice(start).replace(/^[ \t]*>[ \t]?/gm, '');
  const subject = FORWARD_SUBJECT.exec(block)?.[1]?.trim() ?? '';
  const lines = block.replace(/^\s+/, '').split('\n');
  let firstBodyLine = 0;
  while (firstBodyLine < lines.length && (FORWARD_HEADER.test(lines[firstBodyLine] ?? '') || (lines[firstBodyLine] ?? '').trim() === '')) {
    firstBodyLine += 1;
  }
  return { body: stripTail(lines.slice(firstBodyLine).join('\n')), subject: subject.replace(REPLY_PREFIX, '').trim() };
}

/**
 * Picks what to read. `newText` (quoted history removed by io/mime) is the request; a forwarded
 * message is read too, because a colleague forwarding a customer's mail means "please handle this".
 * When `newText` came out empty although the mail has text that is not quoted, that text is used.
 */
export function selectMessageText(mail: InboundMail): MessageText {
  const subject = mail.subject.replace(REPLY_PREFIX, '').trim();
  const isReply = mail.inReplyTo !== null || mail.references.length > 0 || ANSWER_PREFIX.test(mail.subject);
  const forwarded = extractForwarded(mail.text.replace(/\r\n/g, '\n'), mail.subject, isReply);
  // The mail parser's new text may already end above the sign-off, and with it the tag under it
  // ("Kind regards, Billing team / This is an automated message."): tags are looked for in the
  // sender's own lines of the whole text, never in what it quotes.
  const ownLines = cutAt(cutAt(cutAt(mail.text.replace(/\r\n/g, '\n'), ORIGINAL_MARKER), QUOTED_HEADER_BLOCK), FORWARD_MARKER)
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n');
  let body = stripTail(mail.newText.replace(/\r\n/g, '\n'), ownLines);
  // The forwarded part is read on its own; the forwarder's note ends where the forward starts.
  if (forwarded.body) body = cutAt(cutAt(body, FORWARD_MARKER), HEADER_BLOCK).trim();
  // A reply's new text ends where the client's copy of the answered mail starts, with or without ">".
  else if (isReply && !FORWARD_PREFIX.test(mail.subject)) body = cutAt(cutAt(body, ORIGINAL_MARKER), QUOTED_HEADER_BLOCK).trim();
  if (!body && !forwarded.body) {
    const unquoted = mail.text
      .split('\n')
      .filter((line) => !/^\s*>/.test(line))
      .join('\n');
    body = stripTail(unquoted);
  }
  const answersAutoReply = ANSWER_PREFIX.test(mail.subject) && isAutoReplySubject(subject);
  const sender = mail.from?.address.split('@')[0] ?? '';
  return { subject, body, forwarded: forwarded.body, forwardedSubject: forwarded.subject, isReply, sender, ...(answersAutoReply ? { answersAutoReply } : {}) };
}
