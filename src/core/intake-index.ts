import type { CaseRecord, DbData, MessageRecord, OutboxItem, StoreChange } from '../types.js';
import { localDay } from './case-id.js';

/**
 * What planning one new message asks of the working set, answered without scanning it: the replies
 * an address got today (the loop breaker), whether the bot ever wrote to it and how many first
 * contacts each day holds (the backscatter cap), the case a Message-ID belongs to (threading), the
 * open cases of a requester (duplicates, follow-ups), the records of a Message-ID (chasers), and the
 * team notices of a day. Built once per pass from the records the pass read, then kept up to date
 * with the changes the pass applies (`indexChanges`), so no per-message lookup is O(store).
 *
 * The index only files records under values that never change once written (an outbox item's key,
 * address hash, creation day; a thread Message-ID; a requester address). Everything that can change
 * (an item's state, a case's state or labels) is read from the record itself at lookup time, and a
 * record gone from the working set (purged) is skipped. So the index never has to learn about the
 * send stage's claims and 'sent' marks: it has to see what is added, and (for the first-contact
 * counts) what planning or retention suppresses, re-times or purges. Plain data:
 * the caller builds it, hands it in through the context and applies changes to it, as to the store.
 */
export interface IntakeIndex {
  /** The zone the days below are in (TIMEZONE); lookups for another zone fall back to a scan. */
  timeZone: string;
  /** Insertion position of each case and message in the working set: "the first in store order" answers stay the same as a scan's. */
  caseOrder: Map<string, number>;
  messageOrder: Map<string, number>;
  /** Outbox keys by address hash, each with the local day of its creation. */
  outboxByToHash: Map<string, Map<string, string>>;
  /** Outbox keys by case id, in the order they were added. */
  outboxByCase: Map<string, Set<string>>;
  /** First-contact outbox keys by the local day they go out on, each with the instant the day was taken from. */
  firstContactsByDay: Map<string, Map<string, string>>;
  /**
   * Counted first contacts of a day, once counted. Past MAX_NEW_ADDRESSES_PER_DAY every new sender
   * looks at each day already full: counting them again each time grew with the backlog. A count
   * changes only when an item joins the day (dropped here then) or is suppressed, re-timed or
   * purged, which only planning and retention do, through `indexChanges` (all counts dropped). The
   * send stage's claims and marks never change it.
   */
  firstContactCounts: Map<string, number>;
  /** `none:team-notice:` keys by the local day of their creation. */
  teamNoticesByDay: Map<string, Set<string>>;
  /** Case ids by thread Message-ID. */
  casesByThreadId: Map<string, Set<string>>;
  /** Case ids by requester address and by verification target address. */
  casesByAddress: Map<string, Set<string>>;
  /** Message keys by Message-ID. */
  messagesByMessageId: Map<string, Set<string>>;
}

export const TEAM_NOTICE_PREFIX = 'none:team-notice:';

function file<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const bucket = map.get(key);
  if (bucket) bucket.add(value);
  else map.set(key, new Set([value]));
}

function fileWith<K, V>(map: Map<K, Map<V, string>>, key: K, value: V, detail: string): void {
  const bucket = map.get(key);
  if (bucket) bucket.set(value, detail);
  else map.set(key, new Map([[value, detail]]));
}

/** The day a first-contact item counts toward: when it is due to go out. */
function firstContactInstant(item: OutboxItem): string {
  return item.notBefore ?? item.createdAt;
}

function addOutboxItem(index: IntakeIndex, item: OutboxItem): void {
  fileWith(index.outboxByToHash, item.toHash, item.key, localDay(item.createdAt, index.timeZone));
  if (item.caseId !== null) file(index.outboxByCase, item.caseId, item.key);
  if (item.firstContact) {
    const instant = firstContactInstant(item);
    const day = localDay(instant, index.timeZone);
    fileWith(index.firstContactsByDay, day, item.key, instant);
    index.firstContactCounts.delete(day);
  }
  if (item.key.startsWith(TEAM_NOTICE_PREFIX)) file(index.teamNoticesByDay, localDay(item.createdAt, index.timeZone), item.key);
}

function addCaseAddresses(index: IntakeIndex, caseId: string, record: Partial<Pick<CaseRecord, 'requester' | 'lifecycle'>>): void {
  if (record.requester) file(index.casesByAddress, record.requester.address, caseId);
  const target = record.lifecycle?.verification?.target?.address;
  if (target) file(index.casesByAddress, target, caseId);
}

function addCase(index: IntakeIndex, record: CaseRecord): void {
  if (!index.caseOrder.has(record.id)) index.caseOrder.set(record.id, index.caseOrder.size);
  for (const id of record.threadIds) file(index.casesByThreadId, id, record.id);
  addCaseAddresses(index, record.id, record);
}

function addMessage(index: IntakeIndex, record: MessageRecord): void {
  if (!index.messageOrder.has(record.key)) index.messageOrder.set(record.key, index.messageOrder.size);
  if (record.messageId !== null) file(index.messagesByMessageId, record.messageId, record.key);
}

/** Builds the index of a working set (once per pass). O(working set). */
export function buildIntakeIndex(db: Pick<DbData, 'cases' | 'messages' | 'outbox'>, timeZone: string): IntakeIndex {
  const index: IntakeIndex = {
    timeZone,
    caseOrder: new Map(),
    messageOrder: new Map(),
    outboxByToHash: new Map(),
    outboxByCase: new Map(),
    firstContactsByDay: new Map(),
    firstContactCounts: new Map(),
    teamNoticesByDay: new Map(),
    casesByThreadId: new Map(),
    casesByAddress: new Map(),
    messagesByMessageId: new Map(),
  };
  indexRecords(index, db);
  return index;
}

/** Files records that joined the working set (a pass's slice from the archive). */
export function indexRecords(index: IntakeIndex, slice: Pick<DbData, 'cases' | 'messages' | 'outbox'>): void {
  for (const record of Object.values(slice.cases)) addCase(index, record);
  for (const record of Object.values(slice.messages)) addMessage(index, record);
  for (const item of Object.values(slice.outbox)) addOutboxItem(index, item);
}

/**
 * Files what `changes` add, after they were applied to `db` (the records are read back from it, so
 * a change the store ignored, e.g. a second enqueue of a key, files nothing new). Idempotent.
 */
export function indexChanges(index: IntakeIndex, db: DbData, changes: readonly StoreChange[]): void {
  for (const change of changes) {
    switch (change.type) {
      case 'createCase': {
        const record = db.cases[change.record.id];
        if (record) addCase(index, record);
        break;
      }
      case 'updateCase': {
        if (!db.cases[change.caseId]) break;
        for (const id of [...(change.addThreadIds ?? []), ...(change.set?.threadIds ?? [])]) file(index.casesByThreadId, id, change.caseId);
        if (change.set) addCaseAddresses(index, change.caseId, change.set);
        break;
      }
      case 'putMessage': {
        const record = db.messages[change.record.key];
        if (record) addMessage(index, record);
        break;
      }
      case 'enqueue':
      case 'queueCaseMail': {
        const item = db.outbox[change.item.key];
        if (item) addOutboxItem(index, item);
        break;
      }
      case 'updateOutbox': {
        // A new send time moves a first contact to another day; the old entry no longer matches the item.
        const item = db.outbox[change.key];
        if (item && change.set.notBefore !== undefined) addOutboxItem(index, item);
        if (item?.firstContact) index.firstContactCounts.clear();
        break;
      }
      case 'purgeCase':
        // The purged records are skipped at lookup (gone from db); a case id is never reused.
        index.firstContactCounts.clear();
        break;
      default:
        break;
    }
  }
}

/** The index, when it answers for this zone. */
export function usableIndex(index: IntakeIndex | undefined, timeZone: string): IntakeIndex | null {
  return index && index.timeZone === timeZone ? index : null;
}

/** Outbox items to `toHash` in the working set, not suppressed, with the local day each was created on. */
export function liveItemsTo(index: IntakeIndex, db: DbData, toHash: string): Array<{ item: OutboxItem; day: string }> {
  const found: Array<{ item: OutboxItem; day: string }> = [];
  for (const [key, day] of index.outboxByToHash.get(toHash) ?? []) {
    const item = db.outbox[key];
    if (item && item.state !== 'suppressed') found.push({ item, day });
  }
  return found;
}

/** First-contact items (not suppressed) going out on a local day. */
export function firstContactsOn(index: IntakeIndex, db: DbData, day: string): number {
  const counted = index.firstContactCounts.get(day);
  if (counted !== undefined) return counted;
  let count = 0;
  for (const [key, instant] of index.firstContactsByDay.get(day) ?? []) {
    const item = db.outbox[key];
    if (item && item.firstContact && item.state !== 'suppressed' && firstContactInstant(item) === instant) count++;
  }
  index.firstContactCounts.set(day, count);
  return count;
}

/** Team notices (`none:team-notice:`) created on a local day. */
export function teamNoticesOn(index: IntakeIndex, db: DbData, day: string): number {
  let count = 0;
  for (const key of index.teamNoticesByDay.get(day) ?? []) if (db.outbox[key]) count++;
  return count;
}

/** Outbox items of a case, in the order they joined the working set. */
export function outboxOfCase(index: IntakeIndex, db: DbData, caseId: string): OutboxItem[] {
  const found: OutboxItem[] = [];
  for (const key of index.outboxByCase.get(caseId) ?? []) {
    const item = db.outbox[key];
    if (item && item.caseId === caseId) found.push(item);
  }
  return found;
}

function inCaseOrder(index: IntakeIndex, db: DbData, ids: Iterable<string>): CaseRecord[] {
  const records: CaseRecord[] = [];
  for (const id of new Set(ids)) {
    const record = db.cases[id];
    if (record) records.push(record);
  }
  return records.sort((a, b) => (index.caseOrder.get(a.id) ?? Infinity) - (index.caseOrder.get(b.id) ?? Infinity));
}

/** Cases whose thread holds any of `messageIds`, in store order (the caller checks the match itself). */
export function casesInThreads(index: IntakeIndex, db: DbData, messageIds: readonly string[]): CaseRecord[] {
  return inCaseOrder(index, db, messageIds.flatMap((id) => [...(index.casesByThreadId.get(id) ?? [])]));
}

/** Cases whose requester or verification target is (or was) `address`, in store order (the caller checks which). */
export function casesOfAddress(index: IntakeIndex, db: DbData, address: string): CaseRecord[] {
  return inCaseOrder(index, db, index.casesByAddress.get(address) ?? []);
}

/** Message records carrying any of `messageIds`, in store order (the caller checks the match itself). */
export function messagesWithIds(index: IntakeIndex, db: DbData, messageIds: Iterable<string>): MessageRecord[] {
  const keys = new Set<string>();
  for (const id of messageIds) for (const key of index.messagesByMessageId.get(id) ?? []) keys.add(key);
  const records: MessageRecord[] = [];
  for (const key of keys) {
    const record = db.messages[key];
    if (record) records.push(record);
  }
  return records.sort((a, b) => (index.messageOrder.get(a.key) ?? Infinity) - (index.messageOrder.get(b.key) ?? Infinity));
}
