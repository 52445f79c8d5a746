import type { Label } from '../../../types.js';
import { rule, type Rule } from '../rule.js';

/** Field names web forms use for the kind of request, in our languages. */
const FIELD =
  '(?:request(?: type| category)?|type of request|request(?:ed)? action|topic|subject|reason|category|i (?:would like|want) to|anliegen|art der anfrage|betreff|tipo de solicitud|motivo|type de demande|objet|tipo di richiesta|tipo de pedido|assunto|soort verzoek|onderwerp)';

const VALUES: Record<Exclude<Label, 'other' | 'complaint' | 'child_data'>, string> = {
  deletion: 'delet|eras|remov|be forgotten|close (?:my )?account|l(?:ö|oe)sch|supresi[óo]n|eliminaci[óo]n|borrado|suppression|effacement|cancellazione|elimina[çc][ãa]o|exclus[ãa]o|apagamento|verwijder',
  disclosure: 'access|right to know|know what|copy|portab|auskunft|zugang|acceso|accès|acces|accesso|acesso|inzage',
  correction: 'correct|rectif|berichtigung|rettifica|retifica|correctie',
  opt_out: 'opt[- ]?out|do not sell|don.t sell|unsubscribe|limit (?:the )?use|stop marketing|widerspruch|werbung|oposici[óo]n|opposition|opposizione|oposi[çc][ãa]o|bezwaar|baja|désinscri|descadastr',
};

/**
 * Web forms relay a request as "Request type: Deletion". The value of such a field is the ask,
 * whatever the language of the rest of the form.
 */
export const FORM_RULES: Rule[] = (Object.keys(VALUES) as Array<keyof typeof VALUES>).map((label) =>
  rule(label, 2, 'request', new RegExp(`^[ \\t]*${FIELD}[ \\t]*:[ \\t]*[^\\n]{0,40}?(?:${VALUES[label]})[^\\n]*$`, 'gim')),
);

/**
 * "Nouvelle adresse : 4 impasse des Mésanges", "Neue Adresse: Birkenweg 3": a new detail given on a
 * line of its own, as people copy a form's layout: the detail to be corrected (GDPR Art. 16), given
 * to be used, which asks for the change.
 */
const NEW_DETAIL_FIELD =
  '(?:new|neue[rs]?|nuev[oa]|nouvel(?:le)?|nouveau|nuov[oa]|nov[oa]|nieuwe?|updated|correct|richtige[rs]?|correct[oa]|corrett[oa]|corret[oa]|juiste?) (?:home |postal |e-?mail |mailing )?(?:address|adresse|Adresse|Anschrift|dirección|domicilio|indirizzo|morada|endereço|adres|phone(?: number)?|mobile(?: number)?|telephone|Telefonnummer|Handynummer|número|numéro|numero|telefoonnummer|e-?mail(?: address)?|E-Mail-Adresse|correo|surname|last name|Nachname|apellido|cognome|apelido|sobrenome|achternaam|name|Name|nom|nome|nombre|naam)';
export const NEW_DETAIL_RULES: Rule[] = [rule('correction', 2, 'request', new RegExp(`^[ \\t*-]*${NEW_DETAIL_FIELD}[ \\t]*:[ \\t]*\\S[^\\n]{3,}$`, 'gimu'))];
