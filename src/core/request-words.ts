import type { Label } from '../types.js';

export { confirmationWord, localizeDataPoint } from './template-words.js';

/** Languages we have requester templates in; anything else gets English. */
export const TEMPLATE_LANGUAGES = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** Whether a code (exactly "de", not "de-AT") is one of our template languages. */
export function isTemplateLanguage(code: string): code is TemplateLanguage {
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(code);
}

/** The template language for a verdict's ISO 639-1 code (e.g. "es", "es-MX"), English otherwise. */
export function templateLanguage(language: string | null | undefined): TemplateLanguage {
  const base = (language ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isTemplateLanguage(base) ? base : 'en';
}

/**
 * Each request as the requester would say it. The acknowledgement lists them under "what we
 * understood you are asking for", the verification under "you asked", the completion under "we have
 * completed": every entry has to read well after all three. A child's report speaks about the child,
 * never about the reporter's own data (COPPA 16 CFR 312: the reporter may be a parent or a school).
 */
const PLAIN_WORDS: Record<TemplateLanguage, Record<Label, string>> = {
  en: {
    opt_out: 'to stop selling or sharing your personal information, or using it for marketing',
    disclosure: 'to know what personal information we hold about you and to receive a copy',
    deletion: 'to delete your personal information',
    correction: 'to correct personal information about you that you consider inaccurate',
    complaint: 'to look into your complaint about how we handled your personal information',
    child_data: 'to delete any information about the child that we may have collected',
    other: 'an answer to your message (it may not be a privacy request, so a person will read it)',
  },
  es: {
    opt_out: 'que dejemos de vender o compartir su información personal y de usarla para publicidad',
    disclosure: 'que le informemos de qué información personal tenemos sobre usted y le enviemos una copia',
    deletion: 'que eliminemos su información personal',
    correction: 'que corrijamos información personal suya que usted considera inexacta',
    complaint: 'que revisemos su queja sobre cómo hemos tratado su información personal',
    child_data: 'que eliminemos la información sobre el menor que podamos haber recopilado',
    other: 'una respuesta a su mensaje (quizá no sea una solicitud de privacidad, así que lo leerá una persona)',
  },
  de: {
    opt_out: 'kein Verkauf und keine Weitergabe Ihrer personenbezogenen Daten mehr und keine Nutzung für Werbung',
    disclosure: 'Auskunft darüber, welche personenbezogenen Daten wir über Sie gespeichert haben, und eine Kopie davon',
    deletion: 'Löschung Ihrer personenbezogenen Daten',
    correction: 'Berichtigung personenbezogener Daten über Sie, die Sie für unrichtig halten',
    complaint: 'Prüfung Ihrer Beschwerde darüber, wie wir mit Ihren personenbezogenen Daten umgegangen sind',
    child_data: 'Löschung aller Informationen über das Kind, die wir möglicherweise erhoben haben',
    other: 'eine Antwort auf Ihre Nachricht (vielleicht keine Datenschutzanfrage; ein Mensch wird sie lesen)',
  },
  fr: {
    opt_out: "l'arrêt de la vente et du partage de vos données personnelles, ainsi que de leur utilisation à des fins de marketing",
    disclosure: "l'accès aux données personnelles que nous détenons sur vous, et une copie de celles-ci",
    deletion: 'la suppression de vos données personnelles',
    correction: 'la rectification de données personnelles vous concernant que vous estimez inexactes',
    complaint: "l'examen de votre réclamation sur la manière dont nous avons traité vos données personnelles",
    child_data: "la suppression des informations concernant l'enfant que nous aurions pu collecter",
    other: "une réponse à votre message (il ne s'agit peut-être pas d'une demande relative à la protection des données ; une personne le lira)",
  },
  pt: {
    opt_out: 'o fim da venda e do compartilhamento dos seus dados pessoais e do uso deles para marketing',
    disclosure: 'acesso aos dados pessoais que temos sobre você e uma cópia deles',
    deletion: 'a exclusão dos seus dados pessoais',
    correction: 'a correção de dados pessoais que você considera incorretos',
    complaint: 'a análise da sua reclamação sobre como tratamos seus dados pessoais',
    child_data: 'a exclusão das informações sobre a criança que possamos ter coletado',
    other: 'uma resposta à sua mensagem (talvez não seja uma solicitação de privacidade; uma pessoa vai lê-la)',
  },
  it: {
    opt_out: 'di non vendere né condividere più i suoi dati personali e di non usarli più per il marketing',
    disclosure: 'di sapere quali dati personali conserviamo su di lei e di riceverne una copia',
    deletion: 'di cancellare i suoi dati personali',
    correction: 'di rettificare dati personali che la riguardano e che lei ritiene inesatti',
    complaint: 'di esaminare il suo reclamo su come abbiamo trattato i suoi dati personali',
    child_data: 'di cancellare le informazioni sul minore che potremmo aver raccolto',
    other: 'una risposta al suo messaggio (potrebbe non essere una richiesta relativa alla privacy; lo leggerà una persona)',
  },
  nl: {
    opt_out: 'geen verkoop of delen van uw persoonsgegevens meer, en geen gebruik ervan voor marketing',
    disclosure: 'inzage in de persoonsgegevens die wij over u hebben, en een kopie daarvan',
    deletion: 'verwijdering van uw persoonsgegevens',
    correction: 'correctie van persoonsgegevens over u die volgens u onjuist zijn',
    complaint: 'behandeling van uw klacht over hoe wij met uw persoonsgegevens zijn omgegaan',
    child_data: 'verwijdering van alle gegevens over het kind die wij mogelijk hebben verzameld',
    other: 'een antwoord op uw bericht (mogelijk geen privacyverzoek; een medewerker zal het lezen)',
  },
};

/**
 * An opt-out that takes back consent (GDPR Art. 7(3); src/core/consent-withdrawal.ts), in words that
 * read after "what we understood", "you asked" and "we have completed" alike.
 */
const CONSENT_WITHDRAWN_WORDS: Record<TemplateLanguage, string> = {
  en: 'to withdraw your consent, so that we stop every use of your personal information that relied on it',
  es: 'que retiremos su consentimiento y dejemos de usar su información personal en todo lo que se basaba en él',
  de: 'Widerruf Ihrer Einwilligung: keine Nutzung Ihrer personenbezogenen Daten mehr, die auf dieser Einwilligung beruhte',
  fr: "le retrait de votre consentement, et l'arrêt de toute utilisation de vos données personnelles qui reposait sur celui-ci",
  pt: 'a retirada do seu consentimento e o fim de todo uso dos seus dados pessoais que dependia dele',
  it: 'di revocare il suo consenso e di non usare più i suoi dati personali per nulla che si basasse su di esso',
  nl: 'intrekking van uw toestemming: geen gebruik meer van uw persoonsgegevens dat op die toestemming berustte',
};

/**
 * An opt-out that asks for a restriction of processing (GDPR Art. 18; src/core/restriction.ts), in
 * words that read after "what we understood", "you asked" and "we have completed" alike.
 */
const RESTRICTION_WORDS: Record<TemplateLanguage, string> = {
  en: 'to restrict the use of your personal information, so that we only store it until your request is settled',
  es: 'que limitemos el uso de su información personal, de modo que solo la conservemos hasta que se resuelva su solicitud',
  de: 'Einschränkung der Verarbeitung Ihrer personenbezogenen Daten: nur noch Speicherung, bis Ihr Anliegen geklärt ist',
  fr: "la limitation du traitement de vos données personnelles, que nous nous contentons de conserver jusqu'au règlement de votre demande",
  pt: 'a limitação do uso dos seus dados pessoais, que apenas guardaremos até que sua solicitação seja resolvida',
  it: 'di limitare il trattamento dei suoi dati personali, che ci limiteremo a conservare finché la sua richiesta non sarà risolta',
  nl: 'beperking van de verwerking van uw persoonsgegevens: alleen nog bewaren totdat uw verzoek is afgehandeld',
};

export interface RequestWording {
  /** The opt-out takes back consent rather than asking us to stop selling or sharing. */
  consentWithdrawn?: boolean;
  /** The opt-out asks for a restriction of processing (GDPR Art. 18) rather than a stop to selling or sharing. */
  restriction?: boolean;
}

function optOutWords(language: TemplateLanguage, wording: RequestWording): string {
  if (wording.consentWithdrawn) return CONSENT_WITHDRAWN_WORDS[language];
  if (wording.restriction) return RESTRICTION_WORDS[language];
  return PLAIN_WORDS[language].opt_out;
}

/** Each label in plain words, for the acknowledgement ("what we understood"). */
export function describeRequests(labels: readonly Label[], language: TemplateLanguage = 'en', wording: RequestWording = {}): string[] {
  return labels.map((label) => (label === 'opt_out' ? optOutWords(language, wording) : PLAIN_WORDS[language][label]));
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

const TEAM_CONSENT_WITHDRAWN_WORDS = 'withdrawal of consent (GDPR Art. 7(3)): stop every use that relied on it';
const TEAM_RESTRICTION_WORDS = 'restriction of processing (GDPR Art. 18): store only, no other use or disclosure, until it is settled; tell them before lifting it';

/** A label in the words the privacy team uses (escalations, never requester mail). */
export function describeForTeam(label: Label, wording: RequestWording = {}): string {
  if (label !== 'opt_out') return TEAM_WORDS[label];
  if (wording.consentWithdrawn) return TEAM_CONSENT_WITHDRAWN_WORDS;
  return wording.restriction ? TEAM_RESTRICTION_WORDS : TEAM_WORDS.opt_out;
}

/** The requester wrote in a language we have no templates for: English, with one line saying so. */
export function needsLanguageNote(language: string): boolean {
  const base = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return base !== '' && base !== 'und' && templateLanguage(base) !== base;
}
