import type { CaseRecord, DbData } from '../types.js';

export interface CaseSummary {
  id: string;
  labels: CaseRecord['labels'];
  primary: CaseRecord['primary'];
  state: CaseRecord['state'];
  requester: string;
  language: string;
  receivedAt: string;
  dueAt: string | null;
  flags: string[];
}

export function summarizeCase(record: CaseRecord): CaseSummary {
  return {
    id: record.id,
    labels: record.labels,
    primary: record.primary,
    state: record.state,
    requester: record.requester.address,
    language: record.language,
    receivedAt: record.receivedAt,
    dueAt: record.dueAt,
    flags: record.flags,
  };
}

/** What the team needs about identity without the token itself (tokens are secrets). */
function verificationSummary(record: CaseRecord) {
  const verification = record.lifecycle?.verification;
  if (!verification) return null;
  return {
    mailboxVerifiedAt: verification.mailboxVerifiedAt,
    teamVerifiedAt: verification.teamVerifiedAt,
    teamVerifiedBy: verification.teamVerifiedBy,
    deletionConfirmedAt: verification.deletionConfirmedAt,
    expiresAt: verification.expiresAt,
    locked: verification.locked,
    dataPoints: verification.dataPoints,
  };
}

export function caseDetail(record: CaseRecord) {
  return {
    ...summarizeCase(record),
    subject: record.subject,
    assignee: record.lifecycle?.assignee ?? null,
    agent: record.lifecycle?.agent != null,
    verification: verificationSummary(record),
    messages: record.messageKeys.length,
    events: record.events,
  };
}

export function listCases(db: DbData): CaseSummary[] {
  return Object.values(db.cases)
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id))
    .map(summarizeCase);
}

export function formatCaseTable(cases: CaseSummary[]): string {
  if (cases.length === 0) return 'No cases yet.';
  const rows = cases.map((c) => [c.id, c.state, c.labels.join('+'), c.receivedAt.slice(0, 10), c.dueAt?.slice(0, 10) ?? '-']);
  const header = ['ID', 'STATE', 'LABELS', 'RECEIVED', 'DUE'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  return [header, ...rows].map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}

export function formatCaseDetail(record: CaseRecord): string {
  const lines = [
    `${record.id}  ${record.state}`,
    `requester: ${record.requester.address}`,
    `labels:    ${record.labels.join(', ')} (primary ${record.primary}, language ${record.language})`,
    `received:  ${record.receivedAt}`,
    `due:       ${record.dueAt ?? '-'}`,
    `assignee:  ${record.lifecycle?.assignee ?? '-'}`,
    `verified:  ${record.lifecycle?.verification?.mailboxVerifiedAt ?? record.lifecycle?.verification?.teamVerifiedAt ?? '-'}`,
    `subject:   ${record.subject}`,
    'events:',
    ...record.events.map((event) => `  ${event.at}  ${event.type.padEnd(22)} by ${event.by}`),
  ];
  return lines.join('\n');
}
