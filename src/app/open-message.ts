import { machineSenderOf, openFromMessage } from '../core/cases/rescue.js';
import { isOpenable } from '../core/cases/held-sender.js';
import { localDay } from '../core/case-id.js';
import { parseMail } from '../io/mime.js';
import type { Label } from '../types.js';
import type { AppDeps } from './deps.js';
import { lifecycleContext } from './poll-inbox.js';

export type OpenMessageResult = { ok: true; caseId: string; receivedOn: string; chasers: number } | { ok: false; explanation: string };

/**
 * `privacy-inbox open <message-key> --labels …`: the team's `open` reply, from the shell. The message
 * key is the Message-ID the store knows the mail by (with or without angle brackets).
 */
export async function runOpenMessage(deps: AppDeps, messageKey: string, labels: Label[], by: string, requester?: string): Promise<OpenMessageResult> {
  const db = await deps.store.read();
  const key = messageKey.trim().replace(/^<|>$/g, '');
  // Mail set aside more than a couple of weeks ago has left the working set.
  const slice = (await deps.store.lookup?.({ messageKeys: [key, `<${key}>`] })) ?? { cases: {}, messages: {}, outbox: {} };
  for (const [messageKey, message] of Object.entries(slice.messages)) db.messages[messageKey] ??= message;
  const record = db.messages[key] ?? db.messages[`<${key}>`];
  if (!record) return { ok: false, explanation: `no message ${key} in the store (the key is its Message-ID, as the team notice shows it)` };
  if (record.caseId) return { ok: false, explanation: `${key} already belongs to case ${record.caseId}` };
  if (!isOpenable(record)) return { ok: false, explanation: `${key} was set aside as "${record.reason ?? record.status}"; only mail passed over as not a privacy request, held because its sender could not be authenticated, or taken for an automatic reply by its wording alone can be opened` };
  if (!record.blob) return { ok: false, explanation: `the raw copy of ${key} is gone, so it cannot be opened` };
  const original = await parseMail(await deps.blobs.read(record.blob), { maxBytes: deps.config.maxMessageBytes });
  if (!original.from) return { ok: false, explanation: `${key} has no usable From address to answer` };
  const machine = requester ? null : machineSenderOf(record, original);
  if (machine) return { ok: false, explanation: `${key} was not opened, because ${machine}: name whom to answer with --for <address>` };
  const ctx = { ...lifecycleContext(deps), deadlines: { defaultRegimes: deps.config.deadlines.defaultRegimes, promisedResponseDays: deps.config.deadlines.promisedResponseDays } };
  const opened = openFromMessage(record, original, labels, by, null, db, ctx, requester ? { address: requester, name: '' } : undefined);
  await deps.store.apply(opened.changes);
  return { ok: true, caseId: opened.caseId, receivedOn: localDay(record.receivedAt, deps.config.timezone), chasers: opened.chasers.length };
}
