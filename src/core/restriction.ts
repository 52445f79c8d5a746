import type { InboundMail } from '../types.js';

/**
 * Whether an opt-out asks us to restrict processing (GDPR Art. 18) rather than to stop selling,
 * sharing or marketing. Both are filed as `opt_out` and switched on at once, without verification
 * (restricting takes nothing from anyone), but they are answered in different words: a patient who
 * asks us not to send their file on while a wrong diagnosis is checked must not be told "we no
 * longer sell your data", and Art. 18(3) wants them told before the restriction is lifted.
 *
 * This reads only the wording of an opt-out the classifier already found; it never makes one.
 */

// Restricting, limiting, blocking or freezing in the seven template languages.
const RESTRICT =
  /(?<!\p{L})(?:restrict\p{L}*|limit(?:s|ed|ing)?|freez\p{L}*|froze\p{L}*|block(?:s|ed|ing)?|einschr[äa]nk\p{L}*|eingeschr[äa]nkt\p{L}*|sperr\p{L}*|gesperrt|limit(?:ar|en|emos|[eé]is|aci[oó]n|a[cç][ãa]o|em|amos|er|ez|ation|are|ate|iate|azione|ata|ato)|restring\p{L}*|restricci[oó]n|restri[cç][ãa]o|restriction|restreindre|restreign\p{L}*|bloque\p{L}*|bloqu(?:er|ez|é|ée|ons)|blocc\p{L}*|congel\p{L}*|geler|gelez|gel[ée]|sospend\p{L}*|beperk\p{L}*|blokkeer\p{L}*|blokker\p{L}*|bevries\p{L}*|bevroren)(?!\p{L})/iu;

// What a restriction restricts: processing or use of data, or the record itself.
const PROCESSING_OR_DATA =
  /(?<!\p{L})(?:processing|process|use|using|usage|data|information|info|records?|file|details|verarbeitung|nutzung|verwendung|daten|akte|datos|tratamiento|uso|expediente|historial|informaci[oó]n|traitement|utilisation|donn[ée]es|dossier|informations|tratamento|dados|ficha|prontu[áa]rio|trattamento|utilizzo|dati|cartella|verwerking|gebruik|gegevens)(?!\p{L})/iu;

// "Until it is checked": the restriction of Art. 18(1)(a) and (d), while accuracy or an objection is
// looked into.
const PENDING_CHECK = new RegExp(
  [
    String.raw`(?<!\p{L})(?:until|till|while|pending|as long as)(?!\p{L})[^.!?;\n]{0,60}?(?:correct(?:ed|ion)|fix(?:ed)?|check(?:ed)?|resolv(?:ed)?|investigat\p{L}*|verif(?:ied|ication)|review(?:ed)?|settled|clarified|sorted|looked into|dispute)`,
    String.raw`(?<!\p{L})(?:bis|solange|w[äa]hrend)(?!\p{L})[^.!?;\n]{0,60}?(?:kl[äa]r\p{L}*|geklärt|berichtig\p{L}*|korrigier\p{L}*|pr[üu]f\p{L}*|gepr[üu]ft|[üu]berpr[üu]f\p{L}*|strittig|ungekl[äa]rt)`,
    String.raw`(?<!\p{L})(?:mientras|hasta que|hasta la|hasta el|en tanto)(?!\p{L})[^.!?;\n]{0,60}?(?:revis\p{L}*|comprueb\p{L}*|comprobaci[oó]n|verific\p{L}*|resuelv\p{L}*|resoluci[oó]n|corrij\p{L}*|correcci[oó]n|rectific\p{L}*|investig\p{L}*|aclar\p{L}*)`,
    String.raw`(?<!\p{L})(?:tant que|jusqu['’]\s?(?:à|a|au)|en attendant|dans l['’]attente)(?!\p{L})[^.!?;\n]{0,60}?(?:corrig\p{L}*|correction|v[ée]rifi\p{L}*|rectifi\p{L}*|r[ée]sol\p{L}*|examin\p{L}*|examen|r[ée]gl[ée]\p{L}*|clarifi\p{L}*|enqu[êe]te)`,
    String.raw`(?<!\p{L})(?:enquanto|at[ée] que|at[ée] (?:à|a|ao)|at[ée] ser)(?!\p{L})[^.!?;\n]{0,60}?(?:corrig\p{L}*|corre[cç][ãa]o|verific\p{L}*|resolv\p{L}*|resolu[cç][ãa]o|analis\p{L}*|an[áa]lise|esclarec\p{L}*|retific\p{L}*|apura\p{L}*)`,
    String.raw`(?<!\p{L})(?:finch[ée](?!\p{L})|fino a quando|fino alla|fino al|in attesa d)[^.!?;\n]{0,60}?(?:corrett\p{L}*|correzione|corregg\p{L}*|verific\p{L}*|risolt\p{L}*|risoluzione|chiarit\p{L}*|chiarimento|rettific\p{L}*|esaminat\p{L}*|accertament\p{L}*)`,
    String.raw`(?<!\p{L})(?:zolang|totdat|tot (?:de|het|dat)|in afwachting van|terwijl)(?!\p{L})[^.!?;\n]{0,60}?(?:gecorrigeerd|gecontroleerd|opgelost|uitgezocht|onderzocht|rechtgezet|aangepast|correctie|controle|onderzoek|uitzoek\p{L}*|duidelijk(?:heid)?)`,
  ].join('|'),
  'iu',
);

// GDPR Art. 18 named with the regulation ("Art. 18 DSGVO", "article 18 du RGPD").
const ARTICLE_18 = /(?<!\p{L})art(?:\.|icle|ikel|[íi]culo|igo|icolo)?\s*18(?!\d)[^.!?;\n]{0,20}?(?<!\p{L})(?:gdpr|dsgvo|ds-gvo|rgpd|avg|regulation|verordnung|reglamento|r[èe]glement|regulamento|regolamento)(?!\p{L})/iu;

// Selling, advertising and marketing are the CCPA opt-out and an Art. 21(2) objection: a mail
// naming them keeps that wording even when it also asks for a restriction. Sharing is left out on
// purpose: "don't send my file on until it is checked" is the restriction itself.
const SALE_OR_MARKETING =
  /(?<!\p{L})(?:sell\p{L}*|sale|sold|advert\p{L}*|ads|marketing|newsletters?|promotion\p{L}*|werbung|verkauf\p{L}*|publicidad|venta|bolet[íi]n|publicit[ée]|vente|vendre|prospection|publicidade|venda|pubblicit[àa]|vendita|reclame|nieuwsbrief|verkoop|verkopen)(?!\p{L})/iu;

// Limiting the use of sensitive personal information (Cal. Civ. Code 1798.121) keeps the service
// going: it is not "store only", so it keeps the opt-out wording.
const SENSITIVE_INFORMATION_LIMIT = /(?<!\p{L})sensitive personal information(?!\p{L})|(?<!\d)1798\.121(?!\d)/iu;

const CLAUSE_END = /[.!?;\n]+/u;

/** Why the team is told at once, for an opt-out that asks for a restriction. */
export const RESTRICTION_REASON = 'restriction of processing asked (GDPR Art. 18): store only, no other use, until it is settled';

/** The opt-out in this mail's subject and new text asks for a restriction of processing. */
export function mailAsksRestriction(mail: Pick<InboundMail, 'subject' | 'newText' | 'text'>): boolean {
  return asksRestriction(`${mail.subject}\n${mail.newText || mail.text}`);
}

/** The opt-out in this text asks for a restriction of processing and says nothing of sale or marketing. */
export function asksRestriction(text: string): boolean {
  if (SALE_OR_MARKETING.test(text) || SENSITIVE_INFORMATION_LIMIT.test(text)) return false;
  if (ARTICLE_18.test(text)) return true;
  return text.split(CLAUSE_END).some((clause) => PENDING_CHECK.test(clause) || (RESTRICT.test(clause) && PROCESSING_OR_DATA.test(clause)));
}
