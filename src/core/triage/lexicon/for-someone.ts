import { ask, words, type Rule } from '../rule.js';

/**
 * Off the marketing lists for someone else: a parent for a child ("toglietelo da tutte le liste
 * promozionali", "take her off your mailing list", "retirez-le de la newsletter"), a carer for a
 * parent. The first-person forms ("toglietemi", "take me off") are in each language's rules; these
 * name the other person by pronoun or as "my son", "my daughter", "my child".
 */
const LISTS_EN = '(?:lists?|mailing lists?|mailings?|newsletters?|marketing|promotions?|promotional (?:e-?mails|messages|texts)|e-?mails|texts|adverts)';
const LISTS_DE = '(?:Verteiler\\p{L}*|Liste\\p{L}*|Newsletter\\p{L}*|Mailingliste\\p{L}*|Werbe\\p{L}+|E-Mail-Liste\\p{L}*)';
const LISTS_ES = '(?:listas?|newsletters?|boletines|boletín|envíos|publicidad|promociones|correos(?: publicitarios| promocionales)?|mensajes promocionales)';
const LISTS_FR = '(?:listes?|newsletters?|lettres? d\'information|envois|mailings?|communications|promotions|publicités)';
const LISTS_IT = '(?:liste|lista|newsletter|mailing list|comunicazioni|promozioni|invii|elenchi|elenco)';
const LISTS_PT = '(?:listas?|newsletters?|envios|promoções|publicidade|comunicações|mailings?)';
const LISTS_NL = '(?:lijst(?:en)?|mailinglijst(?:en)?|verzendlijst(?:en)?|nieuwsbrie(?:f|ven)|reclame|mailings?)';

/** Each language's verb with "him", "her" or "them", with "my son", "my daughter", and its lists. */
const FORMS: ReadonlyArray<[pronoun: string, named: string, after: string]> = [
  ['(?:take|get|remove|unsubscribe|drop) (?:him|her|them)', '(?:take|get|remove|unsubscribe|drop) my (?:son|daughter|child|kid|mum|mom|dad|mother|father)', `(?:off|from|out of) (?:\\p{L}+ ){0,3}?${LISTS_EN}`],
  ['(?:nehmen|streichen|entfernen|tragen) Sie (?:ihn|sie)', '(?:nehmen|streichen|entfernen|tragen) Sie (?:meinen Sohn|meine Tochter|mein Kind|meine Mutter|meinen Vater)', `(?:bitte )?(?:aus|von) (?:\\p{L}+ ){0,3}?${LISTS_DE}`],
  // The verb last, after a modal: "Könnten Sie ihn bitte aus dem Verteiler nehmen?" (round 102).
  ['(?:ihn|sie)', '(?:meinen Sohn|meine Tochter|mein Kind|meine Mutter|meinen Vater)', `(?:bitte )?(?:aus|von) (?:\\p{L}+ ){0,3}?${LISTS_DE} (?:nehmen|streichen|entfernen|austragen)`],
  ['(?:quitadl[oa]s?|quítenl[oa]s?|quitenl[oa]s?|sacadl[oa]s?|sáquenl[oa]s?|borradl[oa]s?|bórrenl[oa]s?|(?:dad|den|dar) de baja a (?:él|ella))', '(?:dad|den|dar) de baja a mi hij[oa]', `(?:de|del) (?:\\p{L}+ ){0,3}?${LISTS_ES}`],
  ['(?:retirez|désinscrivez|désabonnez|enlevez|sortez)-(?:le|la|les)', '(?:retirez|désinscrivez|désabonnez) (?:mon fils|ma fille|mon enfant|ma mère|mon père)', `(?:de|des|du) (?:\\p{L}+ ){0,3}?${LISTS_FR}`],
  ['(?:toglietel[oaie]|rimuovetel[oaie]|cancellatel[oaie]|escludetel[oaie]|toglierl[oaie]|rimuoverl[oaie]|cancellarl[oaie])', '(?:togliete|rimuovete|cancellate) (?:mio figlio|mia figlia|mio padre|mia madre)', `(?:da|dal|dalla|dai|dalle|dagli|dall['’])(?: |(?<=['’]))(?:[\\p{L}'’-]+ ){0,3}?${LISTS_IT}`],
  ['(?:tirem-n[oa]s?|retirem-n[oa]s?|removam-n[oa]s?)', '(?:tirem|retirem|removam) (?:o meu filho|a minha filha|o meu pai|a minha mãe)', `(?:da|das|do|dos|de) (?:\\p{L}+ ){0,3}?${LISTS_PT}`],
  ['(?:haal|verwijder|schrijf) (?:hem|haar)', '(?:haal|verwijder|schrijf) mijn (?:zoon|dochter|kind|moeder|vader)', `(?:\\p{L}+ ){0,2}?(?:van|uit) (?:\\p{L}+ ){0,3}?${LISTS_NL}`],
];

export const FOR_SOMEONE_RULES: Rule[] = FORMS.map(([pronoun, named, after]) => ask('opt_out', words(`(?:${pronoun}|${named}) ${after}`)));

/** "Potete toglierla dalle vostre liste?": the one taken off the list is someone else, named by a pronoun. */
export const OFF_THE_LIST_FOR_SOMEONE = new RegExp(`(?<![\\p{L}])(?:${FORMS.map(([pronoun, , after]) => `${pronoun} ${after}`).join('|')})(?![\\p{L}])`, 'iu');
