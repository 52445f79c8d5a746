import type { Config } from '../config.js';
import { closedAt } from '../core/metrics.js';
import type { CaseRecord } from '../types.js';
import { formatCaseTable, summarizeCase, type CaseSummary } from './case-view.js';
import { eachCaseByMonthFor, readRecentCasesFor } from './open-store.js';

/** Closed cases stay in the default `list` this many days after closing (the file store's working set keeps them as long). */
export const LIST_CLOSED_DAYS = 14;
const DAY_MS = 86_400_000;

/**
 * What `list` shows by default: the work in hand. Open cases, then cases closed in the last
 * LIST_CLOSED_DAYS days; each in order of receipt. A store of two years holds a hundred times more
 * closed cases than open ones, and reading those is what made `list` slow: they come with --all.
 */
export function defaultListed(cases: Iterable<CaseRecord>, now: string): CaseRecord[] {
  const since = new Date(Date.parse(now) - LIST_CLOSED_DAYS * DAY_MS).toISOString();
  const open: CaseRecord[] = [];
  const closed: CaseRecord[] = [];
  for (const record of cases) {
    const at = closedAt(record);
    if (at === null) open.push(record);
    else if (at >= since) closed.push(record);
  }
  const byReceipt = (a: CaseRecord, b: CaseRecord): number => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id);
  return [...open.sort(byReceipt), ...closed.sort(byReceipt)];
}

/** Fixed widths for a table written in parts (--all): the states and dates never need more. */
const STREAM_WIDTHS = [12, 21, 20, 10, 10];

export interface ListOptions {
  json?: boolean;
  all?: boolean;
}

/**
 * `privacy-inbox list`: the default view from the working set alone; with --all every case, open
 * ones first, then the closed ones a month of receipt at a time, written as they are read (memory
 * is one month's cases, and the file store reads its case list, not its archive).
 */
export async function runListCommand(config: Config, now: string, options: ListOptions, write: (text: string) => Promise<void> | void): Promise<void> {
  if (!options.all) {
    const cases = defaultListed(Object.values((await readRecentCasesFor(config)).cases), now).map((record) => summarizeCase(record, config.timezone));
    if (options.json) await write(`${JSON.stringify(cases, null, 2)}\n`);
    else if (cases.length === 0) await write(`No open cases and none closed in the last ${LIST_CLOSED_DAYS} days (every case: privacy-inbox list --all).\n`);
    else await write(`${formatCaseTable(cases)}\n(open cases and those closed in the last ${LIST_CLOSED_DAYS} days; every case: privacy-inbox list --all)\n`);
    return;
  }
  let rows = 0;
  const emit = async (summaries: CaseSummary[]): Promise<void> => {
    if (summaries.length === 0) return;
    if (options.json) await write(summaries.map((summary) => `${rows++ === 0 ? '[\n' : ',\n'}${JSON.stringify(summary)}`).join(''));
    else {
      const table = formatCaseTable(summaries, STREAM_WIDTHS).split('\n');
      await write(`${(rows === 0 ? table : table.slice(1)).join('\n')}\n`);
      rows += summaries.length;
    }
  };
  // Every open case is in the working set: they lead, then each month's closed cases follow.
  const open = defaultListed(Object.values((await readRecentCasesFor(config)).cases), now).filter((record) => closedAt(record) === null);
  await emit(open.map((record) => summarizeCase(record, config.timezone)));
  await eachCaseByMonthFor(config, async (cases) => {
    await emit(cases.filter((record) => closedAt(record) !== null).map((record) => summarizeCase(record, config.timezone)));
  });
  if (options.json) await write(rows === 0 ? '[]\n' : '\n]\n');
  else if (rows === 0) await write(`${formatCaseTable([])}\n`);
}
