import { describe, expect, it } from 'vitest';
import { extractNewText } from '../../../src/io/mime.js';
import { splitTrailingAnswer } from '../../../src/core/triage/answer-marks.js';
import { triagePlainMail } from './plain-mail-triage.js';

/**
 * "¿Desea que eliminemos su cuenta? SÍ": people who answer in capitals inside the team's unquoted
 * Outlook original often type the answer after the question, on its line. Written for this check;
 * none of it comes from the corpus or the blind rounds.
 */
const original = (answers: [string, string, string]): string =>
  [
    'Contesto en mayúsculas en su mismo correo.',
    '',
    'De: Privacidad Clínica Norte <privacy@clinic.example>',
    'Enviado: lunes, 4 de mayo de 2026 9:15',
    'Para: elena@example.es',
    'Asunto: Su solicitud',
    '',
    'Estimada Sra. Vidal:',
    '',
    `1. ¿Quiere que borremos su perfil en la aplicación? ${answers[0]}`,
    `2. ¿Quiere recibir antes una copia de sus datos? ${answers[1]}`,
    `3. ¿Podemos seguir enviándole recordatorios de citas? ${answers[2]}`,
    '',
    'Un saludo,',
    'Privacidad',
  ].join('\n');

describe('an answer typed after the question on its line', () => {
  it('is the replier\'s, one answer per question, and the next question ends it', () => {
    const newText = extractNewText(original(['SÍ, TODO', 'NO', 'SÍ']));
    expect(newText.split('\n').slice(-3)).toEqual(['SÍ, TODO', 'NO', 'SÍ']);
    expect(newText).not.toContain('¿Quiere');
  });

  it('accepts the offer it answers and turns down the one it refuses', async () => {
    const verdict = await triagePlainMail(original(['SÍ', 'NO', 'ME DA IGUAL']), 'RE: Su solicitud', true);
    expect(verdict.labels).toEqual(['deletion']);
    expect(verdict.evidence.some((item) => item.phrase.startsWith('yes to: ') && item.label === 'deletion')).toBe(true);
  });

  it('splits only where the tail is told apart: capitals after a question that is not, or an arrow', () => {
    expect(splitTrailingAnswer('¿Quiere una copia? SÍ', true)).toEqual(['¿Quiere una copia?', 'SÍ']);
    expect(splitTrailingAnswer('Do you want a copy? -> no thanks', false)).toEqual(['Do you want a copy?', '-> no thanks']);
    expect(splitTrailingAnswer('¿Quiere una copia? SÍ', false)).toEqual(['¿Quiere una copia? SÍ']);
    expect(splitTrailingAnswer('Do you want a copy? Then reply to this mail.', true)).toEqual(['Do you want a copy? Then reply to this mail.']);
    expect(splitTrailingAnswer('¿QUIERE UNA COPIA? SÍ', true)).toEqual(['¿QUIERE UNA COPIA? SÍ']);
  });
});
