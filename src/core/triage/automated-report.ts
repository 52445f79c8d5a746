import { FIRST_PERSON_SINGULAR } from './masks.js';

/**
 * A program's report: a backup or cron job's result, a scanner's or a device's notice, a login alert.
 * It says what ran, when and how it ended in labelled fields ("Job: nightly-export", "Begintijd:
 * 12-04-2026 02:00:01", "Esito: completato con avvisi", "Nombre de pages : 4") or in timestamped log
 * lines, and nobody in it says "I". Field names are a program's vocabulary of time, outcome, size and
 * place, not a person's particulars: a reply giving "Name:", "Geburtsdatum:" and "Kundennummer:" to
 * prove who they are is a person's, and so is a web form's copy (read as a relay).
 */
const REPORT_FIELD_NAMES = [
  // en
  'job|task|job name|task name|host|hostname|server|device|schedule|start|started|start time|end|ended|end time|finish|finished|duration|status|result|outcome|exit code|return code|size|total size|files|files copied|files transferred|data transferred|destination|target|source|pages|number of pages|resolution|format|ip|ip address|next run|last run|last successful backup|errors|warnings',
  // de
  'aufgabe|auftrag|taskname|jobname|gerät|zeitplan|startzeit|beginn|endzeit|dauer|ergebnis|exit-code|größe|dateien|übertragene daten|ziel|quelle|seiten|seitenzahl|anzahl seiten|auflösung|standort|zeitpunkt|nächste ausführung|letzte sicherung|letzte erfolgreiche sicherung|fehler|warnungen',
  // es
  'tarea|trabajo|servidor|dispositivo|inicio|hora de inicio|fin|hora de fin|hora de finalización|duración|estado|resultado|tamaño|archivos|archivos copiados|datos transferidos|destino|origen|páginas|número de páginas|resolución|formato|ubicación|errores|advertencias|próxima ejecución|última copia correcta',
  // fr
  'tâche|nom de la tâche|serveur|appareil|début|heure de début|heure de fin|durée|statut|état|résultat|taille|fichiers|fichiers copiés|données transférées|nombre de pages|résolution|emplacement|erreurs|avertissements|prochaine exécution|dernière sauvegarde réussie',
  // it
  'attività|nome attività|dispositivo|ora di inizio|ora di fine|durata|stato|esito|dimensione|file copiati|dati trasferiti|destinazione|pagine|numero di pagine|risoluzione|posizione|errori|avvisi|prossima esecuzione|ultimo backup riuscito',
  // pt
  'tarefa|nome da tarefa|início|hora de início|fim|hora de fim|duração|tamanho|ficheiros|arquivos copiados|dados transferidos|localização|erros|avisos|próxima execução|último backup',
  // nl
  'taak|taaknaam|apparaat|starttijd|begintijd|einde|eindtijd|duur|resultaat|reden|grootte|bestanden|overgedragen gegevens|doel|bron|aantal pagina\'s|pagina\'s|resolutie|formaat|locatie|tijdstip|fouten|waarschuwingen|volgende uitvoering|laatste geslaagde back-up',
].join('|');
const REPORT_FIELD = new RegExp(`^[ \\t]*(?:${REPORT_FIELD_NAMES})[ \\t]*:[ \\t]*\\S[^\\n]{0,120}$`, 'gimu');
/** "[2026-03-26 02:00:01] Regel: …", "2026-04-10T01:00:02Z job started": a log's lines. */
const LOG_LINE = /^[ \t]*\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?[^\n]{0,200}$/gmu;
/**
 * A button's label in quotes ("Ja, dit was ik") and a code or name with digits or separators
 * ("eu-south-1", "/var/log/…") are not the sender speaking of themselves.
 */
const QUOTED_OR_CODED = /"[^"\n]{0,80}"|“[^”\n]{0,80}”|„[^“”\n]{0,80}[“”]|«[^»\n]{0,80}»|\S*[\d_/\\@]\S*/gu;
/** Lines of a report's own kind, at least: one or two could be a person listing a date and a place. */
const MIN_REPORT_LINES = 3;

/** The report's field block (from its first field line to its last), or null. */
export function findReportBlock(region: string): { start: number; end: number; phrase: string } | null {
  for (const pattern of [REPORT_FIELD, LOG_LINE]) {
    const lines = [...region.matchAll(pattern)];
    const first = lines[0];
    const last = lines.at(-1);
    if (lines.length < MIN_REPORT_LINES || first === undefined || last === undefined) continue;
    // Read for an "I" only once there is a report's block: most mail that gets this far has none.
    if (FIRST_PERSON_SINGULAR.test(region.replace(QUOTED_OR_CODED, ' '))) return null;
    return { start: first.index, end: last.index + last[0].length, phrase: first[0].trim().slice(0, 80) };
  }
  return null;
}
