import type { AutomatedVerdict, InboundMail } from '../types.js';

/** Out-of-office subjects in the languages our requesters write in (checked on the subject only). */
const AUTO_REPLY_SUBJECT =
  /^\s*(?:\[?auto(?:matic|matische?|matique|mático|matico|matisch)?[\s-]*(?:reply|response|antwort|réponse|respuesta|risposta|resposta|antwoord|odpověď|odpowiedź)\]?|out of (?:the )?office|abwesenheit(?:snotiz|smeldung)?|automatische antwort|r[ée]ponse automatique|respuesta autom[áa]tica|fuera de la oficina|risposta automatica|fuori sede|resposta autom[áa]tica|fora do escrit[óo]rio|automatisch antwoord|afwezig|niet aanwezig|poza biurem|mimo kancel[áa][řr]|frånvar|odsutan|away from (?:the|my) office)/i;
const BOUNCE_SUBJECT =
  /^\s*(?:undeliver(?:able|ed)|delivery (?:status notification|failure|has failed)|returned mail|mail delivery (?:failed|failure|subsystem)|failure notice|non[- ]?delivery|unzustellbar|nicht zustellbar|non remis|no entregado|non recapitato)/i;

function first(mail: InboundMail, header: string): string | undefined {
  return mail.headers[header]?.[0]?.trim();
}

/**
 * Decides whether a message was sent by a machine and must never be answered.
 * Order matters: the most specific, standard signals first (RFC 3834, RFC 3464, RFC 2369/2919).
 */
export function detectAutomated(mail: InboundMail, ownAddresses: readonly string[]): AutomatedVerdict | null {
  const fromAddress = mail.from?.address ?? '';
  if (fromAddress && ownAddresses.includes(fromAddress)) return { kind: 'self', reason: 'From is the bot itself' };
  if (mail.headers['x-privacy-inbox']) return { kind: 'self', reason: 'X-Privacy-Inbox header: one of our own messages' };

  const contentType = first(mail, 'content-type') ?? '';
  if (/multipart\/report/i.test(contentType) && /report-type\s*=\s*"?(?:delivery-status|disposition-notification)/i.test(contentType)) {
    return { kind: 'bounce', reason: 'Content-Type multipart/report (RFC 3464/8098)' };
  }
  const autoSubmitted = first(mail, 'auto-submitted');
  if (autoSubmitted && !/^no\b/i.test(autoSubmitted)) return { kind: 'auto_reply', reason: `Auto-Submitted: ${autoSubmitted.split(';')[0]}` };
  if (mail.headers['x-autoreply'] || mail.headers['x-autorespond'] || mail.headers['x-autoresponder']) {
    return { kind: 'auto_reply', reason: 'X-Autoreply/X-Autorespond header' };
  }
  const suppress = first(mail, 'x-auto-response-suppress');
  if (suppress && /\b(all|oof|autoreply)\b/i.test(suppress) && AUTO_REPLY_SUBJECT.test(mail.subject)) {
    return { kind: 'auto_reply', reason: 'X-Auto-Response-Suppress with an out-of-office subject' };
  }
  const precedence = first(mail, 'precedence');
  if (precedence && /^(bulk|junk|list|auto_reply)$/i.test(precedence)) {
    return { kind: precedence.toLowerCase() === 'list' ? 'list' : precedence.toLowerCase() === 'auto_reply' ? 'auto_reply' : 'bulk', reason: `Precedence: ${precedence}` };
  }
  if (mail.headers['list-id'] || mail.headers['list-unsubscribe'] || mail.headers['list-post']) {
    return { kind: 'list', reason: 'List-Id/List-Unsubscribe header (RFC 2919/2369)' };
  }
  const returnPath = mail.headers['return-path'];
  if (returnPath && returnPath.some((value) => /^<\s*>$/.test(value.trim()))) return { kind: 'bounce', reason: 'empty Return-Path (RFC 5321 null sender)' };
  const localPart = fromAddress.split('@')[0] ?? '';
  if (/^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)$/i.test(localPart)) return { kind: 'bounce', reason: `From ${localPart}` };
  if (mail.headers['x-failed-recipients']) return { kind: 'bounce', reason: 'X-Failed-Recipients header' };
  if (/vacation|auto-?reply/i.test(first(mail, 'x-apple-action') ?? '')) return { kind: 'auto_reply', reason: 'X-Apple-Action: vacation reply' };

  // Web forms (contact and DSAR forms) send from a no-reply address through bulk senders such as SES,
  // which stamp Feedback-ID on everything, and put the person in Reply-To. That person's request must
  // be answered, so these weaker signals only count when nobody else is named to reply to.
  const relaysPerson = mail.replyTo.some((reply) => reply.address !== fromAddress && !/^(no-?reply|do-?not-?reply)\b/i.test(reply.address));
  if (!relaysPerson) {
    if (/^(no-?reply|do-?not-?reply|bounces?)([+-].*)?$/i.test(localPart)) return { kind: 'bulk', reason: `From ${localPart} address` };
    if (mail.headers['feedback-id'] || mail.headers['x-campaign']) return { kind: 'bulk', reason: 'bulk-mailer header' };
  }
  if (mail.headers['x-mailchimp-campaign']) return { kind: 'bulk', reason: 'bulk-mailer header' };
  if (AUTO_REPLY_SUBJECT.test(mail.subject)) return { kind: 'auto_reply', reason: 'out-of-office subject' };
  if (BOUNCE_SUBJECT.test(mail.subject)) return { kind: 'bounce', reason: 'delivery-failure subject' };
  return null;
}
