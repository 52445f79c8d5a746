import { describe, expect, it } from 'vitest';
import { extractNewText } from '../../src/io/mime.js';

/** Answers typed between the lines of our questions must reach triage, the case and the team. */
describe('answers written into the quoted message', () => {
  it("keeps the paragraph under each question of an unquoted Outlook original ('Enviado el:') when the writer says they answer below", () => {
    const text = [
      'Buenos días:',
      '',
      'Les contesto debajo de cada pregunta, en mayúsculas.',
      '',
      'Un saludo,',
      'José Antonio',
      '',
      'De: Protección de Datos <lopd@clinica.example.es>',
      'Enviado el: viernes, 6 de marzo de 2026 13:22',
      'Para: jose@example.es',
      'Asunto: Su solicitud de acceso',
      '',
      'Estimado Sr. Marín:',
      '',
      '1) ¿Desea acceder a la historia clínica completa o solo a los datos administrativos?',
      'LA HISTORIA CLÍNICA COMPLETA.',
      '',
      '2) ¿Nos confirma su dirección postal actual?',
      'NO ES LA QUE TIENEN. LA CORRECTA ES C/ SAN VICENTE 88, VALENCIA. CAMBIENLA',
      'EN SU FICHA, POR FAVOR.',
      '',
      'Atentamente,',
      'Departamento de Protección de Datos',
    ].join('\n');
    const newText = extractNewText(text);
    expect(newText).toContain('LA HISTORIA CLÍNICA COMPLETA.');
    expect(newText).toContain('CAMBIENLA\nEN SU FICHA, POR FAVOR.');
    expect(newText).not.toContain('¿Desea acceder');
    expect(newText).not.toContain('Atentamente');
  });

  it('keeps answers a paragraph below each question, and labelled ones, once the writer says so', () => {
    const text = [
      'Hi Sam, answers below in blue.',
      'Priyanka',
      '',
      'From: Privacy <privacy@app.example.com>',
      'Sent: Monday, March 23, 2026 1:07 PM',
      'Subject: Clarifying your request',
      '',
      'Hi Priyanka,',
      '',
      '1. Do you want us to make any changes to how we use your data?',
      '',
      'Yes - stop using my data for ads, and opt me out of the marketing emails.',
      '',
      '2. Your date of birth:',
      'ANSWER: 14 March 1990',
      '',
      'Best,',
      'Sam',
    ].join('\n');
    const newText = extractNewText(text);
    expect(newText).toContain('opt me out of the marketing emails');
    expect(newText).toContain('ANSWER: 14 March 1990');
    expect(newText).not.toContain('Do you want us');
    expect(newText).not.toContain('Best,');
  });

  it('keeps nothing of an unquoted original when the writer does not say the answers are in it', () => {
    const text = 'Thanks, see you then.\n\nFrom: Privacy <privacy@app.example.com>\nSent: Monday, March 23, 2026 1:07 PM\n\n1. Do you want us to delete your account?\n\nWe will wait for your answer.';
    expect(extractNewText(text)).toBe('Thanks, see you then.');
  });

  it('keeps arrow-marked answers inside an unquoted original when the writer says the answers are in the text', () => {
    const text = [
      'Bonjour, réponses dans le texte.',
      'M. Girard',
      '',
      "-----Message d'origine-----",
      'De : Protection des données <dpo@clinique.example.fr>',
      'Objet : Votre demande',
      '',
      '1) Souhaitez-vous que nous supprimions aussi vos rendez-vous passés ?',
      '',
      '-> Oui, supprimez tout.',
      '',
      '2) Voulez-vous une copie avant la suppression ?',
      '',
      '=> Non merci.',
      '',
      'Cordialement,',
      'Le DPO',
    ].join('\n');
    const newText = extractNewText(text);
    expect(newText).toContain('Oui, supprimez tout.');
    expect(newText).toContain('Non merci.');
    expect(newText).not.toContain('Souhaitez-vous');
    expect(newText).not.toContain('Le DPO');
  });

  it('keeps a bare answer under a quoted question in an Outlook block, and nothing of the original', () => {
    const text = [
      'Hello, see below.',
      '',
      '-----Original Message-----',
      'From: Privacy Team <privacy@clinic.example>',
      'Sent: Monday, 2 March 2026 10:00',
      '',
      '> Can you confirm your date of birth?',
      '',
      'Yes, 4 May 1980.',
      '',
      '> Which address should we correct?',
      '',
      'The street: it is Elm Road 12, not Elm Road 21.',
    ].join('\n');
    const newText = extractNewText(text);
    expect(newText).toContain('Yes, 4 May 1980.');
    expect(newText).toContain('Elm Road 12');
    expect(newText).not.toContain('Privacy Team');
  });

  it('takes no line of an unquoted original when nobody said the answers are in it', () => {
    const text = ['Thanks, that is all.', '', '-----Original Message-----', 'From: Privacy Team <privacy@clinic.example>', '', 'Would you like us to delete your data?', '-> Reply YES to confirm.'].join('\n');
    expect(extractNewText(text)).toBe('Thanks, that is all.');
  });

  it('keeps lines in capitals under data items (not questions) when the writer says the answers are in capitals, and drops the divider line', () => {
    const text = [
      'Buenos días, os contesto debajo de cada punto en mayúsculas.',
      '',
      '-----Mensaje original-----',
      'De: Protección de Datos <dpd@seguros.example.es>',
      'Enviado el: martes, 10 de marzo de 2026 12:14',
      'Asunto: Solicitud de rectificación - comprobación de datos',
      '',
      'Para tramitar su solicitud de rectificación, le rogamos confirme los siguientes datos:',
      '',
      '- Dirección: C/ Alta 14, 3ºD, 39008 Santander',
      'NO. ES 3ºB, NO 3ºD. EL RESTO ESTÁ BIEN.',
      '',
      '- Segundo apellido: Echeverria (sin tilde)',
      'NO, LLEVA TILDE: ECHEVERRÍA',
      '',
      'Un saludo cordial,',
      'Departamento de Protección de Datos',
    ].join('\n');
    const newText = extractNewText(text);
    expect(newText).toContain('NO. ES 3ºB, NO 3ºD. EL RESTO ESTÁ BIEN.');
    expect(newText).toContain('NO, LLEVA TILDE: ECHEVERRÍA');
    expect(newText).not.toContain('Mensaje original');
    expect(newText).not.toContain('Segundo apellido');
  });

  it('hears "See answers in caps below" as an announcement too', () => {
    const text = ['See answers in caps below.', '', 'From: Customer Privacy <privacy@power.example.com>', 'Sent: Thursday, March 12, 2026 2:37 PM', 'Subject: Correction request', '', 'Name on account: Douglas Hefernan', 'WRONG. TWO F\'S: HEFFERNAN.', '', 'Phone on file: (555) 014-2280', 'CORRECT', '', 'Thank you,', 'Customer Privacy Team'].join('\n');
    const newText = extractNewText(text);
    expect(newText).toContain("WRONG. TWO F'S: HEFFERNAN.");
    expect(newText).not.toContain('Name on account');
  });

  // Written for this check after blind round 76; none of it comes from the corpus or the blind rounds.
  it.each([
    ['ANTWOORDEN STAAN ERTUSSEN', ['- Wilt u dat wij uw account verwijderen?', 'JA'], 'JA'],
    ['Les respondo entre líneas.', ['Teléfono: 601 000 000', '-> Ya no es mío. El correcto es 612 000 111.'], 'Ya no es mío. El correcto es 612 000 111.'],
    ['Respostas a seguir a cada pergunta.', ['a) Pretende os registos de 2025?', 'R: Sim, de 2025 todo.'], 'R: Sim, de 2025 todo.'],
    ['Les respondo debajo de cada punto con ">>".', ['a) ¿Desea la supresión de su cuenta?', '>> Sí, de todo, y no me manden nada más.'], 'Sí, de todo, y no me manden nada más.'],
  ])('hears "%s" and keeps the answers in an unquoted original', (top, lines, answer) => {
    const text = [top, '', 'De: Privacidad <privacidad@clinica.example.es>', 'Enviado: lunes, 6 de abril de 2026 10:00', 'Asunto: Su solicitud', '', 'Estimado cliente:', '', ...lines, '', 'Atentamente,', 'Privacidad'].join('\n');
    const newText = extractNewText(text);
    expect(newText).toContain(answer);
    expect(newText).not.toContain('Estimado cliente');
  });

  it('keeps answers one quote level deeper, right under each quoted question, once the writer says so', () => {
    const text = [
      'Bonjour,',
      'Mes réponses sont dans le texte, précédées de >>.',
      '',
      'Le 26/03/2026 à 14:22, DPO <dpo@banque.example.fr> a écrit :',
      '> Afin de traiter votre demande, pourriez-vous nous préciser :',
      '> - si votre demande porte sur tous vos comptes ?',
      '>> Tous, y compris le livret.',
      '> - sous quel format souhaitez-vous recevoir ces éléments ?',
      '>> Par voie électronique.',
      '> Cordialement,',
      '>> Le 20/03/2026, Pascale a écrit :',
      '>> Je demande une copie de mes données.',
    ].join('\n');
    const newText = extractNewText(text);
    expect(newText).toContain('Tous, y compris le livret.');
    expect(newText).toContain('Par voie électronique.');
    expect(newText).not.toContain('Je demande une copie');
  });
});
