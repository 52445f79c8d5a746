import { ask, words, type Rule } from '../rule.js';

/**
 * "Ich möchte nicht, dass meine Daten an solche Portale weitergegeben werden", "non voglio che
 * condividiate i miei dati con l'assicurazione", "não autorizo vocês a compartilharem meus dados":
 * refusing that one's data be passed on, sold or shared is the CCPA's opt-out of sale and sharing
 * (1798.120) and an objection under the GDPR (Art. 21), wherever it stands in the mail (a booking, a
 * bill). The language files name the verb-first forms ("no vendan mis datos"); these are the forms
 * where the data come first or a refusal of permission leads.
 */
const DE_PASSED_ON = '(?:weitergegeben|weitergeleitet|verkauft|geteilt|übermittelt|verschickt|geschickt|gesendet|zugänglich gemacht|herausgegeben|übertragen)';
const FR_PASSED_ON = '(?:transmises?|partagées?|vendues?|cédées?|communiquées?|envoyées?|données?|diffusées?|utilisées?)';
const ES_PASSED_ON = '(?:vendan|cedan|compartan|pasen|den|envíen|manden|comuniquen|faciliten|usen|utilicen)';
const IT_SHARE_SUBJUNCTIVE = '(?:condividiate|vendiate|cediate|passiate|diate|trasmettiate|comunichiate|inviate|mandiate|usiate|utilizziate|giriate)';
const IT_PASSED_ON = '(?:condivisi|venduti|ceduti|passati|dati|trasmessi|comunicati|inviati|mandati|usati|utilizzati|girati)';
const PT_SHARE = '(?:compartilh|partilh|vend|ced|pass|envi|repass|comunic|us|utiliz)\\p{L}*';
const NL_PASSED_ON = '(?:gedeeld|doorgegeven|doorgestuurd|verkocht|verstrekt|gestuurd|verstuurd|gebruikt)';

export const NO_SHARING_RULES: Rule[] = [
  ask('opt_out', words(`(?:do not|don't|dont|never) (?:want|wish|authori[sz]e|allow|permit|consent to|agree to) (?:you (?:to )?|anyone (?:to )?)?(?:sharing|selling|passing on|giving|sending|share|sell|pass on|give|send) (?:my|our) (?:[\\p{L}-]+ ){0,2}?(?:data|info|information|details|records|results|notes)|(?:do not|don't|dont) want (?:my|our) (?:[\\p{L}-]+ ){0,2}?(?:data|info|information|details|records|results|notes) (?:to be )?(?:shared|sold|passed on|given|sent|disclosed|handed over)|(?:you do not|you don't) have my (?:permission|consent) to (?:share|sell|pass on|give|send|disclose)`)),
  ask('opt_out', words(`(?:möchte|will|wünsche|wünschen|möchten|wollen) (?:ich |wir )?(?:[\\p{L}-]+ ){0,2}?nicht,? dass (?:meine|unsere|mein|die) (?:[\\p{L}-]+ ){0,2}?(?:Daten|Angaben|Informationen|Befunde|Unterlagen|Adresse|Nummer)(?: [\\p{L}-]+){0,6}? ${DE_PASSED_ON}|(?:untersage|widerspreche|verbiete)(?: Ihnen)?(?: hiermit)?(?: ausdrücklich)?,? (?:dass Sie )?(?:meine|die) (?:[\\p{L}-]+ ){0,2}?Daten(?: [\\p{L}-]+){0,6}? (?:weiterzugeben|weitergeben|zu verkaufen|zu teilen|weiterzuleiten)`)),
  ask('opt_out', words(`(?:ne veux pas|ne souhaite pas|refuse|n'accepte pas|ne veux plus|ne souhaite plus) que (?:vous )?(?:mes|mon|ma) (?:[\\p{L}-]+ ){0,2}?(?:données|donnees|informations|coordonnées|dossier|résultats|adresse|numéro) (?:[\\p{L}-]+ ){0,3}?(?:soient|soit|soient encore|soit encore) ${FR_PASSED_ON}|je n'autorise pas (?:[\\p{L}-]+ ){0,3}?à (?:partager|transmettre|vendre|céder|communiquer|donner) (?:mes|mon|ma)`)),
  ask('opt_out', words(`no (?:quiero|deseo|autorizo|permito|acepto) que (?:[\\p{L}]+ )?(?:mis|mi) (?:[\\p{L}-]+ ){0,2}?(?:datos|información|informacion|historial|resultados) (?:se )?${ES_PASSED_ON}|no (?:les |os )?(?:autorizo|permito) (?:a )?(?:compartir|vender|ceder|pasar|dar|enviar|comunicar) (?:mis|mi)`)),
  ask('opt_out', words(`non (?:voglio|desidero|autorizzo|accetto|permetto) che (?:[\\p{L}']+ )?${IT_SHARE_SUBJUNCTIVE} (?:i miei|i|il mio|la mia|le mie|mie|miei)(?= )|non (?:voglio|desidero|accetto) che (?:i miei|il mio|la mia|le mie) (?:[\\p{L}-]+ ){0,2}?(?:dati|informazioni|referti|risultati) (?:[\\p{L}-]+ ){0,2}?(?:siano|vengano|sian|venissero|fossero) ${IT_PASSED_ON}|non (?:vi )?autorizzo (?:a )?(?:condividere|vendere|cedere|passare|dare|trasmettere|comunicare) (?:i miei|il mio|la mia|le mie)`)),
  ask('opt_out', words(`n[ãa]o (?:autorizo|permito|aceito|quero|consinto)(?: que)? (?:vocês |voces |a clínica |ninguém )?(?:a )?${PT_SHARE} (?:os |as )?(?:meus|minhas|o meu|a minha) (?:[\\p{L}-]+ ){0,2}?(?:dados|informações|informacoes|exames|resultados|prontuário)`)),
  ask('opt_out', words(`(?:ik )?(?:wil|wens) (?:absoluut |echt |uitdrukkelijk )?niet (?:meer )?dat (?:mijn|onze) (?:[\\p{L}-]+ ){0,2}?(?:gegevens|informatie|data|uitslagen|dossier) (?:[\\p{L}-]+ ){0,4}?(?:worden|wordt) ${NL_PASSED_ON}|(?:ik )?geef (?:jullie |u )?geen toestemming (?:om|voor) (?:het )?(?:delen|doorgeven|verkopen|verstrekken) (?:van )?(?:mijn|onze)|(?:ik )?geef (?:jullie |u )?geen toestemming (?:om )?(?:mijn|onze) (?:[\\p{L}-]+ ){0,2}?(?:gegevens|informatie) (?:[\\p{L}-]+ ){0,3}?(?:te )?(?:delen|door te geven|verkopen|verstrekken)`)),
  // "Gelieve niets door te geven aan de verzekering", "please don't pass anything on to my insurer": nothing at all passed on.
  ask('opt_out', words(`(?:please )?(?:do not|don't|dont) (?:pass|share|disclose|hand) (?:anything|any of (?:it|this|my (?:data|information|details|records))) (?:on )?(?:to|with)|(?:gelieve|graag|wil (?:je|u)) niets (?:meer )?(?:door te geven|te delen|te verstrekken|door te sturen) aan|geef (?:\\p{L}+ )?niets (?:meer )?door aan|(?:bitte )?nichts (?:davon )?an (?:\\p{L}+ ){1,3}?(?:weitergeben|weiterleiten|übermitteln|weiterzugeben)|no (?:pasen|compartan|cedan|transmitan|comuniquen|faciliten) nada (?:de esto |de mis datos )?(?:a|al|con)|ne (?:transmettez|communiquez|partagez|cédez) rien (?:à|au|aux)|non (?:passate|trasmettete|comunicate|condividete|girate) (?:nulla|niente) (?:a|al|alla|all)|não (?:passem|partilhem|compartilhem|repassem|transmitam|enviem) nada (?:a|ao|à|para)`)),
];
