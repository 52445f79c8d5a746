import { LABELS, type Label } from '../types.js';

export type Command =
  | { name: 'verified' }
  | { name: 'done'; message: string | null }
  | { name: 'deny'; reason: string }
  | { name: 'extend'; reason: string }
  | { name: 'reclassify'; labels: Label[] }
  | { name: 'note'; text: string }
  | { name: 'reply'; text: string }
  | { name: 'assign'; assignee: string }
  | { name: 'spam' }
  /** Turns mail the bot passed on as "not a privacy request" into a case (a reply to that notice). */
  /** `entry`: which message of a numbered summary (the held-sender summary lists several). */
  /** `requester`: whom the case is for, when the mail came from a machine relaying a person's words. */
  | { name: 'open'; labels: Label[]; entry?: number; requester?: string };

export type CommandName = Command['name'];

export const COMMAND_HELP: Record<CommandName, string> = {
  verified: 'verified - identity (and any data points or agent authority) checked',
  done: 'done [message to requester] - request fulfilled; the requester is told (the message may run over several lines)',
  deny: 'deny <reason> - refuse the request; the requester gets the reason',
  extend: 'extend <reason> - extend the deadline once, before it passes; the requester gets the reason and the new date',
  reclassify: `reclassify <label...> - replace the labels (${LABELS.join(', ')})`,
  note: 'note <text> - internal note, never shown to the requester',
  reply: 'reply <text> - everything after "reply" goes to the requester',
  assign: 'assign <name> - who handles the case',
  spam: 'spam - close without replying',
  open: `open [n] <label...> - (reply to a "not a privacy request" notice, or to a held-mail summary with the entry's number n) open a case for that mail, clock from its receipt (${LABELS.filter((label) => label !== 'other').join(', ')}); add "for <address>" to answer someone other than its sender (a voicemail's caller, a portal's patient)`,
};

export interface ParsedLine {
  line: string;
  command: Command;
}

export interface ParsedCommands {
  commands: ParsedLine[];
  errors: string[];
}

const LABEL_ALIASES: Record<string, Label> = {
  optout: 'opt_out',
  'opt-out': 'opt_out',
  access: 'disclosure',
  know: 'disclosure',
  delete: 'deletion',
  erasure: 'deletion',
  correct: 'correction',
  rectification: 'correction',
  child: 'child_data',
  'child-data': 'child_data',
};

/** A label as the team types it in a command (`open opt-out child`); parseLabel reads it back. */
export function commandWordOf(label: Label): string {
  return label === 'opt_out' ? 'opt-out' : label === 'child_data' ? 'child' : label;
}

function parseLabel(word: string): Label | null {
  const normalized = word.toLowerCase().replace(/[,;.]+$/, '');
  if ((LABELS as readonly string[]).includes(normalized)) return normalized as Label;
  return LABEL_ALIASES[normalized] ?? ((LABELS as readonly string[]).includes(normalized.replace(/-/g, '_')) ? (normalized.replace(/-/g, '_') as Label) : null);
}

const GREETING_LINE = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))(?:\s+[\p{L}.'-]+){0,3}\s*[,!:]?\s*$/iu;

/** A message that is only a sign-off ("Thanks, Sam") carries nothing for the requester. */
const SIGN_OFF_ONLY = /^(?:thanks|thank you|many thanks|best|best regards|kind regards|regards|cheers)[,.!]*\s*(?:\n[^\n]{1,40})?$/i;

/** Words people put between labels ("reclassify as opt-out and deletion"). */
const LABEL_FILLERS = new Set(['as', 'to', 'and', '&', 'a', 'an', 'request', 'requests', 'into', 'it', 'is']);

const ADDRESS_TOKEN = /<?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+>?/gu;
const REQUESTER_FILLER = /(?:^|\s)(?:for|to|requester:?)\s*$/iu;

/** "deletion for ana@example.org": the address the team names as the requester, and the words left for labels. */
function requesterOf(rest: string): { rest: string; address?: string; error?: string } {
  const found = [...rest.matchAll(ADDRESS_TOKEN)];
  if (found.length === 0) return { rest };
  if (found.length > 1) return { rest, error: 'name one address to answer, e.g. "open deletion for name@example.org"' };
  const match = found[0] as RegExpMatchArray;
  const before = rest.slice(0, match.index).replace(REQUESTER_FILLER, ' ');
  const after = rest.slice((match.index ?? 0) + match[0].length).replace(/^[\s.,;:!)]+/u, ' ');
  return { rest: `${before} ${after}`.trim(), address: match[0].replace(/^<|>$/g, '').toLowerCase() };
}

function labelsOf(line: string, keyword: string, rest: string, errors: string[]): Label[] | null {
  const words = rest.split(/[\s,+/]+/).filter((word) => word && !LABEL_FILLERS.has(word.toLowerCase()));
  const labels = words.map(parseLabel);
  const bad = words.filter((_, at) => labels[at] === null);
  if (words.length === 0) errors.push(`"${line}": ${keyword} needs one or more labels (${LABELS.join(', ')})`);
  else if (bad.length > 0) errors.push(`"${line}": unknown label ${bad.map((word) => `"${word}"`).join(', ')} (labels: ${LABELS.join(', ')})`);
  else return [...new Set(labels as Label[])];
  return null;
}

/**
 * Reads team commands from the new text of a reply (quoted history already removed): the first block
 * of non-empty lines, one command per line, keywords case-insensitive and forgiving of the
 * punctuation people type after them ("Done.", "done,", "Done!"). `reply` and `done` take everything
 * after them, blank lines included, so one reply can carry a whole answer. Any line that is not a
 * valid command is an error, and the caller applies nothing when there are errors (RT CommandByMail
 * semantics, with friendlier words).
 */
export function parseCommands(newText: string): ParsedCommands {
  const lines = newText.replace(/\r\n/g, '\n').split('\n');
  let index = lines.findIndex((line) => line.trim() !== '');
  // "Hi bot," or "Hello," above the commands is a habit, not a command.
  if (index >= 0 && GREETING_LINE.test(lines[index] ?? '')) {
    const next = lines.findIndex((line, at) => at > index && line.trim() !== '');
    if (next > index) index = next;
  }
  const commands: ParsedLine[] = [];
  const errors: string[] = [];
  if (index < 0) return { commands, errors: ['no command found above the quoted text'] };
  for (; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (line === '') break;
    const match = /^([A-Za-z]+)[:.,!;]*(?:\s+([\s\S]*))?$/.exec(line);
    const keyword = match?.[1]?.toLowerCase() ?? '';
    // "done - thanks", "deny: reason": the dash or colon after the word is punctuation, not text.
    const rest = (match?.[2] ?? '').trim().replace(/^[-–—:]+\s*/, '');
    switch (keyword) {
      case 'verified':
      case 'spam':
        commands.push({ line, command: { name: keyword } });
        // "verified - matched DOB and phone" keeps the why as an internal note.
        if (rest) commands.push({ line, command: { name: 'note', text: rest } });
        break;
      case 'done': {
        const message = [rest, ...lines.slice(index + 1)].join('\n').trim();
        commands.push({ line, command: { name: 'done', message: message && !SIGN_OFF_ONLY.test(message) ? message : null } });
        index = lines.length;
        break;
      }
      case 'deny':
      case 'extend':
        if (!rest) errors.push(`"${line}": ${keyword} needs a reason, e.g. "${keyword} ${keyword === 'deny' ? 'identity could not be verified' : 'records are held by a processor'}"`);
        else commands.push({ line, command: { name: keyword, reason: rest } });
        break;
      case 'note':
        if (!rest) errors.push(`"${line}": note needs text`);
        else commands.push({ line, command: { name: 'note', text: rest } });
        break;
      case 'assign':
        if (!rest) errors.push(`"${line}": assign needs a name`);
        else commands.push({ line, command: { name: 'assign', assignee: rest } });
        break;
      case 'reclassify': {
        const labels = labelsOf(line, keyword, rest, errors);
        if (labels) commands.push({ line, command: { name: keyword, labels } });
        break;
      }
      case 'open': {
        // "open 2 deletion", "open #2: deletion": the number picks an entry of a numbered summary.
        const numbered = /^#?(\d{1,3})(?![\d-])[.:)]?\s*(.*)$/su.exec(rest);
        const named = requesterOf(numbered ? (numbered[2] ?? '') : rest);
        if (named.error) {
          errors.push(`"${line}": ${named.error}`);
          break;
        }
        const labels = labelsOf(line, keyword, named.rest, errors);
        if (labels) commands.push({ line, command: { name: 'open', labels, ...(numbered ? { entry: Number(numbered[1]) } : {}), ...(named.address ? { requester: named.address } : {}) } });
        break;
      }
      case 'reply': {
        const text = [rest, ...lines.slice(index + 1)].join('\n').trim();
        if (!text) errors.push('"reply": write the message to the requester after the word reply');
        else commands.push({ line, command: { name: 'reply', text } });
        index = lines.length;
        break;
      }
      default:
        errors.push(`"${line.length > 60 ? `${line.slice(0, 60)}…` : line}" is not a command`);
    }
  }
  return { commands, errors };
}
