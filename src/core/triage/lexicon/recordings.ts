import { ask, words, type Rule } from '../rule.js';

/**
 * "Please send me the recording of my call on 3 March": a recording of one's own call, session or
 * consultation is personal data, and asking for it (a copy, to hear it) is the right of access (GDPR
 * Art. 15, CCPA 1798.110, HIPAA 164.524 for a recorded telehealth visit). The recording is the
 * match; the ask may come before it or after it in the sentence (German and Dutch put the verb last).
 * "Delete the recording of my call" is no access request: the clause check for data to be removed
 * (object-phrases.ts) drops it.
 */
const RECORDING = [
  '(?:audio |video |call |voice |phone )?recordings? of (?:my|our|the) (?:\\p{L}+ ){0,2}?(?:calls?|phone calls?|conversations?|sessions?|consultations?|appointments?|video ?calls?|visits?|chats?)|(?:my|our) (?:\\p{L}+ ){0,1}?(?:call|session|consultation|appointment) recordings?',
  '(?:Aufzeichnung|Aufnahme|Mitschnitt|Tonaufnahme|Videoaufzeichnung)(?:en)? (?:meines|meiner|unseres|unserer|von meinem|von meiner|des|der) (?:\\p{L}+ ){0,2}?(?:Telefonat|Anruf|Gespräch|Sitzung|Termin|Videosprechstunde|Beratung|Videotermin)\\p{L}*',
  'grabaci(?:ón|on|ones) de (?:mi|mis|nuestra|nuestras|la|las) (?:\\p{L}+ ){0,2}?(?:llamadas?|conversaci(?:ón|on|ones)|sesi(?:ón|on|ones)|consultas?|videollamadas?|citas?|videoconsultas?)',
  'enregistrements? (?:de|des|du) (?:mon|ma|mes|notre|nos|l[ae]) ?(?:\\p{L}+ ){0,2}?(?:appels?|conversations?|séances?|consultations?|téléconsultations?|rendez-vous|entretiens?)',
  'registrazion[ei] (?:della|delle|del|dei) (?:mia |mie |mio |miei |nostra |nostre )?(?:\\p{L}+ ){0,2}?(?:telefonat[ae]|chiamat[ae]|conversazion[ei]|sedut[ae]|consult[oi]|videochiamat[ae]|video ?consult[oi]|colloqui?o?)',
  'gravaç(?:ão|ões|ao|oes) (?:da|das|do|dos) (?:minha |minhas |meu |meus |nossa |nossas )?(?:\\p{L}+ ){0,2}?(?:chamadas?|ligaç(?:ão|ões)|conversas?|sess(?:ão|ões)|consultas?|teleconsultas?|videochamadas?)',
  'opnames? van (?:mijn|ons|onze|het|de) (?:\\p{L}+ ){0,2}?(?:telefoongesprek(?:ken)?|gesprek(?:ken)?|sessies?|consult(?:en)?|videogesprek(?:ken)?|afspraak|belletje|beeldbelconsult)',
].join('|');

/** Words that ask for it: a copy, to hear it, to receive it, in the seven languages. */
const ASK =
  "send|e-?mail|mail|forward|give|get|receive|want|need|request|requesting|like|obtain|access|copy|copies|hear|listen|download|provide|share|möchte|bitte|erhalten|zusenden|schicken|Kopie|anhören|Zugang|verlange|beantrage|zukommen|quiero|quisiera|solicito|envíen|envien|enviar|manden|copia|acceso|escuchar|obtener|gustaría|necesito|pido|souhaite|voudrais|demande|envoyer|envoyez|recevoir|copie|accès|écouter|obtenir|transmettre|vorrei|chiedo|inviare|inviatemi|mandare|accesso|ascoltare|ottenere|ricevere|richiedo|quero|queria|gostaria|peço|enviem|mandem|cópia|acesso|ouvir|obter|receber|wil|graag|verzoek|sturen|stuur|ontvangen|kopie|inzage|terugluisteren|beluisteren|opvragen";

/**
 * A deletion between the ask and the recording ("solicito a exclusão … das gravações") makes it no
 * access request, and so does consent to it ("vorrei ritirare il mio consenso alle registrazioni"):
 * that stops the recording, it does not ask for a copy.
 */
const REMOVAL = '(?:delet|eras|remov|destroy|lösch|entfern|vernicht|borr|elimin|supr|destru|supprim|effac|détrui|cancell|rimuov|distrugg|exclu|apag|destrua|verwijder|wis|vernietig|consent|consenso|einwillig|zustimm|toestemming)';

export const RECORDING_RULES: Rule[] = [
  ask('disclosure', words(`(?<=(?<![\\p{L}])(?:${ASK})(?![\\p{L}])(?:(?!${REMOVAL})(?:[^.?!\\n]|(?<=\\d)\\.)){0,80})(?:${RECORDING})|(?:${RECORDING})(?=(?:[^.?!\\n]|(?<=\\d)\\.){0,60}?(?<![\\p{L}])(?:${ASK})(?![\\p{L}]))`)),
];
