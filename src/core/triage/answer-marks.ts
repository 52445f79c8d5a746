/**
 * How people mark their answer typed under one of our questions: an arrow ("-> Yes", "=> 22-04-1979",
 * "» Sim") or a label ("R: Sim", "Antwort: Ja", "RISPOSTA: …"). io/inline-answers.ts finds such
 * lines inside the quoted mail; inline-yes.ts reads the answer without its mark.
 */
export const ANSWER_ARROW_SOURCE = '-+>|=+>|»';
export const ANSWER_LABEL_SOURCE = '(?:answer|reply|antwort|réponse|respuesta|risposta|resposta|antwoord|resp\\.?|r)\\s*:';

/** The mark at the start of an answer, with the space after it. */
export const ANSWER_MARK = new RegExp(`^\\s*(?:${ANSWER_ARROW_SOURCE}|${ANSWER_LABEL_SOURCE})\\s*`, 'iu');

/** A line mostly in capitals, with words in it: "NO, LLEVA TILDE: ECHEVERRÍA", "SI". */
export function inCapitals(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((letter) => letter === letter.toUpperCase() && letter !== letter.toLowerCase()).length;
  return letters.length >= 2 && upper / letters.length >= 0.8;
}

const ANSWER_ARROW_START = new RegExp(`^\\s*(?:${ANSWER_ARROW_SOURCE})\\s*\\S`, 'u');
/** "¿Desea que eliminemos su cuenta? SÍ", "Do you want a copy? -> no": an answer typed after the question on its line. */
const TRAILING_ANSWER = /^(.*\?)[ \t]+(\S.*)$/u;

/**
 * The question and the answer typed after it on one line, as two lines; any other line as it is.
 * The answer is told by an arrow, or (where `capitals` says answers are in capitals) by capitals
 * after a question that is not.
 */
export function splitTrailingAnswer(line: string, capitals: boolean): string[] {
  const match = TRAILING_ANSWER.exec(line);
  const [question, answer] = [match?.[1], match?.[2]];
  if (question === undefined || answer === undefined) return [line];
  return (capitals && inCapitals(answer) && !inCapitals(question)) || ANSWER_ARROW_START.test(answer) ? [question, answer] : [line];
}
