import { ATTRIBUTION_LINE_SOURCES } from '../core/attribution-lines.js';
import { ANSWER_ARROW_SOURCE, ANSWER_LABEL_SOURCE, inCapitals, splitTrailingAnswer } from '../core/triage/answer-marks.js';

/**
 * Answers written between the lines of a quoted message ("see my answers below", then "> 1. Your date
 * of birth" / "22-04-1979"): the quote-stripping keeps only the text above the quote header, so the
 * answers a person typed into our questions would be lost. A mail client marks every quoted line with
 * ">" (RFC 3676 4.5), so a line without it, after a quoted question, is the replier's; where the whole
 * original is unquoted (Outlook's "-----Original Message-----"), only a writer who says the answers are
 * in the text, and lines that start with an answer arrow, tell which lines are theirs.
 */

/** "See my answers below", "réponses dans le texte", "Antworten im Text", "respostas abaixo", ... */
const ANNOUNCED =
  /(?<!\p{L})(?:(?:my |see (?:my )?)?answers? (?:are )?(?:below|inline|in (?:the )?(?:text|line|red|blue|bold)|between the lines|under (?:each|your) questions?)|(?:see|replies|comments) (?:below|inline)|(?:meine )?Antworten? (?:im Text|unten|darunter|in (?:rot|blau|fett))|siehe unten|(?:mis )?respuestas? (?:en el texto|abajo|debajo|entre líneas|en (?:rojo|azul|negrita))|(?:mes )?réponses? (?:dans le texte|ci-dessous|en dessous|en (?:rouge|bleu|gras)|entre les lignes)|voir ci-dessous|(?:le mie )?risposte? (?:nel testo|qui sotto|sotto|in (?:rosso|blu|grassetto))|(?:as minhas )?respostas? (?:no texto|abaixo|em baixo|a (?:vermelho|azul|negrito)|em (?:vermelho|azul|negrito))|(?:mijn )?antwoorden? (?:in de tekst|hieronder|onder (?:de|uw|jullie) vragen|in het (?:rood|blauw|vet))|zie hieronder|(?:i(?:'ve| have)? )?answered (?:below|inline|in (?:the )?text)|(?:ich )?antworte (?:im Text|unten|direkt darunter)|(?:te |les |le |os )?contesto (?:debajo|abajo|en el texto|entre líneas)|(?:je (?:vous )?)?réponds (?:ci-dessous|dans le texte|en dessous)|rispondo (?:punto per punto )?(?:qui sotto|sotto|nel testo)|respondo (?:abaixo|no texto|em baixo)|(?:ik )?antwoord (?:hieronder|in de tekst))(?!\p{L})/iu;
/**
 * The same said looser, with words between: "See answers in caps below", "respondo a vermelho logo
 * abaixo", "Antworten stehen unten". An answer word, then within a few words where the answers are.
 */
const ANNOUNCED_LOOSELY =
  /(?<!\p{L})(?:answers?|answered|replies|antwort\p{L}*|respuestas?|contesto|respondo|réponses?|réponds|risposte?|rispondo|respostas?|antwoord\p{L}*)(?!\p{L})[^.\n?]{0,40}?(?<!\p{L})(?:below|inline|unten|darunter|abajo|debajo|ci-dessous|dessous|sotto|abaixo|hieronder|caps|capitals|mayúsculas|majuscules|maiuscolo|maiúsculas|hoofdletters|Großbuchstaben|ertussen|tussendoor|dazwischen|in between|between the lines|zwischen den Zeilen|entre líneas|entre lignes|entre les lignes|tra le righe|entre linhas|tussen de regels|in the text|im Text|en el texto|dans le texte|nel testo|no texto|in de tekst|(?:after|under|below) each question|(?:nach|unter) jeder Frage|(?:a )?(?:seguir|después|debajo|abajo|sous|dessous|sotto|dopo|abaixo|onder) (?:de |d['’]|a |à |di |van )?(?:cada|chaque|ogni|elke) (?:pregunta|punto|question|point|domanda|pergunta|ponto|vraag|punt))(?!\p{L})/iu;
/** "RISPOSTA: …", "ANSWER: …", "Antwort: …": an answer labelled as one inside an unquoted original. */
const ANSWER_LABEL = new RegExp(`^\\s*${ANSWER_LABEL_SOURCE}\\s*\\S`, 'iu');

/** "answers below in capitals", "RISPONDO IN MAIUSCOLO": the replier's lines are the ones in capitals. */
const IN_CAPITALS = /(?<!\p{L})(?:caps|capitals|capital letters|upper ?case|block letters|Großbuchstaben|großgeschrieben|mayúsculas|majuscules?|maiuscol[oe]|stampatello|maiúsculas|hoofdletters)(?!\p{L})/iu;

const QUOTED = /^\s*>/u;
/** "-> Yes", "=> 22-04-1979": how people mark an answer inside an unquoted original. */
const ANSWER_ARROW = new RegExp(`^\\s*(?:${ANSWER_ARROW_SOURCE})\\s*\\S`, 'u');
/** A question or a numbered prompt ("1. Your date of birth", "Name:") that an answer may follow. */
const PROMPT = /(?:\?|:)\s*$|^\s*>?\s*\d{1,2}[.)]\s/u;
const QUESTION_END = /\?\s*$/u;
/** Where the replier's own lines end: a signature, or older history quoted further down. */
const BLOCK_END = new RegExp(`^(?:-- ?$|_{5,}|(?:${ATTRIBUTION_LINE_SOURCES.join('|')})$)`, 'u');
/** Enough for every answer to a team's questions; quoted history past it is not read. */
const MAX_BLOCK_CHARS = 20_000;

const ARROW_MARK = new RegExp(`^\\s*(?:${ANSWER_ARROW_SOURCE})\\s*`, 'u');
/** An arrow, or ">" marks the writer used as one under an unquoted original. */
const ARROW_OR_QUOTE_MARK = new RegExp(`^\\s*(?:${ANSWER_ARROW_SOURCE}|(?:>\\s?)+)\\s*`, 'u');

/** How many ">" mark the line as quoted. */
function quoteDepth(line: string): number {
  return (/^\s*((?:>\s?)+)/u.exec(line)?.[1] ?? '').replace(/\s/gu, '').length;
}

/** Lines read to tell an unquoted original (Outlook's) from a quoted one. */
const ORIGINAL_SAMPLE_LINES = 12;

/** The original under the header is mostly not marked with ">": the writer's own ">" lines are then answers. */
function mostlyUnquoted(lines: readonly string[]): boolean {
  const sample = lines.filter((line) => line.trim() !== '').slice(0, ORIGINAL_SAMPLE_LINES);
  return sample.length > 0 && sample.filter((line) => QUOTED.test(line)).length * 3 < sample.length;
}

/** Outlook's and others' divider above an unquoted original: "-----Message d'origine-----". */
const DIVIDER = /^-{2,}\s*[\p{L} '’]{3,40}\s*-{2,}\s*$/mu;

/** Where the quoted block starts: the first quote header (`quoteHeader`) or divider line; -1 if none. */
export function quoteBlockAt(text: string, quoteHeader: RegExp): number {
  const positions = [text.search(quoteHeader), text.search(DIVIDER)].filter((at) => at > 0);
  return positions.length > 0 ? Math.min(...positions) : -1;
}

/**
 * The replier's answers inside the quoted block that starts at `quoteAt` in `text` (its first line
 * is the quote header), joined one per line; '' when there are none.
 */
export function inlineAnswers(text: string, top: string, quoteAt: number): string {
  const announced = ANNOUNCED.test(top) || ANNOUNCED_LOOSELY.test(top);
  const capitals = announced && IN_CAPITALS.test(top);
  const lines = text
    .slice(quoteAt, quoteAt + MAX_BLOCK_CHARS)
    .split('\n')
    .slice(1)
    .flatMap((line) => (announced ? splitTrailingAnswer(line, capitals) : [line]));
  const answers: string[] = [];
  let sawQuoted = false;
  let lastQuoted = '';
  let lastWasQuoted = false;
  // In an unquoted original (Outlook's "De: … Enviado: …" block) under "answers below": the paragraph
  // right under each of our questions is the replier's, up to the next blank line.
  let afterQuestion = false;
  let inAnswer = false;
  // Answers marked as quoted ("Les respondo debajo de cada punto con ">>"") under an unquoted original.
  const unquotedOriginal = announced && mostlyUnquoted(lines);
  let deepAnswer = false;
  for (const line of lines) {
    if (!line.trim()) {
      inAnswer = false;
      deepAnswer = false;
      continue;
    }
    if (announced && !sawQuoted && (!QUOTED.test(line) || (unquotedOriginal && (afterQuestion || inAnswer)))) {
      if (BLOCK_END.test(line.trim())) break;
      const question = QUESTION_END.test(line);
      // Answers in capitals tell the replier's lines apart, so our next question ends an answer even without a blank line.
      const ourNextQuestion = capitals && question && !inCapitals(line);
      if ((inAnswer && !ourNextQuestion) || QUOTED.test(line) || ANSWER_LABEL.test(line) || ANSWER_ARROW.test(line) || (afterQuestion && !question) || (capitals && inCapitals(line))) {
        answers.push(line.replace(ARROW_OR_QUOTE_MARK, '').trim());
        inAnswer = true;
        afterQuestion = false;
      } else afterQuestion = question;
      continue;
    }
    if (unquotedOriginal && !sawQuoted && QUOTED.test(line)) continue;
    // "Mes réponses sont dans le texte, précédées de >>": a line one level deeper right under our quoted question is theirs.
    if (announced && quoteDepth(line) > 1 && (deepAnswer || (lastWasQuoted && quoteDepth(lastQuoted) === 1 && QUESTION_END.test(lastQuoted)))) {
      answers.push(line.replace(/^\s*(?:>\s?)+/u, '').trim());
      deepAnswer = true;
      sawQuoted = true;
      continue;
    }
    deepAnswer = false;
    if (QUOTED.test(line)) {
      sawQuoted = true;
      lastQuoted = line;
      lastWasQuoted = true;
      continue;
    }
    if (BLOCK_END.test(line.trim())) break;
    // A bare line under a quoted question, or any bare line once the writer said the answers are in the text.
    const answersQuoted = sawQuoted && (announced || (lastWasQuoted && PROMPT.test(lastQuoted)));
    if (answersQuoted || (announced && ANSWER_ARROW.test(line))) {
      answers.push(line.replace(ANSWER_ARROW.test(line) ? ARROW_MARK : /^\s+/u, ''));
    }
    lastWasQuoted = false;
  }
  return answers.join('\n');
}
