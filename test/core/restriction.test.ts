import { describe, expect, it } from 'vitest';
import { asksRestriction } from '../../src/core/restriction.js';

describe('an opt-out that asks for a restriction of processing (GDPR Art. 18)', () => {
  it.each([
    ['en', 'My blood type on file is wrong. Until it is corrected, please do not send my record to the lab.'],
    ['en', 'Please restrict the processing of my data while you look into my objection.'],
    ['en', 'freeze my file pending the outcome of the investigation pls'],
    ['en', 'I rely on Art. 18 GDPR for the disputed entries.'],
    ['de', 'Bis die Sache geklärt ist, dürfen Sie meine Befunde nicht weitergeben.'],
    ['de', 'Ich verlange die Einschränkung der Verarbeitung meiner Daten.'],
    ['de', 'Bitte sperren Sie meine Daten, solange die Berichtigung geprüft wird.'],
    ['es', 'Mientras revisan el error de mi historial, no envíen mis datos a la aseguradora.'],
    ['es', 'Solicito que limiten el tratamiento de mis datos.'],
    ['fr', "En attendant la vérification, ne transmettez plus mon dossier à personne."],
    ['fr', 'Je demande la limitation du traitement de mes données.'],
    ['pt', 'Enquanto a correção não for feita, não compartilhem meu prontuário.'],
    ['pt', 'Peço que bloqueiem os meus dados até esclarecerem o erro.'],
    ['it', 'In attesa della rettifica non comunicate i miei dati a nessuno.'],
    ['it', 'Chiedo di limitare il trattamento dei miei dati.'],
    ['nl', 'Zolang dit niet is uitgezocht, mag u mijn dossier niet doorsturen.'],
    // Words that end or start in an accented letter, where an ASCII word boundary never matches.
    ['it', 'Finché non verificate, non inviate i miei dati a nessuno.'],
    ['fr', "Jusqu'à ce que l'erreur soit corrigée, ne transmettez rien."],
    ['pt', 'Até à correção, não enviem o meu processo.'],
    ['nl', 'Ik vraag u het gebruik van mijn gegevens te beperken tot de correctie is doorgevoerd.'],
  ])('%s: %s', (_lang, text) => {
    expect(asksRestriction(text)).toBe(true);
  });

  it.each([
    ['a plain opt-out of sale', 'Do not sell or share my personal information.'],
    ['marketing', 'Please stop the newsletters until I say otherwise.'],
    ['a restriction that also names selling keeps the sale wording', 'Restrict the processing of my data and never sell it.'],
    ['limiting sensitive personal information (CCPA 1798.121) is not "store only"', 'Limit the use of my sensitive personal information.'],
    ['German ads', 'Bitte keine Werbung mehr, bis ich mich melde.'],
    ['a deadline is not a limit', 'La date limite est passée pour mes données.'],
    ['Dutch "tot" in another sense', 'Ik wil geen toegang tot mijn gegevens voor derden, stop met delen.'],
    ['restricting a word in another sentence', 'Please limit the emails. My data is mine.'],
    ['an article 18 of another law', 'Under article 18 of the contract you must stop.'],
  ])('%s', (_name, text) => {
    expect(asksRestriction(text)).toBe(false);
  });
});
