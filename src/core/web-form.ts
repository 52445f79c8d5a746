import type { Address, InboundMail } from '../types.js';

/**
 * A website's contact or request form, relayed by mail from the site's no-reply address: "Name: …",
 * "Email: …", "Message: …". A person wrote the message, but the only place their address appears is
 * a field they typed it into, unverified. So the bot never answers it on its own (anyone can type
 * anyone's address into a form: answering would let the form mail strangers); it passes it to the
 * team, and a team member's `open` makes the case for the address in the form.
 */
export interface RelayedForm {
  sender: Address;
}

/** Forms put their fields at the top; a long letter that happens to contain "Email:" is not a form. */
const MAX_FORM_LINES = 40;
const FIELD_LINE = /^[\s*_>]*([\p{L}][\p{L}\s.'’/()-]{0,40}?)[\s*_]*[:：][\s*_]*(.*)$/u;
const ADDRESS = /^<?([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})>?$/u;
/**
 * A mailbox nobody reads: `noreply@`, `do-not-reply+shop@`, `bounces-12@`, `security-noreply@`, and the same in the
 * languages senders name them in: `nao-responder@`, `no-responder@`, `ne-pas-repondre@`,
 * `keine-antwort@`, `non-rispondere@`, `niet-beantwoorden@` (also read by automated.ts).
 */
export const NO_REPLY_LOCAL_PART =
  /^(?:[\w.]+[-_.])?(no-?reply|do-?not-?reply|bounces?|n[aã]o-?responda|n[aã]o-?responder|no-?responder|no-?contestar|ne-?pas-?r[eé]pondre|ne-?repondez-?pas|keine-?antwort|nicht-?antworten|non-?rispondere|noreply|niet-?beantwoorden|niet-?antwoorden|geen-?antwoord)([+._-].*)?$/i;

/** An address nobody reads: a relay for other people's mail, never one person's. */
export const isNoReply = (address: string): boolean => NO_REPLY_LOCAL_PART.test(address.split('@')[0] ?? '');

function foldedLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Field names in the seven languages the bot reads (diacritics folded). */
const EMAIL_FIELDS = new Set([
  'email', 'e-mail', 'mail', 'email address', 'e-mail address', 'your email', 'your e-mail', 'your email address', 'reply to', 'reply-to', 'contact email',
  'e-mail-adresse', 'e-mail adresse', 'emailadresse', 'ihre e-mail', 'ihre e-mail-adresse',
  'correo', 'correo electronico', 'tu correo', 'su correo', 'email de contacto',
  'courriel', 'adresse e-mail', 'adresse email', 'adresse electronique', 'adresse mail', 'votre e-mail', 'votre courriel', 'votre adresse e-mail',
  'indirizzo email', 'indirizzo e-mail', 'indirizzo di posta elettronica', 'la tua email',
  'endereco de e-mail', 'endereco de email', 'seu e-mail', 'seu email', 'o seu e-mail',
  'e-mailadres', 'emailadres', 'uw e-mailadres', 'je e-mailadres',
]);
const MESSAGE_FIELDS = new Set([
  'message', 'your message', 'comment', 'comments', 'enquiry', 'inquiry', 'your enquiry', 'your request', 'request', 'request details', 'details', 'question', 'your question', 'description',
  'nachricht', 'ihre nachricht', 'anliegen', 'ihr anliegen', 'mitteilung', 'anfrage', 'ihre anfrage', 'kommentar', 'frage',
  'mensaje', 'tu mensaje', 'su mensaje', 'consulta', 'comentario', 'comentarios', 'solicitud', 'pregunta',
  'votre message', 'demande', 'votre demande', 'commentaire', 'question', 'objet de la demande',
  'messaggio', 'il tuo messaggio', 'richiesta', 'la tua richiesta', 'domanda', 'commento',
  'mensagem', 'sua mensagem', 'a sua mensagem', 'pedido', 'o seu pedido', 'comentario', 'duvida', 'solicitacao',
  'bericht', 'uw bericht', 'je bericht', 'vraag', 'uw vraag', 'opmerking', 'opmerkingen', 'toelichting', 'verzoek',
]);
const NAME_FIELDS = new Set(['name', 'full name', 'your name', 'nom', 'nom complet', 'votre nom', 'nombre', 'nombre completo', 'tu nombre', 'nome', 'nome completo', 'il tuo nome', 'seu nome', 'naam', 'volledige naam', 'uw naam', 'je naam', 'ihr name', 'vollstandiger name']);

const KNOWN_LABELS = new Set([...EMAIL_FIELDS, ...MESSAGE_FIELDS, ...NAME_FIELDS]);
/** Longest field name, in words ("indirizzo di posta elettronica"). */
const MAX_LABEL_WORDS = 4;

/**
 * "Name: Ana" as most forms write it, or "Naam Wilma Hoekstra" as an HTML table's label and value
 * cells come out as text: there only a field name the form readers know counts as a label.
 */
function fieldOf(line: string): { label: string; value: string } | null {
  const field = FIELD_LINE.exec(line);
  if (field) return { label: foldedLabel(field[1] ?? ''), value: (field[2] ?? '').trim() };
  const words = line.trim().split(/\s+/u);
  for (let count = Math.min(MAX_LABEL_WORDS, words.length - 1); count >= 1; count -= 1) {
    const label = foldedLabel(words.slice(0, count).join(' '));
    if (KNOWN_LABELS.has(label)) return { label, value: words.slice(count).join(' ') };
  }
  return null;
}

/** The form a no-reply relay carries, or null when the mail is no such relay. */
export function relayedFormOf(mail: Pick<InboundMail, 'from' | 'replyTo' | 'text'>): RelayedForm | null {
  const relay = mail.from?.address ?? '';
  if (!isNoReply(relay)) return null;
  // A form that puts the person in Reply-To names them in a header: that mail is answered as theirs.
  if (mail.replyTo.some((reply) => reply.address !== relay && !isNoReply(reply.address))) return null;
  let address: string | null = null;
  let name = '';
  let message = false;
  const lines = mail.text.split(/\r?\n/, MAX_FORM_LINES);
  for (const line of lines) {
    const field = fieldOf(line);
    if (!field) continue;
    const { label, value } = field;
    if (EMAIL_FIELDS.has(label)) {
      const found = ADDRESS.exec(value);
      if (found && !address) address = (found[1] as string).toLowerCase();
    } else if (NAME_FIELDS.has(label) && value && !name) name = value.slice(0, 120);
    else if (MESSAGE_FIELDS.has(label)) message = true;
  }
  if (!address || !message || address === relay.toLowerCase() || isNoReply(address)) return null;
  return { sender: { name, address } };
}
