import type { CaseEvent, CaseRecord, DbData, StoreChange } from '../types.js';

export function emptyDb(): DbData {
  return { version: 1, cases: {}, messages: {}, outbox: {}, cursors: {}, counters: {} };
}

/**
 * Applies changes in place. Every change is idempotent, so replaying a batch after a crash
 * (or a worker retrying an unacknowledged apply) leaves the same data.
 */
export function applyChanges(data: DbData, changes: readonly StoreChange[]): void {
  for (const change of changes) {
    switch (change.type) {
      case 'createCase':
        if (!data.cases[change.record.id]) data.cases[change.record.id] = structuredClone(change.record);
        break;
      case 'updateCase': {
        const record = data.cases[change.caseId];
        if (!record) throw new Error(`updateCase: no case ${change.caseId}`);
        if (change.set) Object.assign(record, structuredClone(change.set));
        for (const key of change.addMessageKeys ?? []) if (!record.messageKeys.includes(key)) record.messageKeys.push(key);
        for (const id of change.addThreadIds ?? []) if (!record.threadIds.includes(id)) record.threadIds.push(id);
        for (const event of change.events ?? []) {
          if (!record.events.some((existing) => existing.id === event.id)) record.events.push(structuredClone(event));
        }
        break;
      }
      case 'putMessage':
        data.messages[change.record.key] = structuredClone(change.record);
        break;
      case 'enqueue':
        if (!data.outbox[change.item.key]) data.outbox[change.item.key] = structuredClone(change.item);
        break;
      case 'updateOutbox': {
        const item = data.outbox[change.key];
        if (!item) throw new Error(`updateOutbox: no outbox item ${change.key}`);
        Object.assign(item, change.set);
        break;
      }
      case 'setCursor':
        data.cursors[change.name] = change.value;
        break;
      case 'raiseCounter':
        data.counters[change.name] = Math.max(data.counters[change.name] ?? 0, change.value);
        break;
      case 'setCaseClock': {
        // Compare-and-set: a clock computed from an older snapshot never overwrites a newer one or an extension.
        const record = data.cases[change.caseId];
        if (!record) break;
        if ((record.clock?.computedAt ?? null) !== change.replaces || record.clock?.extension) break;
        record.clock = structuredClone(change.clock);
        record.dueAt = change.dueAt;
        appendEvents(record, change.events);
        break;
      }
      case 'extendCase': {
        // One extension per case, ever (e.g. 11 CCR 7021(b); GDPR Art. 12(3)): the first recorded wins.
        const record = data.cases[change.caseId];
        if (!record?.clock || record.clock.extension) break;
        record.clock.extension = structuredClone(change.extension);
        record.clock.dueOn = change.extension.dueOn;
        record.dueAt = change.extension.dueAt;
        appendEvents(record, change.events);
        break;
      }
      case 'queueCaseMail': {
        const record = data.cases[change.caseId];
        if (!record || ['done', 'denied', 'closed'].includes(record.state) || data.outbox[change.item.key]) break;
        data.outbox[change.item.key] = structuredClone(change.item);
        appendEvents(record, [change.event]);
        break;
      }
      case 'purgeCase': {
        const record = data.cases[change.caseId];
        data.purged ??= [];
        if (!data.purged.some((stat) => stat.caseId === change.caseId)) data.purged.push(structuredClone(change.stat));
        if (!record) break;
        for (const [key, message] of Object.entries(data.messages)) if (message.caseId === change.caseId) delete data.messages[key];
        for (const [key, item] of Object.entries(data.outbox)) if (item.caseId === change.caseId) delete data.outbox[key];
        delete data.cases[change.caseId];
        break;
      }
      case 'rememberTeamCommand': {
        const seen = (data.teamCommands ??= {});
        for (const [key, entry] of Object.entries(seen)) if (entry.writtenAt < change.pruneBefore) delete seen[key];
        for (const key of change.keys) seen[key] ??= structuredClone(change.seen);
        break;
      }
    }
  }
}

function appendEvents(record: CaseRecord, events: readonly CaseEvent[] | undefined): void {
  for (const event of events ?? []) {
    if (!record.events.some((existing) => existing.id === event.id)) record.events.push(structuredClone(event));
  }
}
