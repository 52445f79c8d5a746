import { describe, expect, it } from 'vitest';
import { withdrawsConsent } from '../../src/core/consent-withdrawal.js';

describe('an opt-out that takes back consent (GDPR Art. 7(3))', () => {
  it.each([
    ['en', 'I withdraw my consent for the sleep study, please stop using my recordings.'],
    ['en', 'consent withdrawn for the research programme effective today'],
    ['en', 'I no longer consent to you using my photos on the website'],
    ['en', 'pls cancel my consent for the app analytics thx'],
    ['de', 'Hiermit widerrufe ich meine Einwilligung zur Teilnahme an der Studie.'],
    ['de', 'ich ziehe meine einwilligung zur schlafstudie zurück'],
    ['de', 'Mit der Verwendung meiner Fragebögen für die Studie bin ich nicht mehr einverstanden.'],
    ['es', 'Retiro mi consentimiento para el uso de mis datos en la investigación.'],
    ['es', 'quiero revocar el consentimiento que firmé para las fotos'],
    ['es', 'Retiro mi consentimiento para el estudio. Mañana me cambian el vendaje.'],
    ['fr', 'Je retire mon consentement au traitement de mes données pour l’étude.'],
    ['fr', "Je révoque le consentement donné lors de l'inscription."],
    ['pt', 'Venho retirar o meu consentimento para o estudo clínico.'],
    ['pt', 'quero revogar o consentimento que dei no app'],
    ['it', 'Revoco il consenso al trattamento dei miei dati per la ricerca.'],
    ['it', 'ritiro il consenso per le foto sul sito'],
    ['nl', 'Ik trek mijn toestemming voor het slaaponderzoek in.'],
    ['nl', "Mijn toestemming voor het gebruik van foto's op de website wil ik intrekken."],
  ])('%s: %s', (_lang, text) => {
    expect(withdrawsConsent(text)).toBe(true);
  });

  it.each([
    ['a plain opt-out of sale', 'Do not sell or share my personal information.'],
    ['consent withdrawn, and selling named too', 'I withdraw my consent and do not sell my data to anyone.'],
    ['consent to sharing taken back: the opt-out of sharing names it', 'I withdraw my consent to sharing my data with insurers.'],
    ['consent to ads taken back, in Italian', 'Revoco il consenso alla pubblicità personalizzata.'],
    ['German sale', 'Ich widerrufe meine Einwilligung und widerspreche dem Verkauf meiner Daten.'],
    ['marketing stopped, no consent named', 'Please stop sending me marketing emails.'],
    ['consent named, nothing taken back', 'I gave my consent last year for the study, what data did you collect?'],
    ['taking back in another sentence', 'I signed the consent form. Please withdraw the invoice.'],
    ['Dutch consent given', 'Ik geef toestemming voor het onderzoek.'],
  ])('%s', (_name, text) => {
    expect(withdrawsConsent(text)).toBe(false);
  });
});
