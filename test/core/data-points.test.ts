import { describe, expect, it } from 'vitest';
import { dataPointsFor } from '../../src/core/data-points.js';
import type { Label } from '../../src/types.js';

const CONFIGURED = ['full name', 'phone number', 'date of your last appointment'];
const ALL = CONFIGURED;
const NO_APPOINTMENT = ['full name', 'phone number'];
const NONE: string[] = [];
const ORG = 'Calm Therapy Co';

const CASES: Array<[what: string, labels: Label[], text: string, expected: string[]]> = [
  // the company's name and product words are not the requester's records
  ['company name, en', ['deletion'], 'Please delete my Calm Therapy Co account.', NONE],
  ['company name without suffix', ['deletion'], 'I no longer use Calm Therapy. Delete everything you have on me.', NONE],
  ['company name, lower case', ['deletion'], 'please delete my calm therapy data', NONE],
  ['product words, en', ['deletion'], 'Delete my account in your therapy app.', NONE],
  ['product words, correction', ['correction'], 'Please fix the email address on my therapy platform account.', NONE],
  ['product words, de', ['deletion'], 'Bitte löschen Sie mein Konto in Ihrer Therapie-App.', NONE],
  ['product words, es', ['deletion'], 'Borren mi cuenta de la aplicación de terapia.', NONE],
  ['product words, fr', ['deletion'], 'Supprimez mon compte sur votre plateforme de thérapie.', NONE],
  ['product words, it', ['deletion'], "Cancellate il mio account dell'app di terapia.", NONE],
  ['product words, pt', ['deletion'], 'Apaguem a minha conta no aplicativo de terapia.', NONE],
  ['product words, nl', ['deletion'], 'Verwijder mijn account in jullie therapie-app.', NONE],
  ['patient portal', ['deletion'], 'Close my patient portal account, please.', NONE],
  ['categories from the company', ['disclosure'], 'What categories of personal information does Calm Therapy Co collect about me?', NONE],
  // the requester's own health records
  ['therapy notes', ['deletion'], 'Please delete my therapy notes.', ALL],
  ['session history', ['deletion'], 'Erase my session history and close my account.', ALL],
  ['medical records, correction', ['correction'], 'My medical records list the wrong diagnosis, please correct them.', ALL],
  ['notes without "my"', ['deletion'], 'Delete the therapy notes you keep about me.', ALL],
  ['records of my treatment', ['deletion'], 'Please erase everything about my treatment.', ALL],
  ['note from my visit', ['correction'], 'Under 45 CFR 164.526 I request that you amend the note from my 12 May visit, which is inaccurate.', ALL],
  ['clinic in an address', ['deletion'], 'Forwarded from info@clinic.example: por favor borren todos mis datos.', NONE],
  ['historial clínico', ['deletion'], 'Borren mi historial clínico, por favor.', ALL],
  ['Behandlungsunterlagen', ['deletion'], 'Bitte löschen Sie meine Behandlungsunterlagen.', ALL],
  ['dossier médical', ['deletion'], 'Supprimez mon dossier médical.', ALL],
  ['cartella clinica', ['correction'], 'Correggete la mia cartella clinica: la data è sbagliata.', ALL],
  ['prontuário', ['deletion'], 'Apaguem o meu prontuário.', ALL],
  ['medisch dossier', ['deletion'], 'Verwijder mijn medisch dossier.', ALL],
  ['product word and own notes', ['deletion'], 'Delete my therapy app account and my session notes.', ALL],
  // a plain account is not sensitive (11 CCR 7062: deletion by the harm it could do)
  ['plain account', ['deletion'], 'Delete my account and all my data.', NONE],
  ['plain correction', ['correction'], 'My surname is misspelled, please correct it.', NONE],
  ['Konto', ['deletion'], 'Löschen Sie bitte mein Konto und alle meine Daten.', NONE],
  ['cuenta', ['deletion'], 'Eliminen mi cuenta y mis datos.', NONE],
  // disclosure: specific pieces need data points, categories only do not
  ['copy of my data', ['disclosure'], 'Send me a copy of my data.', ALL],
  ['copy of session notes', ['disclosure'], 'I want a copy of my session notes.', ALL],
  ['categories, en', ['disclosure'], 'Which categories of data do you hold about me?', NONE],
  ['categories, de', ['disclosure'], 'Welche Kategorien personenbezogener Daten verarbeiten Sie über mich?', NONE],
  ['categories, es', ['disclosure'], '¿Qué categorías de datos personales tienen sobre mí?', NONE],
  ['categories, fr', ['disclosure'], 'Quelles catégories de données détenez-vous sur moi ?', NONE],
  ['categories, it', ['disclosure'], 'Quali categorie di dati personali trattate?', NONE],
  ['categories, pt', ['disclosure'], 'Quais categorias de dados pessoais vocês tratam?', NONE],
  ['categories, nl', ['disclosure'], 'Welke categorieën persoonsgegevens verwerken jullie?', NONE],
  ['categories of health records', ['disclosure'], 'What categories of data are in my therapy notes?', ALL],
  ['categories and a copy', ['disclosure'], 'Tell me the categories you hold and send me a copy.', ALL],
  // a professional about their own provider profile is no patient
  ['professional, en', ['disclosure'], 'I am a licensed therapist listed on your platform. Please send me a copy of the data in my provider profile.', NO_APPOINTMENT],
  ['professional, de', ['disclosure'], 'Ich bin Psychotherapeutin und möchte eine Kopie der Daten in meinem Anbieterprofil.', NO_APPOINTMENT],
  ['professional, es', ['disclosure'], 'Soy psicóloga y quiero una copia de los datos de mi perfil profesional.', NO_APPOINTMENT],
  ['professional, fr', ['disclosure'], 'Je suis praticienne : envoyez-moi une copie des données de mon profil.', NO_APPOINTMENT],
  ['professional, it', ['disclosure'], 'Sono una psicoterapeuta, vorrei una copia dei dati del mio profilo.', NO_APPOINTMENT],
  ['professional, pt', ['disclosure'], 'Sou terapeuta e quero uma cópia dos dados do meu perfil.', NO_APPOINTMENT],
  ['professional, nl', ['disclosure'], 'Ik ben coach en wil een kopie van de gegevens in mijn profiel.', NO_APPOINTMENT],
  ['professional, listing', ['correction'], "I'm a counsellor and my practitioner listing shows the wrong clinic address, please correct it.", NONE],
  ['professional, plain deletion', ['deletion'], "I'm a clinician; please delete my provider account.", NONE],
  // patients who mention their therapist are still patients
  ['as my therapist said', ['disclosure'], 'As my therapist suggested, please send me a copy of my session notes and check my profile.', ALL],
  ['seeing a therapist', ['disclosure'], 'I am seeing a therapist at your clinic; send me my records. My account email is jo@mail.example.', ALL],
  ['mi terapeuta', ['disclosure'], 'Mi terapeuta me dijo que pidiera una copia de mi historial. Mi perfil está a nombre de Ana.', ALL],
  ['sono stato dal terapeuta', ['disclosure'], 'Sono stato dal terapeuta: inviatemi una copia dei miei dati e del mio profilo.', ALL],
  // no identity verification for these rights
  ['opt-out', ['opt_out'], 'Stop selling my therapy notes.', NONE],
  ['complaint', ['complaint'], 'You sent my medical records to my employer.', NONE],
];

describe('dataPointsFor', () => {
  it.each(CASES)('%s', (_what, labels, text, expected) => {
    expect(dataPointsFor({ labels, text, orgName: ORG, configured: CONFIGURED })).toEqual(expected);
  });

  it('drops every patient-only point for a professional, in any language of the config', () => {
    const configured = ['full name', 'patient number', 'Datum Ihres letzten Termins', 'fecha de su última cita', 'postcode', 'name of your therapist'];
    const text = 'I am a psychologist. Please send me a copy of everything in my provider profile.';
    expect(dataPointsFor({ labels: ['disclosure'], text, orgName: ORG, configured })).toEqual(['full name', 'postcode']);
  });

  it('reads the default organisation name too', () => {
    expect(dataPointsFor({ labels: ['deletion'], text: 'Please delete my Example Health account.', orgName: 'Example Health', configured: CONFIGURED })).toEqual(NONE);
    expect(dataPointsFor({ labels: ['deletion'], text: 'Please delete my health records.', orgName: 'Example Health', configured: CONFIGURED })).toEqual(ALL);
  });

  // Every case the earlier rule (needsDataPoints, now removed) asked data points for still gets them.
  const LEGITIMATE: Array<[Label[], string]> = [
    [['disclosure'], 'send me a copy of my data'],
    [['disclosure'], 'What personal information do you have about me?'],
    [['disclosure'], 'Please give me access to my records.'],
    [['disclosure'], 'Which categories of data are in my medical file?'],
    [['disclosure', 'deletion'], 'Send me my data, then delete it.'],
    [['deletion'], 'delete my therapy notes'],
    [['deletion'], 'Please erase my medical records.'],
    [['deletion'], 'Delete my treatment history and my account.'],
    [['correction'], 'My clinical notes have the wrong date of birth.'],
    [['deletion'], 'Borren mi historial médico.'],
    [['deletion'], 'Eliminen mis datos de salud.'],
    [['correction'], 'Corrijan mi expediente clínico, por favor.'],
  ];
  it.each(LEGITIMATE)('still asks where the earlier rule asked: %s %s', (labels, text) => {
    expect(dataPointsFor({ labels, text, orgName: ORG, configured: CONFIGURED })).toEqual(ALL);
  });

  it('returns a copy the caller may change', () => {
    const configured = ['full name'];
    const points = dataPointsFor({ labels: ['disclosure'], text: 'send me a copy of my data', orgName: ORG, configured });
    points.push('x');
    expect(configured).toEqual(['full name']);
  });
});

describe('correcting contact details on a health file', () => {
  const configured = ['full name', 'date of your last appointment'];
  it.each([
    ['You still have my old mobile number on my patient file. Please correct it.', []],
    ['Bitte korrigieren Sie meine Adresse in meiner Patientenakte.', []],
    ['Please correct the diagnosis in my patient file, it is wrong.', configured],
    ['My medical records list the wrong allergy, please correct it.', configured],
  ])('%s', (text, expected) => {
    expect(dataPointsFor({ labels: ['correction'], text, orgName: 'Calm Clinic', configured })).toEqual(expected);
  });
});
