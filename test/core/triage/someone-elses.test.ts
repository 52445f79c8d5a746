import { describe, expect, it } from 'vitest';
import { rulesVerdictOf } from '../../support/rules-verdict.js';

/**
 * Another person's data that reached the writer is misdirected mail, a complaint (round 95). Written
 * for this check in the five languages whose files did not name it; none of it comes from the corpus.
 */
describe("another person's data that reached the writer", () => {
  it.each([
    'Das ist nicht mein Befund, sondern der von Frau Maier. Bitte prüfen Sie das.',
    'Sie haben mir den Laborbefund einer anderen Patientin geschickt.',
    "Mi avete mandato il referto di un'altra paziente, con nome e codice fiscale.",
    'Recebi os exames de outra pessoa no meu email.',
    'Jullie hebben mij de uitslag van iemand anders gestuurd.',
    'Dank voor de offerte. Alleen is het niet de mijne: het is die van mijn buurman, met zijn IBAN.',
    'Recibí el informe de otra paciente junto con mi factura.',
  ])('is a complaint: %s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).toContain('complaint');
  });

  it.each([
    'Ich habe die Unterlagen von meiner Steuerberaterin bekommen, danke.',
    'Ho ricevuto il referto, grazie mille.',
  ])('receiving one\'s own papers is not: %s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).not.toContain('complaint');
  });
});
