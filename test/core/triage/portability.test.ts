import { describe, expect, it } from 'vitest';
import { rulesVerdictOf } from '../../support/rules-verdict.js';

/**
 * Asking for an export of one's own data is access and portability (GDPR Art. 15(3), 20), also when
 * a deletion follows. Written for this check (the rules alone); none of it comes from the corpus.
 */

const EXPORT_THEN_DELETE: string[] = [
  'Antes de cerrar la cuenta quiero descargar mis notas de las sesiones. Luego borren todos mis datos.',
  "Pouvez-vous d'abord exporter mes données, puis supprimer mon compte ?",
  'Vorrei scaricare il mio diario; poi cancellate il mio account.',
  'Quero baixar o histórico das consultas e depois excluam a minha conta.',
  'Bitte zuerst meine Daten exportieren, danach das Konto löschen.',
  'Kunnen jullie mijn gegevens exporteren en daarna mijn account verwijderen?',
];

describe('an export of my own data', () => {
  it.each(EXPORT_THEN_DELETE)('is disclosure beside the deletion: %s', async (body) => {
    const verdict = await rulesVerdictOf(body);
    expect(verdict.labels).toContain('disclosure');
    expect(verdict.labels).toContain('deletion');
  });

  it('is not asked for by a thank-you for a file already received', async () => {
    const verdict = await rulesVerdictOf("Merci, j'ai bien reçu l'export de mes données. Bonne journée !");
    expect(verdict.labels).not.toContain('disclosure');
  });
});
