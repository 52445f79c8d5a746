import { describe, expect, it } from 'vitest';
import { findMasks, isMasked } from '../../../src/core/triage/masks.js';

/** Whether the words `phrase` in `text` are masked for opt_out as a sender's footer. */
function maskedAsFooter(text: string, phrase: string): boolean {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
  const masks = findMasks(text).filter((mask) => mask.reason === 'sender footer');
  return isMasked(masks, 'opt_out', start, start + phrase.length);
}

describe("a newsletter's footer tells the reader how to stop it; it is not the reader asking", () => {
  it.each([
    ['es', 'Novedades de abril en la clínica.\n\nPara dejar de recibir este boletín haz clic aquí.', 'dejar de recibir'],
    ['es', 'Recibes este correo porque te suscribiste a nuestras novedades.', 'Recibes este correo'],
    ['pt', 'Nova consulta do sono em Coimbra.\n\nPara deixar de receber esta newsletter, clique aqui.', 'deixar de receber'],
    ['pt', 'Você recebe este e-mail porque se cadastrou na nossa newsletter.', 'Você recebe este e-mail'],
    ['fr', 'Les nouveautés du cabinet.\n\nPour vous désinscrire, cliquez ici.', 'vous désinscrire'],
    ['it', 'Le novità dello studio.\n\nPer non ricevere più questa newsletter, clicca qui.', 'non ricevere più'],
    ['de', 'Unsere Kurse im Mai.\n\nAbmelden: https://example.de/abmelden', 'Abmelden'],
    ['nl', 'Nieuws van de praktijk.\n\nU ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden kan onderaan elke mail.', 'Afmelden'],
    // Whatever the mailing is called, and the link's label on the line after the footer.
    ['fr', 'Votre semaine en chiffres.\n\nVous recevez ce récapitulatif car vous utilisez l’application. Se désabonner des récapitulatifs.', 'Se désabonner'],
    ['de', 'Ihre Schlafwoche.\n\nSie erhalten diesen Wochenbericht, weil Sie ein Konto haben.\nAbbestellen', 'Abbestellen'],
    ['en', 'Your month in review.\n\nYou are receiving this summary because you joined Calmly. Unsubscribe from summaries.', 'Unsubscribe from summaries'],
    // A footer wrapped at 72-80 columns by the mail program or HTML-to-text, mid-phrase.
    ['fr', 'Nos nouveaux créneaux du samedi.\n\nVous êtes inscrit(e) au cabinet. Pour ne plus\nrecevoir nos actualités, cliquez ici\n[https://cabinet.example/stop].', 'ne plus\nrecevoir'],
    ['it', 'Orari estivi dello studio.\n\nPer non ricevere\npiù questa newsletter, clicca qui.', 'non ricevere\npiù'],
  ])('%s: %s', (_language, text, phrase) => {
    expect(maskedAsFooter(text, phrase)).toBe(true);
  });

  it.each([
    ['fr', 'Bonjour, merci de me retirer de votre newsletter. Le lien de désinscription ne marche pas.', 'désinscription'],
    ['de', 'Bitte vom Newsletter abmelden, der Link unten funktioniert nicht.', 'abmelden'],
    ['en', 'I tried to unsubscribe with the link below three times and I still get your emails.', 'unsubscribe'],
    ['es', 'Quiero darme de baja, el enlace no funciona.', 'darme de baja'],
    ['nl', 'Graag afmelden voor de nieuwsbrief, via de link lukt het niet.', 'afmelden'],
    ['en', 'Unsubscribe', 'Unsubscribe'],
    // One lower-case sentence: a person writing about the footer's link, not the footer.
    ['en', 'take me off this list. never asked to be on it and the unsubscribe link just spins forever', 'take me off'],
  ])('%s, a person asking: %s', (_language, text, phrase) => {
    expect(maskedAsFooter(text, phrase)).toBe(false);
  });
});
