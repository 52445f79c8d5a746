/**
 * The stems of erasing that every check asking "does this text name an erasure?" shares, in our seven
 * languages: "delete", "erase", "borrar", "eliminar", "supprimer", "effacer", "löschen", "cancellare",
 * "apagar", "excluir", "verwijderen". Each check adds the words its own question needs (a question
 * about "removing" you from a list is about mail, not erasure, so "remov" is not shared).
 */
export const ERASING_STEMS = 'delet|eras|borr|elimin|supprim|effac|lösch|cancell|apag|exclu|verwijder';

/** Dutch "wissen", "wist", "gewist", and never the English "wish" or "wisdom". */
export const DUTCH_WISSEN = 'wis(?:sen|t)?(?!\\p{L})|gewist';
