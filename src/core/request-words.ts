import type { Label } from '../types.js';

/** Languages we have requester templates in; anything else gets English. */
export const TEMPLATE_LANGUAGES = ['en', 'es'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** The template language for a verdict's ISO 639-1 code (e.g. "es", "es-MX"), English otherwise. */
export function templateLanguage(language: string | null | undefined): TemplateLanguage {
  const base = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(base) ? (base as TemplateLanguage) : 'en';
}

const PLAIN_WORDS: Record<TemplateLanguage, Record<Label, string>> = {
  en: {
    opt_out: 'to stop selling or sharing your personal information, or using it for marketing',
    disclosure: 'to know what personal information we hold about you and to receive a copy',
    deletion: 'to delete your personal information',
    correction: 'to correct personal information you say is inaccurate',
    complaint: 'a complaint about how we handled your personal information',
    child_data: "a report about a child's personal information",
    other: 'a message that may not be a privacy request; a person will read it',
  },
  es: {
    opt_out: 'que dejemos de vender o compartir su información personal, o de usarla para publicidad',
    disclosure: 'saber qué información personal tenemos sobre usted y recibir una copia',
    deletion: 'que eliminemos su información personal',
    correction: 'que corrijamos información personal que usted considera inexacta',
    complaint: 'una queja sobre cómo tratamos su información personal',
    child_data: 'un aviso sobre la información personal de un menor',
    other: 'un mensaje que quizá no sea una solicitud de privacidad; una persona lo leerá',
  },
};

/** Each label in plain words, for the acknowledgement ("what we understood"). */
export function describeRequests(labels: readonly Label[], language: TemplateLanguage = 'en'): string[] {
  return labels.map((label) => PLAIN_WORDS[language][label]);
}

const TEAM_WORDS: Record<Label, string> = {
  opt_out: 'opt-out of sale/sharing, targeted ads and marketing',
  disclosure: 'right to know: access to / a copy of personal information',
  deletion: 'deletion of personal information',
  correction: 'correction of inaccurate personal information',
  complaint: 'complaint about privacy handling',
  child_data: "a child's personal information (parental consent?)",
  other: 'not a privacy request',
};

/** A label in the words the privacy team uses (escalations, never requester mail). */
export function describeForTeam(label: Label): string {
  return TEAM_WORDS[label];
}

/** The capital word a requester may write to confirm a deletion. */
export function confirmationWord(_language: TemplateLanguage): string {
  return 'DELETE';
}

/** A configured data point in the requester's language (placeholder until every language is written). */
export function localizeDataPoint(point: string, _language: TemplateLanguage): string {
  return point;
}
