import { QUOTATION } from './automated-units.js';

/** "Testo della segnalazione:", "Text of your request:", "Texto de la solicitud:": the label of a ticket system's copy. */
const ECHO_TEXT_OF =
  '(?:text|texto|texte|testo|Text|tekst) (?:of (?:your|the) |de (?:la |su |votre |sua |tu )?|du |della |del |der |Ihrer |van (?:je|uw|de) |da |do )?(?:request|message|report|submission|solicitud|mensaje|reporte|demande|message|signalement|segnalazione|richiesta|messaggio|Anfrage|Nachricht|Meldung|verzoek|bericht|melding|pedido|mensagem|solicitação|denúncia)';
/** A copy cut off at the line's end ("«Vi segnalo che … evitare c"): systems shorten what they echo. */
const CUT_QUOTATION = '«[^»\\n]{20,300}(?=\\n|$)|“[^”\\n]{20,300}(?=\\n|$)';

/**
 * "Your question: "…"", "Uw vraag: "…"", "Mensaje: "…"", "Votre message : «…»": a help desk echoing,
 * label and quotation, the message the person sent it.
 */
const ECHOED_MESSAGE = new RegExp(
  `(?<![\\p{L}])(?:(?<=^|\\n)[ \\t]*(?:text|texto|texte|testo|tekst)|your (?:question|message|request|enquiry|inquiry|report)|ihre (?:nachricht|anfrage|frage|meldung)|(?:tu|su) (?:consulta|mensaje|pregunta|solicitud|reporte)|mensaje|votre (?:message|question|demande|signalement)|(?:il tuo|il suo) messaggio|(?:la tua|la sua) (?:domanda|richiesta|segnalazione)|messaggio|(?:a sua|sua) (?:mensagem|pergunta|solicitação|denúncia)|mensagem|(?:uw|je|jouw) (?:vraag|bericht|verzoek|melding)|${ECHO_TEXT_OF})\\s*:\\s*(?:${QUOTATION.source}|${CUT_QUOTATION})`,
  'giu',
);

const MONTH_DATE = '\\d{1,2}\\.? \\p{L}{3,10}\\.?,? \\d{4}|\\p{L}{3,10}\\.? \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}';
/**
 * A help desk's comment thread ("Craig Dunmore, 25 Mar 2026, 09:31 GMT" over the comment, indented):
 * its author's name, the date and the time on a line of their own, the comment indented under it.
 */
const COMMENT_HEADER = new RegExp(
  `^[ \\t]*\\p{Lu}[\\p{L}.'’-]*(?: \\p{L}[\\p{L}.'’-]*){0,3},? (?:${MONTH_DATE}),?(?: (?:at|um|à|a las|alle|às|om|-))? \\d{1,2}[:.h]\\d{2}(?: ?(?:[AaPp][Mm]|[A-Z]{2,5}|UTC[+-]?\\d{0,2}))?[ \\t]*$`,
  'gmu',
);
const INDENTED = /^(?:[ \t]{2,}|\t)\S/u;

/** The indented comments under a help desk's comment headers. */
function commentThreads(text: string): { start: number; end: number }[] {
  const threads: { start: number; end: number }[] = [];
  for (const header of text.matchAll(COMMENT_HEADER)) {
    let end = header.index + header[0].length;
    let indented = false;
    for (const line of text.slice(end + 1).split('\n')) {
      if (line.trim() !== '' && !INDENTED.test(line)) break;
      indented ||= line.trim() !== '';
      end += line.length + 1;
    }
    if (indented) threads.push({ start: header.index, end: Math.min(end, text.length) });
  }
  return threads;
}

/** Where a help desk echoes the person's own message, label included. */
export function echoedMessages(text: string): { start: number; end: number }[] {
  return [...[...text.matchAll(ECHOED_MESSAGE)].map((echo) => ({ start: echo.index, end: echo.index + echo[0].length })), ...commentThreads(text)];
}
