import type { Label } from '../types.js';

/**
 * Which of the company's verification data points (VERIFICATION_DATA_POINTS) to ask a requester
 * for, on top of the one-time code that proves they control the mailbox.
 *
 * CCPA 11 CCR 7062: disclosing categories needs a "reasonable degree of certainty" (mailbox control
 * is enough); specific pieces need a "reasonably high degree" (matching data points); deleting or
 * correcting needs one or the other by the harm it could do. Health and therapy records are
 * sensitive, a plain account is not. So data points are asked for:
 * - a disclosure request, unless it asks only for categories;
 * - a deletion or correction of the requester's own health records ("my therapy notes", "mi
 *   historial clínico", "meine Behandlungsunterlagen"), not of a plain account.
 * The company's own name and product words ("your therapy app", "Calm Therapy Co") name no record.
 * A professional writing about their own provider profile is no patient: patient-only points such
 * as "date of your last appointment" are left out for them.
 */

const L = '\\p{L}';
const word = (source: string, flags = 'iu'): RegExp => new RegExp(`(?<![${L}0-9])(?:${source})(?![${L}0-9])`, flags);
const any = (...parts: string[]): string => parts.join('|');

/** Product words: a health word in front of them ("therapy app", "patient portal") names the product. */
const PRODUCT = any(
  'apps?|applications?|platforms?|portals?|websites?|web sites?|sites?|accounts?|newsletters?|subscriptions?|services?|programm?e?s?',
  'Plattform|Webseite|Konto|Abonnement|Abo|Dienst',
  'aplicaci[óo]n|plataforma|portal|sitio web|web|cuenta|bolet[íi]n|suscripci[óo]n|servicio',
  'plateforme|portail|compte|abonnement',
  'applicazione|piattaforma|portale|sito|abbonamento|servizio',
  'aplicativo|aplica[çc][ãa]o|conta|assinatura|servi[çc]o',
  'portaal|nieuwsbrief|dienst',
);
/** Words that make a product sound medical without naming anyone's record. */
const QUALIFIER = any(
  'therapy|therapies|health|healthcare|mental|wellness|wellbeing|medical|clinic|clinical|patient|patients|counsel+ing|care|telehealth|mind|mindfulness|psychology',
  'Therapie|Gesundheits?|Patienten|Praxis|Klinik|Psychotherapie',
  'terapia|salud|pacientes?|cl[íi]nica|sanitari[oa]|m[ée]dic[oa]|bienestar|psicolog[íi]a',
  'th[ée]rapie|sant[ée]|clinique|m[ée]dical|bien-être',
  'salute|pazienti|clinica|benessere',
  'sa[úu]de|doentes?|utentes?|bem-estar',
  'gezondheid|patiënten|praktijk|zorg',
);
/** German and Dutch glue the product word on: "Therapie-App", "Gesundheitsportal", "patiëntenportaal". */
const COMPOUND_PRODUCT = word(`[${L}]+-?(?:app|plattform|portal|portaal|platform|konto|webseite|website|newsletter|nieuwsbrief|abo)`, 'giu');
const LEGAL_SUFFIX = /[\s,]+(?:co|company|corp|corporation|inc|incorporated|llc|llp|ltd|limited|plc|gmbh|ag|kg|ug|s\.?a\.?|s\.?l\.?|sas|sarl|s\.?r\.?l\.?|s\.?p\.?a\.?|lda|b\.?v\.?|n\.?v\.?)\.?$/iu;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

interface NamePatterns {
  names: RegExp[];
  qualifiedProduct: RegExp;
  productOfQualifier: RegExp;
}

// Compiling these per message cost more than applying them (a backlog profile, issue 12): one set per ORG_NAME.
const namePatterns = new Map<string, NamePatterns>();

function patternsFor(orgName: string): NamePatterns {
  const cached = namePatterns.get(orgName);
  if (cached) return cached;
  const full = orgName.trim();
  const core = full.replace(LEGAL_SUFFIX, '').trim();
  const names = [...new Set([full, core].filter((name) => name.length >= 2))].map((name) => word(escape(name), 'giu'));
  const orgWords = core.split(/[^\p{L}0-9]+/u).filter((part) => part.length >= 3).map(escape);
  const qualifier = any(QUALIFIER, ...orgWords);
  const patterns: NamePatterns = {
    names,
    // "your therapy app" (qualifier first) and "la aplicación de terapia" (product first).
    qualifiedProduct: word(`(?:(?:${qualifier})[\\s-]+){1,3}(?:${PRODUCT})`, 'giu'),
    productOfQualifier: word(`(?:${PRODUCT}) (?:de|di|da|do|del|della|dello|des|du|dos|das|van|voor|für)(?: (?:la|le|el|il|lo|a|o|l'))?[\\s']+(?:(?:${qualifier})\\s*){1,3}`.replace(/ /g, '\\s+'), 'giu'),
  };
  namePatterns.set(orgName, patterns);
  return patterns;
}

const ANY_PRODUCT = word(PRODUCT, 'giu');

/** The text without the company's name and without product phrases, so neither reads as a record. */
function withoutNames(text: string, orgName: string): string {
  const patterns = patternsFor(orgName);
  let out = text;
  for (const name of patterns.names) out = out.replace(name, ' ');
  out = out.replace(COMPOUND_PRODUCT, ' ');
  out = out.replace(patterns.qualifiedProduct, ' ');
  out = out.replace(patterns.productOfQualifier, ' ');
  return out.replace(ANY_PRODUCT, ' ');
}

/** "my", "our", "all my" in our seven languages, with up to two words before the noun ("my old therapy notes"). */
const MINE = `(?:my|our|all my|mein(?:e[nmrs]?)?|unser(?:e[nmrs]?)?|mis?|nuestr[oa]s?|mon|ma|mes|notre|nos|il mio|la mia|i miei|le mie|mio|mia|miei|mie|(?:o |a |os |as )?(?:meu|minha|meus|minhas|nosso|nossa)|mijn|ons|onze)\\s+(?:[${L}0-9'’-]+\\s+){0,2}?`;

/** The requester's own health information: sessions, notes, records, diagnoses; never "my therapist". */
const OWN_HEALTH_NOUN = any(
  "therapy|treatments?|sessions|session (?:notes|history|records|recordings|summaries)|counsel+ing|diagnos[ie]s|prescriptions?|medications?|notes|records?|charts?|test results|lab results|assessments?|care plans?|appointment history|(?:medical|clinical|health|patient|therapy|treatment|mental health|psychiatric) (?:records?|notes|data|information|info|history|files?|charts?|details|results|summar(?:y|ies))",
  `Patientenakte|Krankenakte|Akte|Behandlung[${L}]*|Therapie(?![${L}]*(?:app|plattform|portal|konto))[${L}]*|Sitzung(?:en|s[${L}]+)|Diagnose[${L}]*|Befund[${L}]*|Gesundheitsdaten|Krankengeschichte|Unterlagen|Notizen|Aufzeichnungen|Patientendaten`,
  'historial(?: cl[íi]nico| m[ée]dico)?|historia cl[íi]nica|expedientes?(?: cl[íi]nicos?| m[ée]dicos?)?|terapia|tratamientos?|sesiones|notas|diagn[óo]sticos?|informes(?: m[ée]dicos)?|datos (?:de salud|m[ée]dicos|cl[íi]nicos|sanitarios)|registros (?:m[ée]dicos|cl[íi]nicos)|recetas|resultados',
  'dossiers?(?: m[ée]dical| patient| de sant[ée])?|th[ée]rapie|traitements?|s[ée]ances|notes|diagnostics?|comptes rendus|donn[ée]es (?:de sant[ée]|m[ée]dicales)|r[ée]sultats|ordonnances',
  'cartella(?: clinica)?|fascicolo(?: sanitario)?|terapia|trattament[oi]|sedute|note|diagnosi|referti|esami|dati (?:sanitari|clinici|sulla salute|medici)|prescrizioni|storia clinica',
  'prontu[áa]rio|processo cl[íi]nico|registos? cl[íi]nicos?|registros? (?:m[ée]dicos?|cl[íi]nicos?)|hist[óo]rico(?: cl[íi]nico| m[ée]dico)?|terapia|tratamentos?|sess[õo]es|notas|diagn[óo]sticos?|exames|relat[óo]rios|receitas|dados (?:de sa[úu]de|cl[íi]nicos|m[ée]dicos)',
  'dossier|medisch dossier|patiëntendossier|behandeling(?:en)?|behandelplan|behandelgegevens|therapie|sessies|notities|aantekeningen|diagnose|gezondheidsgegevens|medische gegevens|uitslagen|recepten',
);
/** Record nouns explicit enough to count without "my" ("delete the therapy notes you keep"). */
const HEALTH_RECORD = any(
  '(?:medical|clinical|health|therapy|session|treatment|patient|psychiatric|mental health) (?:records?|notes|history|files?|charts?)',
  'Patientenakte|Krankenakte|Behandlungsunterlagen|Behandlungsdaten|Gesundheitsdaten|Therapieunterlagen|Therapienotizen|Sitzungsprotokolle|Krankengeschichte',
  'historia cl[íi]nica|historial (?:cl[íi]nico|m[ée]dico)|expediente (?:cl[íi]nico|m[ée]dico)|datos de salud|notas de (?:las )?sesiones|notas de terapia',
  'dossier (?:m[ée]dical|patient)|donn[ée]es de sant[ée]|notes de s[ée]ances?',
  'cartella clinica|fascicolo sanitario|dati sanitari|note delle sedute',
  'prontu[áa]rio|processo cl[íi]nico|registo cl[íi]nico|dados de sa[úu]de|hist[óo]rico cl[íi]nico',
  'medisch dossier|patiëntendossier|gezondheidsgegevens|medische gegevens|behandeldossier',
);
/** "the note from my 12 May visit", "la nota de mi última cita": a record of the requester's care. */
const RECORD_OF_VISIT = `(?:notes?|records?|summar(?:y|ies)|notas?|registros?|notizen|aufzeichnungen|compte rendu|notities) (?:from|of|about|for|de|da|do|di|della|del|von|van) ${MINE}(?:visits?|appointments?|consultations?|visitas?|citas?|consultas?|Besuch\\p{L}*|Termin\\p{L}*|Sitzung\\p{L}*|visites?|rendez-vous|consultations?|visite|appuntament[oi]|bezoek\\p{L}*|afspra(?:ak|ken))`;
const OWN_HEALTH = word(`${MINE}(?:${OWN_HEALTH_NOUN})|${HEALTH_RECORD}|${RECORD_OF_VISIT}`.replace(/ /g, '\\s+'));

/** Categories of personal information (CCPA 1798.110(a)(1)) in our seven languages. */
const CATEGORIES = word(`categor[${L}]*|kategorie[${L}]*|cat[ée]gor[${L}]*`);
/** Words that ask for the data itself, or touch health data: then it is more than categories. */
const SPECIFIC_OR_HEALTH = word(
  any(
    'specific pieces|specific|cop(?:y|ies)|export|download|records?|notes|charts?|files?|history|sessions?|diagnos[ie]s|therapy|treatment|medical|clinical|health',
    `Kopie|Auszug|Akte|Unterlagen|Notizen|Verlauf|Sitzung[${L}]*|Therapie[${L}]*|Behandlung[${L}]*|medizinisch[${L}]*|klinisch[${L}]*|Gesundheit[${L}]*`,
    `copia|expedientes?|historial|notas|sesi[óo]n(?:es)?|espec[íi]fic[${L}]*|terapia|tratamientos?|m[ée]dic[oa]s?|cl[íi]nic[oa]s?|salud`,
    `copie|dossier|historique|s[ée]ances?|sp[ée]cifiques?|th[ée]rapie|traitements?|m[ée]dical[${L}]*|clinique|sant[ée]`,
    `cartella|fascicolo|storico|sedute|specific[${L}]*|trattament[oi]|sanitari[${L}]*|salute`,
    `c[óo]pia|prontu[áa]rio|processo|hist[óo]rico|sess[õo]es|tratamentos?|sa[úu]de`,
    `kopie|notities|geschiedenis|sessies|specifieke|therapie|behandeling|medisch[${L}]*|klinisch[${L}]*|gezondheid[${L}]*`,
  ),
);

/** The professions that have provider profiles, in our seven languages. */
const PROFESSION = any(
  "(?:psycho)?therapists?|counsel+ors?|psychologists?|psychiatrists?|coach(?:es)?|clinicians?|providers?|practitioners?|social workers?",
  `(?:Psycho)?[Tt]herapeut(?:in|en|innen)?|Berater(?:in)?|Psycholog(?:e|in|en)|Kliniker(?:in)?|Behandler(?:in)?|Anbieter(?:in)?|Heilpraktiker(?:in)?`,
  `(?:psico)?terapeuta|consejer[oa]|orientador(?:a)?|psic[óo]log[oa]|cl[íi]nic[oa]|proveedor(?:a)?|profesional`,
  `(?:psycho)?th[ée]rapeute|conseill(?:er|ère)|psychologue|clinicien(?:ne)?|praticien(?:ne)?|prestataire`,
  `consulente|counselor|psicolog[oa]|professionista|fornitore`,
  `conselheir[oa]|prestador(?:a)?|profissional`,
  `therapeut|psycholoog|clinicus|zorgverlener|behandelaar|hulpverlener|praktijkhouder`,
);
const ARTICLE = 'a|an|ein|eine|un|una|une|uno|um|uma|een';
const ADVERB = 'also|now|currently|actually|myself|still|just|already|auch|jetzt|selbst|también|ahora|aussi|moi-même|anche|ora|também|agora|ook|zelf|nu';
/** Words that end a self-description: "as my therapist said", "I am seeing a therapist", "sono stato dal terapeuta". */
const FUNCTION_WORD = `${ARTICLE}|my|your|our|his|her|their|the|to|with|at|from|for|of|by|in|mein[${L}]*|dein[${L}]*|ihr[${L}]*|sein[${L}]*|unser[${L}]*|der|die|das|dem|den|des|bei|beim|zum|zur|vom|mi|mis|tu|tus|su|sus|el|la|los|las|al|del|con|de|mon|ma|mes|ton|ta|tes|son|sa|ses|votre|vos|le|les|chez|au|aux|du|il|lo|gli|mio|mia|miei|mie|tuo|tua|suo|dal|dalla|dallo|dai|dalle|da|di|meu|minha|meus|minhas|seu|teu|o|os|as|do|no|na|ao|à|pelo|pela|com|mijn|je|jouw|uw|zijn|haar|het|bij|naar|met|van|voor`;
/** "I am a licensed therapist", "ich bin selbst Therapeutin", "soy psicóloga", "en tant que praticien", "ik werk als coach". */
const PROFESSIONAL = word(
  `(?:i am|i'm|as|i work as|ich bin|als|soy|como|trabajo como|je suis|en tant que|sono|lavoro come|come|sou|trabalho como|ik ben|ik werk als)(?: (?:${ADVERB}))?(?: (?:${ARTICLE}))?(?: (?!(?:${FUNCTION_WORD})(?![${L}]))[${L}-]+){0,2}? (?:${PROFESSION})|(?:provider|practitioner|therapist|clinician|counsel+or|coach|professional) (?:profile|account|listing|page)|(?:Therapeuten|Anbieter|Berater|Behandler|Praxis)(?:profil|eintrag|konto)|perfil (?:profesional|profissional)|profil (?:professionnel|de praticien)|profilo professionale|(?:therapeuten|praktijk|zorgverleners?)profiel`.replace(/ /g, '\\s+'),
);
/** Their own profile, account or listing. */
const OWN_PROFILE = word(
  `${MINE}(?:[${L}-]*profil[${L}]*|profiles?|accounts?|listings?|pages?|bio|entry|Konto|Eintrag|perfil|cuenta|ficha|anuncio|compte|annonce|fiche|profilo|scheda|annuncio|cadastro|conta|an[úu]ncio|profiel|vermelding)|[${L}]*(?:profil|eintrag|profiel)`.replace(/ /g, '\\s+'),
);

/** Points only a patient can answer: their appointments, sessions, treatment, patient number. */
const PATIENT_ONLY = word(
  any(
    'appointments?|visits?|sessions?|treatments?|therap[a-z]*|patients?|diagnos[a-z]*|prescriptions?|consultations?',
    `Termin[${L}]*|Besuch[${L}]*|Sitzung[${L}]*|Behandlung[${L}]*|Therap[${L}]*|Patient[${L}]*`,
    `citas?|visitas?|sesi[óo]n(?:es)?|tratamientos?|terap[${L}]*|pacientes?|consultas?`,
    `rendez-vous|s[ée]ances?|traitements?|th[ée]rap[${L}]*`,
    `appuntament[oi]|sedut[ae]|trattament[oi]|pazient[ei]`,
    `sess[ãa]o|sess[õo]es|tratamentos?|utentes?|doentes?`,
    `afspra(?:ak|ken)|bezoek[${L}]*|sessies?|behandeling(?:en)?|patiënt[${L}]*`,
  ),
);

/** Contact details a correction may be about (11 CCR 7060(h): verify against fields other than the one corrected). */
const CONTACT_FIELD = word(
  any(
    'phone|mobile|cell|number|address|e-?mail|surname|last name|first name|name|zip|postcode|post code',
    `Telefon[${L}]*|Handy[${L}]*|Nummer|Adresse|Anschrift|E-?Mail|Name[${L}]*|Postleitzahl`,
    `tel[ée]fono|m[óo]vil|celular|n[úu]mero|direcci[óo]n|correo|nombre|apellidos?`,
    `t[ée]l[ée]phone|portable|num[ée]ro|adresse|courriel|e-?mail|nom|pr[ée]nom`,
    `telefono|cellulare|numero|indirizzo|e-?mail|nome|cognome`,
    `telefone|telem[óo]vel|n[úu]mero|morada|endere[çc]o|e-?mail|nome|apelido|sobrenome`,
    `telefoon[${L}]*|mobiel[${L}]*|nummer|adres|e-?mail|naam|achternaam|postcode`,
  ),
);
/** What a health record says about the person, as opposed to how to reach them. */
const HEALTH_CONTENT = word(
  any(
    'diagnos[a-z]*|notes?|treatments?|medications?|prescriptions?|allerg[a-z]*|results?|conditions?|symptoms?|history|therap[a-z]*|sessions?',
    `Diagnose[${L}]*|Befund[${L}]*|Notiz[${L}]*|Behandlung[${L}]*|Medikament[${L}]*|Allergi[${L}]*|Therapie[${L}]*`,
    `diagn[óo]stico|notas|tratamientos?|medicaci[óo]n|medicamentos?|alergias?|resultados?|terapia`,
    `diagnostic|notes|traitements?|m[ée]dicaments?|allergies?|r[ée]sultats?|th[ée]rapie`,
    `diagnosi|note|trattament[oi]|farmac[oi]|allergi[ae]|risultat[oi]|terapia`,
    `diagn[óo]stico|notas|tratamentos?|medica[çc][ãa]o|medicamentos?|alergias?|resultados?|terapia`,
    `diagnose|notities|behandeling(?:en)?|medicatie|medicijnen|allergie[ëe]n|uitslag(?:en)?|therapie`,
  ),
);

/** Data points for a professional writing about their own provider profile: no appointment dates. */
function withoutPatientOnly(points: readonly string[]): string[] {
  return points.filter((point) => !PATIENT_ONLY.test(point));
}

/**
 * Which of the configured data points to ask this requester for; empty when mailbox control is
 * enough. `text` is what the requester wrote (subject and body); `orgName` is ORG_NAME.
 */
export function dataPointsFor(input: { labels: Label[]; text: string; orgName: string; configured: string[] }): string[] {
  const { labels, text, orgName, configured } = input;
  const named = withoutNames(text, orgName);
  const specificDisclosure = labels.includes('disclosure') && !(CATEGORIES.test(named) && !SPECIFIC_OR_HEALTH.test(named));
  // Correcting how to reach someone (a phone number on their patient file) changes no health data.
  const contactCorrection = labels.includes('correction') && !labels.includes('deletion') && CONTACT_FIELD.test(named) && !HEALTH_CONTENT.test(named);
  const healthChange = (labels.includes('deletion') || labels.includes('correction')) && OWN_HEALTH.test(named) && !contactCorrection;
  if (!specificDisclosure && !healthChange) return [];
  return PROFESSIONAL.test(text) && OWN_PROFILE.test(text) ? withoutPatientOnly(configured) : [...configured];
}
