import { rule, type Rule } from '../rule.js';

/** "please", "bitte", "svp" … around a one-word answer. */
const POLITE = "(?:please|pls|plz|thanks|thank you|thx|bitte|danke|por favor|gracias|s'il vous plaît|svp|merci|per favore|grazie|obrigad[oa]|alsjeblieft|aub|graag|dank je|bedankt)";

/**
 * A one-word reply is how people answer marketing by mail and SMS: "STOP", "remove me", and the
 * weary "Enough." / "Basta." / "Chega." under a promotion. As the whole message, nothing else fits.
 */
export const ONE_WORD_OPT_OUT: Rule = {
  ...rule(
    'opt_out',
    2,
    'request',
    new RegExp(
      `^\\s*(?:${POLITE}[,!]?\\s+)?(?:stop|stop it|remove(?: me)?|unsubscribe(?: me)?|opt[- ]?out|stop all|enough|désabonner|désinscription|désabonnez-moi|arrêtez|assez|baja|dadme de baja|denme de baja|basta|ya basta|abmelden|austragen|genug|aufhören|hört auf|uitschrijven|genoeg|stoppen|hou op|disiscrivimi|smettetela|chega|parem|sair|parar|descadastrar|descadastre-me|stopp|afmelden)\\s*[.!]*(?:\\s+${POLITE}[.!]*)?\\s*$`,
      'giu',
    ),
  ),
  alone: true,
};

/**
 * "Supprimez.", "Delete it.", "Löschen bitte", "Bórrenlo": an imperative to erase, as the whole reply
 * (to a "we miss you" mail, a reminder, our own question). A name under a thanks looks the same to the
 * acknowledgement check, so without this a bare order to delete would read as thanks only.
 */
export const ONE_WORD_DELETION: Rule = {
  ...rule(
    'deletion',
    2,
    'request',
    new RegExp(
      `^\\s*(?:${POLITE}[,!]?\\s+)?(?:delete|delete (?:it|me|it all|everything|my account)|erase (?:it|me|everything)|remove (?:it|everything|my account)|supprimez|supprimez(?:-le| tout)|supprimer|effacez(?:-le| tout)?|löschen|löschen sie (?:es|alles|mich)|alles löschen|borrar|bórrenlo|bórralo|borradlo|borrad|bórrenme|eliminar|elimínenlo|elimínenme|cancellate tutto|eliminate(?: tutto)?|apaguem(?: tudo)?|apagar|excluam(?: tudo)?|verwijderen|verwijder (?:het|alles|mij|me)|alles verwijderen|wissen)\\s*[.!]*(?:\\s+${POLITE}[.!]*)?\\s*$`,
      'giu',
    ),
  ),
  alone: true,
};
