import type { MailSender } from '../types.js';

/** What a dry run would do with one message at the source. */
export interface PlannedMessage {
  sourceId: string;
  outcome: 'new_case' | 'follow_up' | 'team_command' | 'ignored' | 'quarantined' | 'failed';
  caseId: string | null;
  /** Primary label first. */
  labels: string[];
  language: string | null;
  reason: string | null;
  /** The replies this message queues (sent in the same pass unless paced or suppressed). */
  queued: QueuedReply[];
}

export interface QueuedReply {
  key: string;
  templateId: string;
  toTeam: boolean;
  state: string;
  notBefore: string | null;
}

/** One reply a dry run would send, as rendered. */
export interface PlannedReply {
  key: string;
  caseId: string | null;
  templateId: string;
  toTeam: boolean;
  to: string[];
  subject: string;
  text: string;
  /** A send a crashed run left unfinished: the real run first asks the sender whether it went out. */
  retry: boolean;
}

export interface DryRunPlan {
  messages: PlannedMessage[];
  replies: PlannedReply[];
}

export interface DryRunRecorder {
  message(entry: PlannedMessage): void;
  reply(entry: PlannedReply): void;
  /** What was recorded since the last take(), then forgets it. */
  take(): DryRunPlan;
}

export function createDryRunRecorder(): DryRunRecorder {
  let plan: DryRunPlan = { messages: [], replies: [] };
  return {
    message: (entry) => void plan.messages.push(entry),
    reply: (entry) => void plan.replies.push(entry),
    take() {
      const taken = plan;
      plan = { messages: [], replies: [] };
      return taken;
    },
  };
}

/**
 * The dry run's sender: accepts everything and sends nothing. It cannot tell whether a reply went
 * out, so an interrupted send shows as one the real run would retry after asking the real sender.
 */
export function createDryRunSender(): MailSender {
  return {
    name: 'dry-run',
    confirmsDelivery: true,
    async send() {},
    async wasSent() {
      return undefined;
    },
    async close() {},
  };
}

const FIRST_LINES = 3;
const LINE_CHARS = 100;

function firstLines(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const shown = lines.slice(0, FIRST_LINES).map((line) => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS - 1)}…` : line));
  if (lines.length > FIRST_LINES) shown.push(`… (${lines.length - FIRST_LINES} more lines)`);
  return shown;
}

function describeMessage(entry: PlannedMessage): string {
  const labels = entry.labels.length > 0 ? ` [${entry.labels.join(', ')}${entry.language ? `; ${entry.language}` : ''}]` : '';
  switch (entry.outcome) {
    case 'new_case':
      return `would open case ${entry.caseId ?? '?'}${labels}`;
    case 'follow_up':
      return `would join case ${entry.caseId ?? '?'}${labels}`;
    case 'team_command':
      return `team command${entry.caseId ? ` on ${entry.caseId}` : ''}${entry.reason ? `: ${entry.reason}` : ''}${labels}`;
    case 'ignored':
      return `would record without a case${entry.reason ? ` (${entry.reason})` : ''}${labels}`;
    case 'quarantined':
      return `would quarantine (${entry.reason ?? 'unreadable'})`;
    case 'failed':
      return `failed (${entry.reason ?? 'error'}); a real run retries it up to 3 times`;
  }
}

/** A reply queued but not sent in this pass: paced first contact, or over the per-sender cap. */
function describeHeld(queued: QueuedReply): string {
  const to = queued.toTeam ? 'the team' : 'the requester';
  const why = queued.state === 'suppressed' ? 'suppressed (MAX_REPLIES_PER_SENDER_PER_DAY)' : queued.notBefore ? `queued until ${queued.notBefore} (MAX_NEW_ADDRESSES_PER_DAY)` : `queued (${queued.state})`;
  return `  -> ${queued.templateId} to ${to}: ${why}`;
}

function describeReply(reply: PlannedReply, showText: boolean): string[] {
  const to = showText ? reply.to.join(', ') : reply.toTeam ? 'the team' : 'the requester';
  const head = `  -> ${reply.templateId} to ${to}${reply.caseId ? ` (${reply.caseId})` : ''}${reply.retry ? ', retrying an interrupted send' : ''}`;
  if (!showText) return [head];
  return [`${head}: "${reply.subject}"`, ...firstLines(reply.text).map((line) => `       | ${line}`)];
}

/**
 * The plan as text for standard output: per message its labels and the case it opens or joins, with
 * the replies it queues; then replies owed from before or queued by the deadline jobs. `showText` adds
 * recipients, subjects and the first lines of each reply (an explicit CLI dry run, or a person at the
 * terminal); without it the text holds no personal data, as a service log must not.
 */
export function formatDryRunPlan(plan: DryRunPlan, options: { showText: boolean }): string {
  const replies = new Map(plan.replies.map((reply) => [reply.key, reply]));
  const shown = new Set<string>();
  const lines: string[] = [];
  for (const entry of plan.messages) {
    lines.push(`DRY RUN message ${entry.sourceId}: ${describeMessage(entry)}`);
    for (const queued of entry.queued) {
      const reply = replies.get(queued.key);
      if (reply) {
        shown.add(queued.key);
        lines.push(...describeReply(reply, options.showText));
      } else lines.push(describeHeld(queued));
    }
  }
  const others = plan.replies.filter((reply) => !shown.has(reply.key));
  if (others.length > 0) {
    lines.push(`DRY RUN replies owed from before or queued by the deadline jobs:`);
    for (const reply of others) lines.push(...describeReply(reply, options.showText));
  }
  return lines.join('\n');
}

/** Prints what the recorder collected since the last call, if anything, to standard output. */
export function printDryRunPlan(recorder: DryRunRecorder, options: { showText: boolean }): void {
  const plan = recorder.take();
  if (plan.messages.length === 0 && plan.replies.length === 0) return;
  process.stdout.write(`${formatDryRunPlan(plan, options)}\n`);
}
