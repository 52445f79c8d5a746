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

/** Where a help desk echoes the person's own message, label included. */
export function echoedMessages(text: string): { start: number; end: number }[] {
  return [...text.matchAll(ECHOED_MESSAGE)].map((echo) => ({ start: echo.index, end: echo.index + echo[0].length }));
}
