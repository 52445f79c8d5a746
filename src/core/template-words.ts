import type { TemplateLanguage } from './request-words.js';

/**
 * The word a requester may write, alone, to confirm a deletion, in the language we wrote to them in.
 * The templates print it and the confirmation check accepts it, so both read it from here.
 */
const CONFIRMATION_WORDS: Record<TemplateLanguage, string> = {
  en: 'DELETE',
  es: 'BORRAR',
  de: 'LÖSCHEN',
  fr: 'SUPPRIMER',
  pt: 'APAGAR',
  it: 'CANCELLARE',
  nl: 'VERWIJDEREN',
};

/** The one word that confirms a deletion in a template language (DELETE, LÖSCHEN, …). */
export function confirmationWord(lang: TemplateLanguage): string {
  return CONFIRMATION_WORDS[lang];
}

type DataPoint = 'fullName' | 'phone' | 'lastAppointment' | 'birthDate' | 'postalAddress' | 'email';

/** How operators write the usual verification data points in VERIFICATION_DATA_POINTS. */
const DATA_POINT_SPELLINGS: Record<string, DataPoint> = {
  'full name': 'fullName',
  name: 'fullName',
  'first and last name': 'fullName',
  'phone number': 'phone',
  phone: 'phone',
  'telephone number': 'phone',
  telephone: 'phone',
  'mobile number': 'phone',
  'mobile phone number': 'phone',
  'date of your last appointment': 'lastAppointment',
  'date of the last appointment': 'lastAppointment',
  'date of last appointment': 'lastAppointment',
  'last appointment date': 'lastAppointment',
  'last appointment': 'lastAppointment',
  'date of birth': 'birthDate',
  'birth date': 'birthDate',
  birthdate: 'birthDate',
  'postal address': 'postalAddress',
  'mailing address': 'postalAddress',
  'home address': 'postalAddress',
  'street address': 'postalAddress',
  address: 'postalAddress',
  'email address': 'email',
  'e-mail address': 'email',
  email: 'email',
  'e-mail': 'email',
};

const DATA_POINT_WORDS: Record<Exclude<TemplateLanguage, 'en'>, Record<DataPoint, string>> = {
  es: {
    fullName: 'nombre completo',
    phone: 'número de teléfono',
    lastAppointment: 'fecha de su última cita',
    birthDate: 'fecha de nacimiento',
    postalAddress: 'dirección postal',
    email: 'dirección de correo electrónico',
  },
  de: {
    fullName: 'Vollständiger Name',
    phone: 'Telefonnummer',
    lastAppointment: 'Datum Ihres letzten Termins',
    birthDate: 'Geburtsdatum',
    postalAddress: 'Postanschrift',
    email: 'E-Mail-Adresse',
  },
  fr: {
    fullName: 'nom et prénom',
    phone: 'numéro de téléphone',
    lastAppointment: 'date de votre dernier rendez-vous',
    birthDate: 'date de naissance',
    postalAddress: 'adresse postale',
    email: 'adresse e-mail',
  },
  pt: {
    fullName: 'nome completo',
    phone: 'número de telefone',
    lastAppointment: 'data da sua última consulta',
    birthDate: 'data de nascimento',
    postalAddress: 'endereço postal',
    email: 'endereço de e-mail',
  },
  it: {
    fullName: 'nome e cognome',
    phone: 'numero di telefono',
    lastAppointment: 'data del suo ultimo appuntamento',
    birthDate: 'data di nascita',
    postalAddress: 'indirizzo postale',
    email: 'indirizzo e-mail',
  },
  nl: {
    fullName: 'volledige naam',
    phone: 'telefoonnummer',
    lastAppointment: 'datum van uw laatste afspraak',
    birthDate: 'geboortedatum',
    postalAddress: 'postadres',
    email: 'e-mailadres',
  },
};

function spellingKey(point: string): string {
  return point
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.;:,]+$/, '')
    .replace(/^(your|the) /, '');
}

/**
 * A configured verification data point in the template's language. The usual defaults (full name,
 * phone number, date of your last appointment, date of birth, postal address, email address) are
 * translated; anything else, and every English point, is returned as the operator wrote it.
 */
export function localizeDataPoint(point: string, lang: TemplateLanguage): string {
  if (lang === 'en') return point;
  const known = DATA_POINT_SPELLINGS[spellingKey(point)];
  if (!known) return point;
  const words = DATA_POINT_WORDS[lang][known];
  const capitalised = /^\s*\p{Lu}/u.test(point);
  return capitalised ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}
