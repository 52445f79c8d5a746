import type { InboundMail } from '../../types.js';
import { inFirstPerson, offeredIn, unquoted, type YesAnswer } from './yes-answer.js';

/**
 * "Option 2.", "La 3", "Opción 1, por favor", "Nr. 2": the number of one of the options the team's
 * mail listed ("Please reply with the number of the option you'd like: 1. Delete … 2. Opt out …").
 */
const NUMBER_ANSWER =
  /^[\s"'“„«]*(?:(?:option|optie|opción|opcion|opzione|opção|opcao|punkt|punto|ponto|point|number|nummer|número|numero|nr\.?|no\.?|n[º°]\.?|#)\s*|(?:la|le|el|il|a|o|die|de|het)\s+)?(\d{1,2})(?=[.)]?\s*(?:$|\n|[,;:!]|\.(?!\d)|please|pls|por favor|bitte|svp|graag|per favore|thanks|thank you|gracias|merci|danke|grazie|obrigad[oa]|bedankt)|[.)]\s)/iu;
/** A line of the quoted list: "  2. Opt out of the sale or sharing of my personal information". */
const LISTED_OPTION = /^\s*(?:\(?(\d{1,2})[.)]|(\d{1,2})\s*[-–:])\s+(\S.{2,200})$/u;
/** The answer says little besides the number: a reason, a wish, not a letter. */
const MAX_WORDS = 40;

/**
 * The option a number picks from the team's numbered list, read as the person's request ("Opt out of
 * the sale or sharing of my personal information"); null when the number picks nothing listed.
 */
export function numberedOptionChosen(mail: InboundMail, body: string): YesAnswer | null {
  const place = NUMBER_ANSWER.exec(body)?.[1];
  if (place === undefined || (body.match(/\p{L}+/gu) ?? []).length > MAX_WORDS) return null;
  // "1 – yes / 2 – no": answers to numbered questions, one per line (yes-answer.ts reads them).
  if ((body.match(/^\s*\d{1,2}\s*[.)–:-]/gmu) ?? []).length >= 2) return null;
  const quoted = mail.text.replace(/\r\n/g, '\n').split('\n').filter((line) => /^[ \t]*>/u.test(line)).map(unquoted);
  const listed = quoted.map((line) => LISTED_OPTION.exec(line)).filter((match) => match !== null);
  // At least two options listed, so the number picks among them, not a date or a count.
  if (listed.length < 2) return null;
  const option = listed.find((match) => (match[1] ?? match[2]) === String(Number(place)))?.[3];
  // A numbered question ("2. Do you also want us to close your account?") is answered, not chosen.
  if (option === undefined || option.trim().endsWith('?')) return null;
  const asTheirs = inFirstPerson(option);
  const labels = offeredIn([asTheirs]);
  return labels.length === 0 ? null : { labels, question: option.slice(0, 160), asTheirs };
}
