import type { CaseRecord, DbData, PurgedCaseStat } from '../types.js';
import { localDateOf } from './deadlines/calendar.js';
import { requesterInitials } from './deadlines/check.js';
import { closedAt, csvCell, denialCategory, denialReason, factOfPurged, outcomeOf } from './metrics.js';

const COLUMNS = [
  'case_id',
  'status',
  'request_types',
  'primary_type',
  'channel',
  'requester_initials',
  'agent',
  'jurisdictions',
  'received_on',
  'ack_due_on',
  'first_due_on',
  'extended_on',
  'extension_reason',
  'due_on',
  'responded_on',
  'days_to_respond',
  'outcome',
  'denial_basis',
  'denial_category',
  'verified',
  'purged_on',
] as const;

function row(record: CaseRecord, timeZone: string): string[] {
  const clock = record.clock;
  const closed = closedAt(record);
  const outcome = outcomeOf(record);
  const responded = outcome === 'complied' || outcome === 'denied' ? closed : null;
  const receivedOn = localDateOf(record.receivedAt, timeZone);
  const respondedOn = responded ? localDateOf(responded, timeZone) : '';
  const verification = record.lifecycle?.verification;
  const reason = denialReason(record);
  return [
    record.id,
    record.state,
    record.labels.join(' '),
    record.primary,
    'email',
    requesterInitials(record),
    record.lifecycle?.agent ? 'yes' : 'no',
    (clock?.regimes ?? []).join(' '),
    receivedOn,
    clock?.ackDueOn ?? '',
    clock?.firstDueOn ?? (record.dueAt ? record.dueAt.slice(0, 10) : ''),
    clock?.extension ? localDateOf(clock.extension.at, timeZone) : '',
    clock?.extension?.reason ?? '',
    clock?.dueOn ?? (record.dueAt ? record.dueAt.slice(0, 10) : ''),
    respondedOn,
    respondedOn ? String(Math.round((Date.parse(respondedOn) - Date.parse(receivedOn)) / 86_400_000)) : '',
    outcome,
    reason ?? '',
    outcome === 'denied' ? denialCategory(reason) : '',
    verification?.mailboxVerifiedAt || verification?.teamVerifiedAt ? 'yes' : 'no',
    '',
  ];
}

/**
 * One row per case for spreadsheets and auditors: the 11 CCR 7101(b) request log (date, nature,
 * channel, response date, nature of response, denial basis) plus jurisdiction, extension and agent
 * flag (deadlines-and-verification.md section 5). Requester identity is initials only; purged cases
 * keep their anonymous row.
 */
export function exportCasesCsv(db: DbData, timeZone: string, onRow?: (done: number, total: number) => void): string {
  const lines = [csvHeader()];
  const cases = Object.values(db.cases).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
  for (const [index, record] of cases.entries()) {
    lines.push(caseCsvRow(record, timeZone));
    onRow?.(index + 1, cases.length);
  }
  lines.push(...purgedCsvRows(db.purged ?? [], (id) => Boolean(db.cases[id]), timeZone));
  return `${lines.join('\n')}\n`;
}

export function csvHeader(): string {
  return COLUMNS.join(',');
}

export function caseCsvRow(record: CaseRecord, timeZone: string): string {
  return row(record, timeZone).map(csvCell).join(',');
}

/** Rows for purged cases (anonymous stats), except those `live` still holds. */
export function purgedCsvRows(purged: readonly PurgedCaseStat[], live: (caseId: string) => boolean, timeZone: string): string[] {
  const lines: string[] = [];
  for (const stat of purged) {
    if (live(stat.caseId)) continue;
    const fact = factOfPurged(stat);
    const receivedOn = localDateOf(stat.receivedAt, timeZone);
    const respondedOn = stat.respondedAt ? localDateOf(stat.respondedAt, timeZone) : '';
    const cells = [
      stat.caseId, 'purged', stat.labels.join(' '), stat.primary, 'email', '', '', '', receivedOn, '', '', stat.extended ? 'yes' : '', '', '', respondedOn,
      respondedOn ? String(Math.round((Date.parse(respondedOn) - Date.parse(receivedOn)) / 86_400_000)) : '',
      stat.outcome, stat.denialReason ?? '', fact.denialCategory ?? '', '', localDateOf(stat.purgedAt, timeZone),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return lines;
}
