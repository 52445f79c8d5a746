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
