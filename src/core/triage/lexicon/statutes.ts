import type { Label } from '../../../types.js';
import { topic, words, type Rule } from '../rule.js';

/**
 * GDPR articles that name a data-subject right. Citations are language-independent evidence:
 * "Art. 17 DSGVO", "artículo 15 del RGPD", "článku 21 GDPR", "άρθρο 15 του GDPR".
 * Art. 18 (restriction: "stop using my data for now") is filed as an opt-out, the nearest of our
 * labels, so it is never read as "not a privacy request". Art. 22 (automated decisions) comes up
 * inside access letters and maps to none.
 */
export const GDPR_ARTICLE_LABELS: ReadonlyMap<number, Label> = new Map<number, Label>([
  [15, 'disclosure'],
  [16, 'correction'],
  [17, 'deletion'],
  [18, 'opt_out'],
  [20, 'disclosure'],
  [21, 'opt_out'],
  [77, 'complaint'],
]);

const ARTICLE_WORD =
  "(?:art(?:icle|ikel|ículo|iculo|icolo|igo|icolul|ykuł|ykułu|ykule|\\.)?|člán(?:ek|ku|kem)|čl\\.|član(?:ak|ka|ku|kom)|άρθρ(?:ο|ου))";
/** Names of the GDPR in the languages of the EU (and the UK GDPR); a citation only counts in a mail that names one. */
export const GDPR_NAME = new RegExp(
  '(?<![\\p{L}])(?:GDPR|DSGVO|RGPD|RGDP|AVG|RODO|ΓΚΠΔ|GDPR-a|2016/679|General Data Protection Regulation|Datenschutz-Grundverordnung|Reglamento General de Protección de Datos|Règlement général sur la protection des données|Regolamento generale sulla protezione dei dati|Regulamento Geral sobre a Proteção de Dados|Algemene Verordening Gegevensbescherming|Obecného nařízení o ochraně osobních údajů|Opće uredbe o zaštiti podataka)(?![\\p{L}])',
  'iu',
);

/** "Art. 17(1)", "Article 15", "artículo 21", "článku 16", "άρθρο 15", and the Czech order "17. článku". */
export const ARTICLE_CITATION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ARTICLE_WORD}\\s*(\\d{1,2})(?!\\d)|(\\d{1,2})\\.\\s*článku)`,
  'giu',
);

/** California (CCPA/CPRA) sections and plain statute names that stand for one right. */
export const STATUTE_RULES: Rule[] = [
  // Restriction of processing (GDPR Art. 18) in our languages; see GDPR_ARTICLE_LABELS for why it is an opt-out.
  topic('opt_out', 2, words('restrict(?:ion of)? (?:the )?processing|Einschränkung der Verarbeitung|limitación del tratamiento|limitation du traitement|limitazione del trattamento|limitação do tratamento|beperking van de verwerking')),
  // The same right asked with a verb: "vi chiedo di limitare il trattamento dei miei dati".
  topic('opt_out', 2, words('limit(?:ing)? (?:the )?processing|(?:die )?Verarbeitung (?:[\\p{L}-]+ ){0,3}?einzuschränken|limit(?:en|éis|ar) el tratamiento|limiter le traitement|limitare il trattamento|limit(?:em|ar) o tratamento|de verwerking (?:[\\p{L}-]+ ){0,4}?(?:te )?beperken')),
  topic('disclosure', 2, words('1798\\.1(?:00|10|15)')),
  topic('deletion', 2, words('1798\\.105')),
  topic('correction', 2, words('1798\\.106')),
  topic('opt_out', 2, words('1798\\.1(?:20|21|35)')),
  // HIPAA Privacy Rule: right of access, amendment, accounting of disclosures.
  topic('disclosure', 2, words('(?:45 CFR )?(?:§ ?)?164\\.5(?:24|28)')),
  topic('correction', 2, words('(?:45 CFR )?(?:§ ?)?164\\.526')),
];

/**
 * "my request according to Art. 15", "Anfrage nach Art. 17", "verzoek zoals beschreven in artikel 16":
 * an article named as the subject of a request (in reminders and complaints, the request still pursued).
 */
export const REQUEST_BEFORE_ARTICLE =
  /(?:request|requesting|Anfrage|Antrag|Ersuchen|petición|solicitud|solicitando|demande|demander|richiesta|richiedo|solicitação|solicito|verzoek|verzoek\p{L}*|förfrågan|begäran|žádost|žádám|wniosek|żądanie|cerere|solicit|zahtjev|zahtijevam|αίτημα|ζητώ)[^.\n]{0,80}$/iu;
