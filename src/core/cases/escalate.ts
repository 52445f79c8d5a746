import type { CaseLifecycle, Evidence, InboundMail, Verdict } from '../../types.js';
import { localDay } from '../case-id.js';
import { allowedCommands, isTerminal, REPLY_TO_DIFFERS, teamTasks, URGENT } from '../case-machine.js';
import { disclosureChecklist, disclosureResponseTemplate } from './answer-checklist.js';
import { COMMAND_HELP } from '../commands.js';
import { describeForTeam } from '../request-words.js';
import { caseWording } from './words.js';
import { addEvent, dueOnOf, formatAddress, MAX_QUOTED_CHARS, queueTeamMail, quote, type Draft } from './draft.js';
export function evidenceOf(d: Draft, verdict?: Verdict | null): Evidence[] {
  return verdict?.evidence ?? d.db.messages[d.record.messageKeys[0] ?? '']?.verdict?.evidence ?? [];
}


export function verificationSummary(lifecycle: CaseLifecycle): string[] {
  const v = lifecycle.verification;
  if (!v) return ['not needed for this request'];
  const lines: string[] = [];
  lines.push(v.target ? `token sent to ${v.target.address}${v.round > 0 ? ` (round ${v.round}, expires ${v.expiresAt?.slice(0, 10) ?? '-'})` : ' (not sent yet)'}` : 'no mailbox to send a token to');
  if (v.mailboxVerifiedAt) lines.push(`mailbox control proven ${v.mailboxVerifiedAt.slice(0, 10)}`);
  if (v.failedAttempts > 0) lines.push(`${v.failedAttempts} wrong code(s)${v.locked ? ', locked' : ''}`);
  if (v.dataPoints.length > 0) lines.push(`data points to match: ${v.dataPoints.join(', ')}`);
  if (v.teamVerifiedAt) lines.push(`verified by ${v.teamVerifiedBy ?? 'the team'} ${v.teamVerifiedAt.slice(0, 10)}`);
  if (v.deletionConfirmedAt) lines.push('deletion explicitly confirmed by the requester');
  return lines;
}

/** Tells the team what needs them, with the requester's new text quoted (text) and escaped (HTML). */
export function escalate(d: Draft, reasons: string[], mail?: InboundMail | null, verdict?: Verdict | null): void {
  const { record, lifecycle } = d;
  lifecycle.escalations += 1;
  const evidence = evidenceOf(d, verdict);
  const wrote = mail?.from ? (mail.from.address === record.requester.address ? 'the requester' : mail.from.address) : '';
  const vars = {
    urgent: record.flags.includes(URGENT),
    reasons,
    requester: formatAddress(record.requester),
    replyToDiffers: record.flags.includes(REPLY_TO_DIFFERS),
    agent: lifecycle.agent ? (lifecycle.agent.consumer ? `consumer named: ${lifecycle.agent.consumer.address}` : 'consumer address not known') : '',
    labels: record.labels.map((label) => ({
      label,
      words: describeForTeam(label, caseWording(record)),
      evidence: evidence.filter((item) => item.label === label).map((item) => `"${item.phrase}" (${item.where})`).join('; ') || '-',
    })),
    confidence: lifecycle.confidence.toFixed(2),
    receivedOn: localDay(record.receivedAt, d.ctx.timeZone),
    dueOn: dueOnOf(record, d.ctx.timeZone) || '-',
    flags: record.flags.join(', ') || '-',
    assignee: lifecycle.assignee ?? '-',
    verification: verificationSummary(lifecycle),
    wrote,
    subject: mail?.subject ?? record.subject,
    quoted: mail ? quote(mail.newText || mail.text) : '',
    text: mail ? (mail.newText || mail.text).trim().slice(0, MAX_QUOTED_CHARS) : '',
    attachments: mail ? mail.attachments.map((attachment) => `${attachment.filename ?? '(unnamed)'} (${attachment.contentType}, ${attachment.size} bytes)`) : [],
    tasks: teamTasks(record),
    commands: allowedCommands(record).map((name) => COMMAND_HELP[name]),
    ...originalRequestVars(d, mail),
    ...disclosureVars(d),
  };
  const item = queueTeamMail(d, { templateId: 'team-escalation', step: String(lifecycle.escalations), vars });
  if (item) addEvent(d, 'escalated', 'bot', { reasons, outboxKey: item.key });
}


/**
 * The request as the requester first wrote it: every escalation carries it, so the team never has to
 * dig in the mailbox when a later reply ("yes, go ahead") only makes sense next to it.
 */
function originalRequestVars(d: Draft, mail?: InboundMail | null): Record<string, unknown> {
  const { record, ctx } = d;
  const first = record.messageKeys[0];
  const original = ctx.requestTexts?.[record.id];
  const isOriginal = mail !== null && mail !== undefined && mail.key === first;
  if (!original || isOriginal || !original.text.trim()) return { original: '', originalText: '', originalSubject: '', originalReceivedOn: '', originalAttachments: [] };
  return {
    original: quote(original.text),
    originalText: original.text.trim().slice(0, MAX_QUOTED_CHARS),
    originalSubject: original.subject,
    originalReceivedOn: localDay(record.receivedAt, ctx.timeZone),
    originalAttachments: original.attachments,
  };
}

const HEALTH_RECORDS = /\b(?:records?|chart|notes|history|treatment|diagnos\w*|medical|clinical|therapy|session|lab|results|prescriptions?|historial|expediente|akte|befund\w*|unterlagen|dossier|prontu[aá]rio|cartella|dossier|medisch)\b/i;

function disclosureVars(d: Draft): Record<string, unknown> {
  const { record, ctx } = d;
  if (!record.labels.includes('disclosure') || isTerminal(record.state)) return { checklist: [], responseTemplate: '' };
  const health = HEALTH_RECORDS.test(ctx.requestTexts?.[record.id]?.text ?? record.subject) || (record.clock?.regimes ?? []).includes('hipaa');
  return { checklist: disclosureChecklist(record, health), responseTemplate: disclosureResponseTemplate(health) };
}
