import type { InboundMail } from '../../types.js';
import type { MessageText } from './message-text.js';
import { answerSaysItself, bareAnswer, inFirstPerson, isChoice, offeredIn, quotedQuestions, type YesAnswer } from './yes-answer.js';

/**
 * "Both." under "Does your objection concern the SMS, the e-mails, or both?", "the app one" under
 * "which account does your request relate to?": the person picks among what their own request
 * covers. The team asked to narrow the request, not whether to make it, so the answer keeps it: it
 * asks what the question is about ("your objection to marketing" is an opt-out).
 */
const CHOICE_WORDS =
  /^[\s"'“„«]*(?:(?:to|for|a|à|aux|für|voor|per|para|por|de|van|von) )?(?:both|all of (?:them|it)|the (?:first|second|last|\p{L}+) one|beide[ns]?|alle(?:s)?|die erste|die zweite|ambos|ambas|los dos|las dos|todos|todas|les deux|tous les deux|toutes les deux|tout|entrambi|entrambe|tutti e due|tutte e due|tutto|tutti|os dois|as duas|allebei|alle twee)(?![\p{L}])/iu;
/** "Which one…?", "welche…?", "¿cuál…?", "lequel…?", "quale…?", "qual…?", "welke…?": a question that asks to choose. */
const WHICH = /(?<![\p{L}])(?:which|welche[nrms]?|cu[aá]l(?:es)?|lequel|laquelle|lesquel(?:le)?s|quel(?:le)?s?|qual[ei]?|welke|welk)(?![\p{L}])/iu;
/** Dutch "of" is also "whether", so a Dutch choice shows in its last option: "…, de e-mails of allebei?". */
const OR_BOTH = /(?<![\p{L}])(?:of|or|oder|ou|o) (?:(?:a|à|to|de|van|voor) )?(?:allebei|alle twee|beide|both|ambos|ambas|les deux|entrambi|os dois)(?![\p{L}])/iu;
/** "Both, thanks", "les deux svp": a choice and at most a few words; more is a letter. */
const MAX_WORDS = 6;

export function choiceToQuestion(mail: InboundMail, text: MessageText): YesAnswer | null {
  if (text.isReply !== true) return null;
  const first = bareAnswer(text.body, (line) => !line.includes('?') && (line.match(/\p{L}+/gu) ?? []).length <= MAX_WORDS);
  if (first === null || !CHOICE_WORDS.test(first)) return null;
  // "Both, and delete my account too": the answer says more, and is read as written.
  if (answerSaysItself(text.body)) return null;
  const question = quotedQuestions(mail).filter((asked) => isChoice(asked) || WHICH.test(asked) || OR_BOTH.test(asked)).at(-1);
  if (question === undefined) return null;
  const asTheirs = inFirstPerson(question);
  // Labels the rules do not read in the question are left to the model, as for a yes (yes-with-model.ts).
  return { labels: offeredIn([asTheirs]), question: question.slice(0, 160), asTheirs };
}
