import { chase, type Rule } from '../rule.js';

/**
 * "Hace cuatro semanas que pulsé «darme de baja» … y desde entonces me han llegado once correos",
 * "Me confirmaron que mi oposición estaba registrada. Desde entonces me han llamado nueve veces": an
 * opt-out made, and the marketing since. The person complains that it was ignored (GDPR Art. 21(3),
 * CCPA 1798.120(d)), whatever they ask besides. Only with the earlier opt-out named before it: "since
 * then" alone may follow anything ("I was your patient in 2019; since then I have received…").
 */
const OPTED_OUT =
  '(?:unsubscrib\\p{L}*|opt(?:ed)?[- ]?out|objection|baja|oposici[óo]n|abgemeldet|abbestellt|Widerspruch|désinscri\\p{L}*|désabonn\\p{L}*|opposition|disiscri\\p{L}*|opposizione|descadastr\\p{L}*|oposi[çc][ãa]o|afgemeld|uitgeschreven|bezwaar)';
const SINCE_THEN =
  '(?:since then|ever since|desde entonces|seitdem|seither|depuis(?: lors| ce jour)?|da allora|da quel giorno|desde então|desde aí|sindsdien|sinds die tijd)';
const STILL_CAME =
  "(?:i(?:'ve| have)? (?:received|got(?:ten)?|had)|you(?:'ve| have)? (?:sent|called|emailed|texted|rung)|there (?:have|has) been|me han (?:llegado|llamado|enviado|mandado|escrito)|he recibido|han seguido|(?:habe|hab) ich|bekomme ich|erhalte ich|kamen|kommen|riefen|rufen|j'ai reçu|je reçois|vous m'avez|j'ai été|ho ricevuto|ricevo|mi (?:avete|hanno)|mi sono arrivat\\p{L}|(?:já )?recebi|continuo a receber|(?:me )?ligaram|heb ik|kreeg ik|krijg ik|ben ik)";

const within = (earlier: string, later: string): RegExp => new RegExp(`(?<!\\p{L})${earlier}(?!\\p{L})[^]{0,300}?(?<!\\p{L})${later},? ${STILL_CAME}(?!\\p{L})`, 'giu');

export const IGNORED_OPT_OUT_RULES: Rule[] = [chase('complaint', within(OPTED_OUT, SINCE_THEN))];
