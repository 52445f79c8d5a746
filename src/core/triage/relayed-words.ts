import type { InboundMail } from '../../types.js';
import { VOICEMAIL_DETAIL, VOICEMAIL_NOTICE } from './automated-notice-phrases.js';
import { AUTOMATIC_WORDING, SELF_DESCRIBED } from './automated-system-phrases.js';
import { FIRST_PERSON_SINGULAR } from './masks.js';

/** The notice's own lines are short: "Nuovo messaggio vocale", "Durata: 0:49", "Transcriptie (automatisch):". */
const APPARATUS_LINE_CHARS = 100;
const NOTICE_WORDING = [VOICEMAIL_NOTICE, VOICEMAIL_DETAIL, SELF_DESCRIBED, AUTOMATIC_WORDING];
/** "Durata: 0:49", "Van: 06-12345678": a field whose value has no sentence in it. */
const FIELD_WITHOUT_WORDS = /^[^:\n]{1,40}:[^\p{L}]*(?:\p{L}+[^\p{L}]*){0,3}$/u;
/** The quotation marks a transcript is wrapped in. */
const WRAPPING_QUOTES = /^["“”„«»‚‘’]+|["“”„«»‚‘’]+$/gu;

const isApparatus = (line: string): boolean => {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > APPARATUS_LINE_CHARS) return false;
  if (FIELD_WITHOUT_WORDS.test(trimmed)) return true;
  return NOTICE_WORDING.some((pattern) => trimmed.search(pattern) >= 0);
};

/** The relayed words of a voicemail or fax notice: its text without the notice's own lines. */
function relayedWords(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isApparatus(line))
    .map((line) => line.replace(WRAPPING_QUOTES, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The mail as the caller said it: a voicemail's transcript or a fax's recognised text without the
 * notice's lines around it ("Nuovo messaggio vocale", "Durata: 0:49", "La trascrizione è generata
 * automaticamente") and without the machine's subject. Rules and model read a notice's apparatus as
 * what it is, machine mail that asks nothing, and it outweighed a caller's "vorrei che cancellaste
 * l'account" (blind round 69). Null when what is left has no one speaking of themselves ("Il
 * documento è allegato in formato PDF"): such a notice is read whole, as before, since pro-drop
 * languages may speak of themselves in the verb alone ("Queria pedir que apagassem").
 */
export function voicemailWords(mail: InboundMail): InboundMail | null {
  const newText = relayedWords(mail.newText);
  if (!FIRST_PERSON_SINGULAR.test(newText)) return null;
  return { ...mail, subject: '', text: relayedWords(mail.text), newText };
}

/**
 * "Transcript: (No speech detected)", "Trascrizione: (nessun parlato rilevato)": the notice says the
 * caller left no words, so it relays none, whatever a reader of its own lines might guess.
 */
const NO_SPEECH =
  /(?<!\p{L})(?:no speech(?: was)? detected|no speech|transcript(?:ion)? (?:not available|unavailable)|no transcription available|keine Sprache erkannt|kein(?:e)? (?:gesprochene[rn]? )?Text erkannt|Transkription nicht verfügbar|no se (?:ha )?detectado (?:voz|habla)|no se detectó (?:voz|habla)|transcripción no disponible|aucune (?:parole|voix) (?:n'a été )?détectée|transcription (?:non disponible|indisponible)|nenhuma (?:fala|voz) (?:foi )?detetada|nenhuma (?:fala|voz) (?:foi )?detectada|transcrição (?:não disponível|indisponível)|nessun parlato rilevato|nessuna voce rilevata|trascrizione non disponibile|geen spraak (?:gedetecteerd|herkend)|transcriptie niet beschikbaar)(?!\p{L})/iu;

/** A voicemail notice whose transcript says no one spoke. */
export function saysNoSpeech(mail: Pick<InboundMail, 'newText' | 'text'>): boolean {
  return NO_SPEECH.test(mail.newText || mail.text);
}
