/**
 * How people mark their answer typed under one of our questions: an arrow ("-> Yes", "=> 22-04-1979",
 * "» Sim") or a label ("R: Sim", "Antwort: Ja", "RISPOSTA: …"). io/inline-answers.ts finds such
 * lines inside the quoted mail; inline-yes.ts reads the answer without its mark.
 */
export const ANSWER_ARROW_SOURCE = '-+>|=+>|»';
export const ANSWER_LABEL_SOURCE = '(?:answer|reply|antwort|réponse|respuesta|risposta|resposta|antwoord|resp\\.?|r)\\s*:';

/** The mark at the start of an answer, with the space after it. */
export const ANSWER_MARK = new RegExp(`^\\s*(?:${ANSWER_ARROW_SOURCE}|${ANSWER_LABEL_SOURCE})\\s*`, 'iu');
