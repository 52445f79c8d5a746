import { describe, expect, it } from 'vitest';
import { corpusEntryToMime, parseCorpusFile } from '../../../../src/core/corpus/format.js';
import { deletionTurnedDown } from '../../../../src/core/triage/deletion-refused.js';
import { triageOffline } from '../../../../src/core/triage/offline.js';
import { loadShippedModel } from '../../../../src/io/triage-model.js';
import { parseMail } from '../../../../src/io/mime.js';
import type { InboundMail } from '../../../../src/types.js';

const model = loadShippedModel();

async function mail(subject: string, text: string): Promise<InboundMail> {
  const { entries } = parseCorpusFile(`=== t\nlabels: other\nlang: en\nsubject: ${subject}\n--- text\n${text}\n`, 't.txt');
  return parseMail(Buffer.from(corpusEntryToMime(entries[0]!)), { maxBytes: 1e6 });
}

const verdictOf = async (subject: string, text: string) => triageOffline(await mail(subject, text), { ownAddresses: ['privacy@clinic.example'], mode: 'both', model });

// Erasure cannot be undone: a person who writes "delete nothing" beside another request gets that
// request, never a deletion the model read into "supprimez" or "löschen".
describe('a request beside "delete nothing" keeps the request and gains no deletion', () => {
  it.each([
    ['Exporter mes données', "Bonjour,\n\nJe change d'application. Pouvez-vous m'envoyer l'ensemble de mes données dans un format réutilisable ? Ne supprimez rien pour l'instant s'il vous plaît, je veux d'abord vérifier l'import.\n\nMerci, Camille", 'disclosure'],
    ['Kopie', 'Hallo,\n\nbitte schicken Sie mir eine Kopie aller Daten, die Sie über mich gespeichert haben. Bitte noch nichts löschen, ich entscheide danach.\n\nGruß, Jonas', 'disclosure'],
    ['copy first', "Hi, could you send me a copy of everything you hold about me? Please don't delete anything yet, I'll decide once I've seen it.\n\nThanks, Priya", 'disclosure'],
    ['datos', 'Hola, quiero una copia de todos mis datos. Por favor no borren nada todavía, primero quiero revisarlos.\n\nGracias, Lucía', 'disclosure'],
  ])('%s', async (subject, text, label) => {
    const verdict = await verdictOf(subject, text);
    expect(verdict.labels).toEqual([label]);
  });

  it('recognises a refusal of all erasure, in the seven languages, and not a refusal of one thing or a past fact', () => {
    for (const text of ["please don't delete anything", 'bitte nichts löschen', 'no borren nada', 'ne supprimez rien', 'non cancellate nulla', 'não apaguem nada', 'verwijder niets']) expect(deletionTurnedDown(text), text).toBe(true);
    for (const text of ["I don't want to close my account, but please delete the diary entries", 'O no borraron nada o lo borraron a medias', 'please delete everything']) expect(deletionTurnedDown(text), text).toBe(false);
  });
});

// Written for this check after blind round 73; none of it comes from the corpus or the blind rounds.
describe('the only erasing named is turned down (round 73)', () => {
  it('holds when every erasing word is refused, and not when another erasure is asked', () => {
    for (const text of ['NÃO quero excluir o meu perfil! Só quero que parem de me telefonar.', 'Sáquenme del boletín. La cuenta la sigo usando, así que no la borren.', "Non voglio cancellare l'account, voglio solo niente pubblicità."]) expect(deletionTurnedDown(text), text).toBe(true);
    for (const text of ['No quiero cerrar la cuenta. Lo que quiero es que borren las fotos de perfil antiguas.', "Please don't close my account, but I'd like the old voice notes erased."]) expect(deletionTurnedDown(text), text).toBe(false);
  });
});
