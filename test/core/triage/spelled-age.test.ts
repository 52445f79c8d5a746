import { describe, expect, it } from 'vitest';
import { rulesVerdictOf } from '../../support/rules-verdict.js';

/**
 * A child's age in words, as voicemail transcripts and many parents write it, and a deletion asked
 * as "I want that account gone". Written for this check in the seven languages; none of it comes
 * from the corpus or the blind rounds.
 */
async function labelsOf(body: string): Promise<string[]> {
  return (await rulesVerdictOf(body, 'account')).labels;
}

describe("a child's age in words", () => {
  it.each([
    "Hi, it's Dana. My daughter Ruby is nine and she made an account on your app with her photo. I want that account gone.",
    'Mein Sohn Jonas ist zwölf und hat sich bei Ihrer App angemeldet. Bitte löschen Sie sein Konto und seine Daten.',
    'Mi hija tiene once años y se registró en vuestra web sin mi permiso. Borrad su cuenta y sus datos.',
    'Mon fils a treize ans et il a créé un compte chez vous. Merci de supprimer ses données.',
    "Mon fils Hugo, qui a douze ans, s'est inscrit chez vous. Supprimez ses données, s'il vous plaît.",
    'Mia figlia ha dieci anni e si è iscritta alla vostra app. Vi chiedo di cancellare il suo account e i suoi dati.',
    'O meu filho tem quinze anos e criou uma conta na vossa aplicação. Peço que apaguem os dados dele.',
    'Mijn dochter is veertien en heeft zich ingeschreven in jullie app. Verwijder haar account en gegevens.',
  ])('%s', async (body) => {
    expect(await labelsOf(body)).toContain('child_data');
  });

  it.each([
    // A number word that is no age, and an adult child.
    'My son is two steps ahead of me with the app. Please send me a copy of my own data.',
    'Mi hijo tiene dos cuentas, pero yo solo quiero una copia de mis datos.',
  ])('%s', async (body) => {
    expect(await labelsOf(body)).not.toContain('child_data');
  });

  it('reads "I want that account gone" and "all my stuff deleted" as deletion', async () => {
    expect(await labelsOf('I signed up last year by mistake. I want that account gone.')).toContain('deletion');
    expect(await labelsOf('Please close my login, and all my stuff deleted too.')).toContain('deletion');
  });
});
