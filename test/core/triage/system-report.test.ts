import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import { parseMail } from '../../../src/io/mime.js';
import type { InboundMail } from '../../../src/types.js';

/**
 * A program's report (a backup or cron job, a scanner, a log) in its own labelled fields, with nobody
 * saying "I" (blind round 93). Written for this check; none of it comes from the evaluation corpus.
 */
async function mailOf(subject: string, body: string): Promise<InboundMail> {
  const raw = `From: Robot <nas@office.example>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <r@office.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
  return parseMail(Buffer.from(raw), { maxBytes: 100_000 });
}
const OPTIONS = { ownAddresses: ['privacy@clinic.example'] };

describe('a system report recognised from its fields', () => {
  it.each([
    ['Backup finished with warnings', 'Job: nightly-documents\nStart time: 2026-05-02 01:00\nEnd time: 2026-05-02 01:42\nResult: finished with warnings\nFiles copied: 12,004\nSize: 8.1 GB'],
    ['Sicherung fehlgeschlagen', 'Hallo,\n\ndie Sicherung "Praxisdaten" ist fehlgeschlagen.\n\nStartzeit: 02.05.2026 01:00\nEndzeit: 02.05.2026 01:03\nErgebnis: Ziel nicht erreichbar\nLetzte erfolgreiche Sicherung: 28.04.2026'],
    ['Copia de seguridad completada', 'Tarea: copia-diaria\nHora de inicio: 02/05/2026 01:00\nHora de fin: 02/05/2026 01:20\nEstado: correcto\nDatos transferidos: 2,1 GB'],
    ['Document numérisé', 'Veuillez trouver ci-joint le document numérisé.\n\nNombre de pages : 3\nRésolution : 200 dpi\nFormat : PDF'],
    ['Backup completato', "L'attività di backup è stata completata.\nOra di inizio: 02/05/2026 01:00:00\nOra di fine: 02/05/2026 01:10:12\nEsito: completato\nDestinazione: archivio-eu-west-2"],
    ['Back-up mislukt', 'De back-uptaak "Dossiers" is mislukt.\n\nTaaknaam: Dossiers\nBegintijd: 02-05-2026 01:00\nEindtijd: 02-05-2026 01:01\nReden: schijf vol'],
    ['Cron <ops@host> retention.sh', '[2026-05-02 02:00:01] retention check started\n[2026-05-02 02:00:09] 120 records checked, 4 flagged for deletion\n[2026-05-02 02:00:10] report written to /var/log/retention.csv'],
  ])('%s', async (subject, body) => {
    const verdict = triageMail(await mailOf(subject, body), OPTIONS);
    expect(verdict.automated?.reason).toBe('system report text');
    expect(verdict.primary).toBe('other');
  });

  it.each([
    // A person proving who they are gives particulars, not a program's fields.
    ['Re: Verify your identity', 'Name: Rosa Lind\nDate of birth: 3 May 1970\nCustomer number: 40021\nPlease go ahead with the deletion.'],
    // A person describing an incident in fields still says "I".
    ['Complaint', 'Start time: 10:00\nEnd time: 10:40\nLocation: waiting room\nI could hear every word of the patient before me. I want this to stop.'],
  ])("a person's: %s", async (subject, body) => {
    const verdict = triageMail(await mailOf(subject, body), OPTIONS);
    expect(verdict.automated).toBeNull();
  });
});
