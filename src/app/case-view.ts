import { localDateOf, wallTime } from '../core/deadlines/calendar.js';
import type { AttachmentMeta, CaseRecord, DbData } from '../types.js';
import { MAX_MESSAGE_TEXT_CHARS, type CaseMessageText, type CaseOutgoingMail } from './case-texts.js';

export interface CaseSummary {
  id: string;
  labels: CaseRecord['labels'];
  primary: CaseRecord['primary'];
  state: CaseRecord['state'];
  requester: string;
  language: string;
  receivedAt: string;
  dueAt: string | null;
  /** Local dates in TIMEZONE, the calendar every legal period is counted on (deadlines-and-verification.md section 2). */
  receivedOn: string;
  dueOn: string | null;
  flags: string[];
}

/** What `show` prints beyond the store record: the mail itself, read from DATA_DIR. */
export interface CaseTexts {
  messages: CaseMessageText[];
  outbox: CaseOutgoingMail[];
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** e.g. '2026-03-02 09:00 America/Los_Angeles': the wall clock the team and the deadlines share. */
export function formatLocalDateTime(iso: string, timeZone: string): string {
  const wall = wallTime(Date.parse(iso), timeZone);
  return `${String(wall.year).padStart(4, '0')}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)} ${timeZone}`;
}

export function summarizeCase(record: CaseRecord, timeZone: string): CaseSummary {
  return {
    id: record.id,
    labels: record.labels,
    primary: record.primary,
    state: record.state,
    requester: record.requester.address,
    language: record.language,
    receivedAt: record.receivedAt,
    dueAt: record.dueAt,
    receivedOn: localDateOf(record.receivedAt, timeZone),
    dueOn: record.dueAt ? localDateOf(record.dueAt, timeZone) : null,
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

export function caseDetail(record: CaseRecord, texts: CaseTexts, timeZone: string) {
  return {
    ...summarizeCase(record, timeZone),
    timeZone,
    subject: record.subject,
    assignee: record.lifecycle?.assignee ?? null,
    agent: record.lifecycle?.agent != null,
    verification: verificationSummary(record),
    messageCount: record.messageKeys.length,
    events: record.events,
    messages: texts.messages,
    outbox: texts.outbox,
  };
}

/** Only the summary fields of each record are read. */
export function listCases(db: Pick<DbData, 'cases'>, timeZone: string): CaseSummary[] {
  return Object.values(db.cases)
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id))
    .map((record) => summarizeCase(record, timeZone));
}

/** `minWidths`: columns at least this wide, so tables written in parts (list --all) line up. */
export function formatCaseTable(cases: CaseSummary[], minWidths: readonly number[] = []): string {
  if (cases.length === 0) return 'No cases yet.';
  const rows = cases.map((c) => [c.id, c.state, c.labels.join('+'), c.receivedOn, c.dueOn ?? '-']);
  const header = ['ID', 'STATE', 'LABELS', 'RECEIVED', 'DUE'];
  const widths = header.map((title, column) => Math.max(title.length, minWidths[column] ?? 0, ...rows.map((row) => row[column]?.length ?? 0)));
  return [header, ...rows].map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}

// Mail is written by strangers: escape sequences and bidi overrides in it must not drive the team's terminal.
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function printable(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(TERMINAL_CONTROLS, '');
}

function oneLine(text: string): string {
  return printable(text).replace(/\s+/g, ' ').trim();
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function formatAttachments(attachments: AttachmentMeta[]): string {
  if (attachments.length === 0) return '';
  const names = attachments.map((attachment) => `${oneLine(attachment.filename ?? '(unnamed)')} (${oneLine(attachment.contentType)}, ${formatSize(attachment.size)})`);
  return `  attachments: ${names.join(', ')}`;
}

const MISSING_TEXT: Record<NonNullable<CaseMessageText['error']>, string> = {
  missing: '(raw mail not kept: nothing to show)',
  unreadable: '(raw mail could not be read or parsed)',
};

function formatMessage(message: CaseMessageText, index: number, timeZone: string): string[] {
  const when = message.receivedAt ? formatLocalDateTime(message.receivedAt, timeZone) : '-';
  const status = message.status && message.status !== 'case' ? `  [${message.status}]` : '';
  const header = `  #${index + 1}  ${when}  from ${oneLine(message.from ?? '-')}  subject "${oneLine(message.subject ?? '')}"${status}${formatAttachments(message.attachments)}`;
  let body: string[];
  if (message.error) body = [MISSING_TEXT[message.error]];
  else if (!message.text) body = ['(no text)'];
  else body = printable(message.text).split('\n');
  if (message.clipped) body.push(`[clipped at ${MAX_MESSAGE_TEXT_CHARS} characters]`);
  return [header, ...body.map((line) => (line ? `      ${line}` : ''))];
}

function formatOutgoing(item: CaseOutgoingMail, timeZone: string): string {
  const when = formatLocalDateTime(item.sentAt ?? item.createdAt, timeZone);
  return `  ${when}  ${item.state.padEnd(10)} ${item.templateId}  to ${oneLine(item.to)}  subject "${oneLine(item.subject)}"`;
}

export function formatCaseDetail(record: CaseRecord, texts: CaseTexts, timeZone: string): string {
  const local = (iso: string | null | undefined): string => (iso ? formatLocalDateTime(iso, timeZone) : '-');
  const verification = record.lifecycle?.verification;
  const lines = [
    `${record.id}  ${record.state}`,
    `requester: ${record.requester.address}`,
    `labels:    ${record.labels.join(', ')} (primary ${record.primary}, language ${record.language})`,
    `received:  ${local(record.receivedAt)}`,
    `due:       ${local(record.dueAt)}`,
    `assignee:  ${record.lifecycle?.assignee ?? '-'}`,
    `verified:  ${local(verification?.mailboxVerifiedAt ?? verification?.teamVerifiedAt)}`,
    `subject:   ${oneLine(record.subject)}`,
    'events:',
    ...record.events.map((event) => `  ${local(event.at)}  ${event.type.padEnd(22)} by ${event.by}`),
    `messages (${texts.messages.length}):`,
    ...texts.messages.flatMap((message, index) => formatMessage(message, index, timeZone)),
    `outgoing mail (${texts.outbox.length}):`,
    ...(texts.outbox.length === 0 ? ['  -'] : texts.outbox.map((item) => formatOutgoing(item, timeZone))),
  ];
  return lines.join('\n');
}
