import type { ImapFlow } from 'imapflow';
import type { Logger } from 'pino';
import { BotError } from '../errors.js';
import type { Disposition } from '../types.js';

/**
 * Marks a message as handled when it cannot be moved (no permission to create the folder, or a
 * server that refuses MOVE and COPY). RFC 3501 keywords survive reconnects and other clients.
 */
export const DONE_KEYWORD = '$PrivacyInboxDone';
export const QUARANTINE_KEYWORD = '$PrivacyInboxQuarantine';

export function hasFlag(flags: Set<string> | undefined, flag: string): boolean {
  if (!flags) return false;
  // RFC 3501 §2.3.2: flag and keyword names are case-insensitive.
  const wanted = flag.toLowerCase();
  for (const value of flags) if (value.toLowerCase() === wanted) return true;
  return false;
}

export function canMoveSafely(client: ImapFlow): boolean {
  return client.capabilities.has('MOVE') || client.capabilities.has('UIDPLUS');
}

/**
 * imapflow reports many command failures, a dropped connection included, by resolving with
 * `false` instead of rejecting. Tell the two apart so a drop is retried and never read as "no such message".
 */
export function assertStillConnected(client: ImapFlow, server: string, action: string): void {
  if (!client.usable) throw new BotError('MAIL_SOURCE', `IMAP connection to ${server} dropped during ${action}; will retry`, { retryable: true });
}

/** A UID set in the compact form of RFC 3501 §9 (sequence-set): 3,5:9,12. */
export function uidSet(uids: number[]): string {
  const sorted = [...new Set(uids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let index = 0; index < sorted.length; ) {
    const start = sorted[index] as number;
    let end = start;
    while (sorted[index + 1] === end + 1) end = sorted[++index] as number;
    parts.push(start === end ? String(start) : `${start}:${end}`);
    index++;
  }
  return parts.join(',');
}

export interface FinalizeContext {
  server: string;
  processedFolder: string;
  quarantineFolder: string;
  /** CREATE once per folder and session; false when the folder cannot be created. */
  ensureFolder(client: ImapFlow, folder: string): Promise<boolean>;
  forgetFolder(folder: string): void;
  log?: Logger;
}

/**
 * Finalises messages of the selected mailbox in a handful of commands whatever their number: one
 * UID FETCH FLAGS to skip what an earlier attempt (a crash, a dropped connection) already finalised,
 * then per disposition one UID STORE \Seen and one UID MOVE over the UID set. Every step is
 * idempotent, so the whole batch may be retried on a fresh connection.
 */
export async function finalizeUids(client: ImapFlow, context: FinalizeContext, items: Array<{ uid: number; disposition: Disposition }>): Promise<void> {
  if (items.length === 0) return;
  const present = new Set<number>();
  for await (const message of client.fetch(uidSet(items.map((item) => item.uid)), { uid: true, flags: true }, { uid: true })) {
    if (!hasFlag(message.flags, DONE_KEYWORD)) present.add(message.uid);
  }
  assertStillConnected(client, context.server, 'finalize');
  const byDisposition = new Map<Disposition, number[]>();
  for (const { uid, disposition } of items) {
    if (!present.has(uid)) {
      // An earlier finalize (perhaps before a crash or a dropped connection) already moved or marked it.
      context.log?.debug({ uid, disposition }, 'imap message already finalised');
      continue;
    }
    // Ignored mail is filed with processed mail: one STORE and one MOVE for both.
    const group: Disposition = disposition === 'quarantined' ? 'quarantined' : 'processed';
    byDisposition.set(group, [...(byDisposition.get(group) ?? []), uid]);
  }
  for (const [disposition, uids] of byDisposition) await moveOrMark(client, context, uids, disposition);
}

async function moveOrMark(client: ImapFlow, context: FinalizeContext, uids: number[], disposition: Disposition): Promise<void> {
  const folder = disposition === 'quarantined' ? context.quarantineFolder : context.processedFolder;
  const range = uidSet(uids);
  // The copy a person finds in Processed reads as handled; quarantined mail stays unread so it gets looked at.
  if (disposition !== 'quarantined') await client.messageFlagsAdd(range, ['\\Seen'], { uid: true });
  assertStillConnected(client, context.server, 'finalize');
  const transfer = async (): Promise<boolean> => {
    if (!(await context.ensureFolder(client, folder))) return false;
    if (canMoveSafely(client)) return (await client.messageMove(range, folder, { uid: true })) !== false;
    // Without MOVE (RFC 6851) imapflow emulates it with COPY, \Deleted and EXPUNGE; without UIDPLUS
    // (RFC 4315) that EXPUNGE would also remove mail other clients flagged \Deleted. So copy only:
    // the original stays, marked with the keyword below.
    await client.messageCopy(range, folder, { uid: true });
    return false;
  };
  let moved = await transfer();
  if (!moved && client.usable && canMoveSafely(client)) {
    // TRYCREATE (RFC 3501 §6.4.7): the folder vanished after we created it; create it once more.
    context.forgetFolder(folder);
    moved = await transfer();
  }
  assertStillConnected(client, context.server, 'finalize');
  if (moved) {
    context.log?.debug({ count: uids.length, disposition }, 'imap messages moved');
    return;
  }
  const keywords = disposition === 'quarantined' ? [DONE_KEYWORD, QUARANTINE_KEYWORD] : [DONE_KEYWORD];
  const marked = await client.messageFlagsAdd(range, keywords, { uid: true });
  assertStillConnected(client, context.server, 'finalize');
  if (!marked) throw new BotError('MAIL_SOURCE', `IMAP server ${context.server} refused both MOVE to ${folder} and the ${DONE_KEYWORD} keyword`);
  context.log?.warn({ count: uids.length, disposition, copied: !canMoveSafely(client) }, 'imap message not moved; marked with a keyword instead');
}
