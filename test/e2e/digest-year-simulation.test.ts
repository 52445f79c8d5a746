import { readStoreSnapshot } from '../../src/io/store.js';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Holidays from 'date-holidays';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseJobList } from '../../src/app/deadline-commands.js';
import { runPlanningJobs } from '../../src/app/run-once.js';
import { closeDeps, createDeps } from '../../src/app/deps.js';
import { runPollInbox } from '../../src/app/poll-inbox.js';
import { loadConfig } from '../../src/config.js';
import { addCalendarDays, instantOfWallTime, isoWeek, localDateOf, weekday } from '../../src/core/deadlines.js';
import { openFileStore } from '../../src/io/store.js';
import { createLogger } from '../../src/log.js';
import type { CaseRecord, DbData, OutboxItem } from '../../src/types.js';
import { runCli } from '../support/cli.js';
import { deliverToMaildir } from '../support/maildir.js';

/**
 * A year of requests played day by day through `run-once --jobs all` with PRIVACY_INBOX_NOW at 10:00
 * in Los Angeles: the same function chain as the CLI runs in-process (the CLI itself drives the
 * days in CLI_WINDOW, or all of them with SIMULATION_VIA_CLI=1), then every acknowledgement, reminder, extension, overdue alert and digest is
 * checked against an independent oracle: right day, exactly once.
 */

const LA = 'America/Los_Angeles';
const FIRST_DAY = '2026-01-05'; // a Monday
const DAYS = 364;
const CLI_WINDOW = ['2026-02-01', '2026-02-10'];
const TEAM = 'team@example.test';

let dataDir = '';
let env: Record<string, string> = {};
let db: DbData;
let sentFiles: Array<{ messageId: string; to: string; subject: string; text: string }> = [];
const runs: { cli: number; inProcess: number; ms: number } = { cli: 0, inProcess: 0, ms: 0 };

interface ScriptedRequest {
  day: string;
  from: string;
  subject: string;
  body: string;
}

const SCRIPTED: Record<string, ScriptedRequest> = {
  optOut: { day: '2026-01-12', from: 'Olive Park <olive@example.net>', subject: 'Stop selling my data', body: 'Please stop selling or sharing my personal information and unsubscribe me from your marketing emails.' },
  gdpr: { day: '2026-02-02', from: 'Max Mustermann <max@example.de>', subject: 'Auskunft / access request', body: 'Under Article 15 GDPR I request a copy of all personal data you hold about me.' },
  hipaa: { day: '2026-03-09', from: 'Jordan Lee <jordan@example.org>', subject: 'My therapy notes', body: 'Please send me a copy of my therapy notes and session records.' },
  weekend: { day: '2026-06-13', from: 'Sam Rivera <sam@example.com>', subject: 'Delete my account', body: 'Please delete my account and all personal data you hold about me. I live in Virginia.' },
};

/** Plain CCPA requests through the year (deletion, access, correction), on all kinds of days. */
const BACKGROUND: ScriptedRequest[] = [
  ['2026-01-07', 'deletion'], ['2026-02-18', 'access'], ['2026-03-06', 'correction'], ['2026-03-27', 'deletion'], ['2026-04-30', 'access'],
  ['2026-05-22', 'deletion'], ['2026-07-02', 'correction'], ['2026-08-14', 'access'], ['2026-09-25', 'deletion'], ['2026-10-16', 'deletion'],
  ['2026-11-06', 'access'], ['2026-11-25', 'correction'], ['2026-12-28', 'deletion'],
].map(([day, kind], index) => ({
  day: day as string,
  from: `Person ${index} <person${index}@example.net>`,
  subject: kind === 'deletion' ? 'Delete my data' : kind === 'access' ? 'What data do you have about me?' : 'Please correct my address',
  body: kind === 'deletion' ? 'Please delete all personal data you hold about me.' : kind === 'access' ? 'I would like to know what personal information you have collected about me.' : 'Please correct my personal information: my postal address is wrong in your records.',
}));

/** Team replies, by local day: [request key, the bot mail's outbox key suffix to answer, commands]. */
const TEAM_REPLIES: Record<string, Array<[string, string, string]>> = {
  '2026-02-03': [['optOut', 'reminder-overdue:2026-01-27', 'done']],
  '2026-02-24': [['gdpr', 'reminder-extension:1', 'extend we need records from our scheduling provider']],
  '2026-02-25': [['gdpr', 'extension-notice:1', 'extend once more please']],
  '2026-03-31': [['hipaa', 'reminder-due:7d-2026-04-07', 'verified']],
  '2026-04-09': [['hipaa', 'reminder-overdue:2026-04-08', 'extend the records are archived offsite']],
  '2026-04-14': [['hipaa', 'reminder-overdue:2026-04-08', 'done']],
};

const holidayLibrary = new Holidays('US', 'CA');
const holidaySet = new Set<string>();
for (const year of [2026, 2027]) for (const holiday of holidayLibrary.getHolidays(year)) if (holiday.type === 'public') holidaySet.add(holiday.date.slice(0, 10));

/** Oracle: Monday-Friday and not a US-CA public holiday. */
function working(date: string): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !holidaySet.has(date);
}

function workingOnOrBefore(date: string): string {
  let current = date;
  while (!working(current)) current = addCalendarDays(current, -1);
  return current;
}

function at10(date: string): string {
  return new Date(instantOfWallTime(date, 10, 0, 0, 0, LA)).toISOString();
}

let counter = 0;
function mail(request: { from: string; subject: string; body: string; inReplyTo?: string; headers?: Record<string, string>; date?: string }): string {
  const id = `sim-${counter++}@example.net`;
  const lines = [`From: ${request.from}`, 'To: privacy@example.test', `Subject: ${request.subject}`, `Date: ${request.date ?? 'Mon, 05 Jan 2026 09:00:00 +0000'}`, `Message-ID: <${id}>`];
  if (request.inReplyTo) lines.push(`In-Reply-To: <${request.inReplyTo}>`, `References: <${request.inReplyTo}>`);
  for (const [name, value] of Object.entries(request.headers ?? {})) lines.push(`${name}: ${value}`);
  lines.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8');
  return `${lines.join('\r\n')}\r\n\r\n${request.body.replace(/\n/g, '\r\n')}\r\n`;
}

async function deliver(raw: string): Promise<void> {
  await deliverToMaildir(path.join(dataDir, 'maildir'), `${Date.now()}.${counter}.sim`, raw);
}

async function readDb(): Promise<DbData> {
  return (await readStoreSnapshot(dataDir)) as DbData;
}

function caseOf(data: DbData, from: string): CaseRecord {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  const record = Object.values(data.cases).find((c) => c.requester.address === address);
  if (!record) throw new Error(`no case for ${address}`);
  return record;
}

async function runDay(date: string): Promise<void> {
  const now = at10(date);
  const started = Date.now();
  // SIMULATION_VIA_CLI=1 drives every day through the built CLI (about 1.5 s a day instead of 0.1 s).
  if (process.env.SIMULATION_VIA_CLI === '1' || (date >= (CLI_WINDOW[0] as string) && date <= (CLI_WINDOW[1] as string))) {
    const result = await runCli(['run-once', '--jobs', 'all'], { ...env, PRIVACY_INBOX_NOW: now });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    runs.cli++;
  } else {
    const config = loadConfig({ ...env, PRIVACY_INBOX_NOW: now });
    const deps = await createDeps(config, createLogger('silent'), await openFileStore(config.dataDir));
    try {
      await runPlanningJobs(deps, parseJobList('all'));
      await runPollInbox(deps);
    } finally {
      await closeDeps(deps);
    }
    runs.inProcess++;
  }
  runs.ms += Date.now() - started;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'pi-year-'));
  for (const sub of ['new', 'cur', 'tmp']) await mkdir(path.join(dataDir, 'maildir', sub), { recursive: true });
  env = { DATA_DIR: dataDir, PRIVACY_ADDRESS: 'privacy@example.test', TEAM_ADDRESSES: TEAM, TRUSTED_AUTHSERV_ID: 'mx.example.test', BOT_SECRET: 'simulation-secret-123', ORG_NAME: 'Calm Clinic', TIMEZONE: LA, LOG_LEVEL: 'silent' };
  const byDay = new Map<string, ScriptedRequest[]>();
  for (const request of [...Object.values(SCRIPTED), ...BACKGROUND]) byDay.set(request.day, [...(byDay.get(request.day) ?? []), request]);
  for (let i = 0; i < DAYS; i++) {
    const date = addCalendarDays(FIRST_DAY, i);
    for (const request of byDay.get(date) ?? []) await deliver(mail(request));
    for (const [key, suffix, commands] of TEAM_REPLIES[date] ?? []) {
      const current = await readDb();
      const record = caseOf(current, (SCRIPTED[key] as ScriptedRequest).from);
      const answered = current.outbox[`${record.id}:${suffix}`];
      if (!answered) throw new Error(`${date}: no ${record.id}:${suffix} to answer`);
      // Written the morning it is read: team commands older than TEAM_COMMAND_MAX_AGE are refused.
      const written = new Date(Date.parse(at10(date)) - 3_600_000).toUTCString();
      await deliver(mail({ from: `Sam from the team <${TEAM}>`, subject: `Re: ${answered.subject}`, body: `${commands}\n`, inReplyTo: answered.messageId, date: written, headers: { 'Authentication-Results': 'mx.example.test; dkim=pass header.d=example.test header.s=sel; spf=pass smtp.mailfrom=team@example.test' } }));
    }
    await runDay(date);
  }
  db = await readDb();
  const outboxDir = path.join(dataDir, 'outbox');
  for (const file of await readdir(outboxDir)) {
    const parsed = await simpleParser(await readFile(path.join(outboxDir, file)));
    const to = parsed.to && !Array.isArray(parsed.to) ? parsed.to.value.map((entry) => entry.address).join(',') : '';
    sentFiles.push({ messageId: (parsed.messageId ?? '').replace(/[<>]/g, ''), to, subject: parsed.subject ?? '', text: parsed.text ?? '' });
  }
  await mkdir(path.resolve('test-artifacts'), { recursive: true });
  await writeFile(path.resolve('test-artifacts', 'year-simulation.json'), JSON.stringify({ runs, cases: Object.keys(db.cases).length, outbox: Object.keys(db.outbox).length, sent: sentFiles.length }, null, 2));
}, 1_200_000);

function items(prefix: string): OutboxItem[] {
  return Object.values(db.outbox).filter((item) => item.key.startsWith(prefix));
}

function createdOn(item: OutboxItem | undefined): string | null {
  return item ? localDateOf(item.createdAt, LA) : null;
}

describe('a year of requests, day by day', () => {
  it('sends every queued message exactly once', () => {
    const all = Object.values(db.outbox);
    expect(all.filter((item) => item.state !== 'sent').map((item) => `${item.key}:${item.state}:${item.lastError}`)).toEqual([]);
    const ids = sentFiles.map((file) => file.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(all.length);
    expect(runs.cli).toBe(process.env.SIMULATION_VIA_CLI === '1' ? DAYS : 10);
  });

  it('acknowledges every request on the day it arrived, once', () => {
    const cases = Object.values(db.cases);
    expect(cases).toHaveLength(Object.keys(SCRIPTED).length + BACKGROUND.length);
    for (const record of cases) {
      const acks = items(`${record.id}:acknowledgement:`);
      expect(acks, record.id).toHaveLength(1);
      expect(createdOn(acks[0])).toBe(localDateOf(record.receivedAt, LA));
    }
    expect(localDateOf(caseOf(db, SCRIPTED.weekend!.from).receivedAt, LA)).toBe('2026-06-13'); // a Saturday: requesters are answered at once
  });

  it('gives each case the clock of the doc: CAN-SPAM opt-out, GDPR month, HIPAA 30 days, CCPA + Virginia 45', () => {
    expect(caseOf(db, SCRIPTED.optOut!.from).clock).toMatchObject({ firstDueOn: '2026-01-26', governedBy: 'us_marketing:unsubscribe' });
    expect(caseOf(db, SCRIPTED.gdpr!.from).clock).toMatchObject({ firstDueOn: '2026-03-02', governedBy: 'gdpr:know', dueOn: '2026-05-02' });
    expect(caseOf(db, SCRIPTED.hipaa!.from).clock).toMatchObject({ firstDueOn: '2026-04-07', governedBy: 'hipaa:access_phi' });
    expect(caseOf(db, SCRIPTED.weekend!.from).clock).toMatchObject({ firstDueOn: '2026-07-27', regimes: ['ccpa', 'virginia'] });
  });

  it('reminds the team 7 and 2 days before due on the working day on or before, and suggests extensions, once each', () => {
    const lastDay = addCalendarDays(FIRST_DAY, DAYS - 1);
    const gdpr = caseOf(db, SCRIPTED.gdpr!.from);
    let checked = 0;
    for (const record of Object.values(db.cases)) {
      const clock = record.clock!;
      const extendedOn = clock.extension ? localDateOf(clock.extension.at, LA) : null;
      for (const days of [7, 2]) {
        const expected = workingOnOrBefore(addCalendarDays(clock.firstDueOn, -days));
        const found = items(`${record.id}:reminder-due:${days}d-${clock.firstDueOn}`);
        // Round 1 stops once the case is extended (the GDPR case, on 24 Feb, before its 2-day reminder).
        const closedBefore = record.events.some((e) => e.type === 'state_changed' && ['done', 'denied'].includes(String(e.data?.to)) && localDateOf(e.at, LA) < expected);
        if (expected > lastDay || (extendedOn && extendedOn < expected) || closedBefore) expect(found, `${record.id} ${days}d`).toHaveLength(0);
        else {
          expect(found.map(createdOn), `${record.id} ${days}d`).toEqual([expected]);
          checked++;
        }
      }
      const suggestion = items(`${record.id}:reminder-extension:`);
      if (clock.suggestExtensionOn && workingOnOrBefore(clock.suggestExtensionOn) <= lastDay) expect(suggestion.map(createdOn), `${record.id} suggestion`).toEqual([workingOnOrBefore(clock.suggestExtensionOn)]);
      else expect(suggestion).toHaveLength(0);
    }
    expect(checked).toBeGreaterThanOrEqual(30);
    // Hand-checked days: MLK Day and a Saturday move the opt-out reminders earlier.
    const optOut = caseOf(db, SCRIPTED.optOut!.from);
    expect(createdOn(items(`${optOut.id}:reminder-due:7d-2026-01-26`)[0])).toBe('2026-01-16');
    expect(createdOn(items(`${optOut.id}:reminder-due:2d-2026-01-26`)[0])).toBe('2026-01-23');
    // After the extension: a second round against the new date, 2 May (Sat).
    expect(items(`${gdpr.id}:reminder-due:2d-2026-03-02`)).toHaveLength(0);
    expect(createdOn(items(`${gdpr.id}:reminder-due:7d-2026-05-02`)[0])).toBe('2026-04-24');
    expect(createdOn(items(`${gdpr.id}:reminder-due:2d-2026-05-02`)[0])).toBe('2026-04-30');
  });

  it('extends once on the team\'s word, tells the requester, and refuses a second or a late extension', () => {
    const gdpr = caseOf(db, SCRIPTED.gdpr!.from);
    expect(gdpr.clock?.extension).toMatchObject({ by: TEAM, via: 'team', previousDueOn: '2026-03-02', dueOn: '2026-05-02', reason: 'we need records from our scheduling provider' });
    const notices = items(`${gdpr.id}:extension-notice:`);
    expect(notices.map(createdOn)).toEqual(['2026-02-24']);
    const notice = sentFiles.find((file) => file.messageId === notices[0]?.messageId);
    expect(notice?.to).toBe('max@example.de');
    expect(notice?.text).toContain('we need records from our scheduling provider');
    expect(notice?.text).toContain('2026-05-02');
    expect(gdpr.events.filter((e) => e.type === 'team_command_failed').map((e) => JSON.stringify(e.data))).toEqual([expect.stringContaining('already extended')]);
    const hipaa = caseOf(db, SCRIPTED.hipaa!.from);
    expect(hipaa.clock?.extension).toBeNull();
    expect(items(`${hipaa.id}:extension-notice:`)).toHaveLength(0);
    expect(hipaa.events.filter((e) => e.type === 'team_command_failed').map((e) => JSON.stringify(e.data))).toEqual([expect.stringContaining('first deadline (2026-04-07) has passed')]);
    // Unverified at its extended date, the GDPR request is denied on time and never reported overdue.
    expect(gdpr.state).toBe('denied');
    expect(items(`${gdpr.id}:reminder-overdue:`)).toHaveLength(0);
  });

  it('escalates overdue cases at once, then every working day until handled, and never after', () => {
    const expectOverdue = (record: CaseRecord, from: string, handled: string): void => {
      const expected: string[] = [];
      for (let day = from; day <= handled; day = addCalendarDays(day, 1)) if (day === from || working(day)) expected.push(day);
      expect(items(`${record.id}:reminder-overdue:`).map(createdOn), record.id).toEqual(expected);
      for (const item of items(`${record.id}:reminder-overdue:`)) expect(item.key.endsWith(createdOn(item) as string)).toBe(true);
    };
    const optOut = caseOf(db, SCRIPTED.optOut!.from);
    expectOverdue(optOut, '2026-01-27', '2026-02-03');
    expect(optOut.state).toBe('done');
    const hipaa = caseOf(db, SCRIPTED.hipaa!.from);
    expectOverdue(hipaa, '2026-04-08', '2026-04-14');
    expect(hipaa.state).toBe('done');
    const others = Object.values(db.cases).filter((c) => c.id !== optOut.id && c.id !== hipaa.id);
    for (const record of others) expect(items(`${record.id}:reminder-overdue:`), record.id).toHaveLength(0);
  });

  it('mails the digest once per ISO week, on Monday', () => {
    const digests = items('digest:');
    const mondays: string[] = [];
    for (let i = 0; i < DAYS; i++) {
      const date = addCalendarDays(FIRST_DAY, i);
      if (weekday(date) === 1) mondays.push(date);
    }
    expect(digests.map(createdOn)).toEqual(mondays);
    expect(digests.map((item) => item.key)).toEqual(mondays.map((day) => `digest:${isoWeek(day)}`));
    expect(digests).toHaveLength(52);
    const overdueWeek = digests.find((item) => item.key === 'digest:2026-W06');
    expect(overdueWeek?.subject).toMatch(/^OVERDUE: /);
    const sent = sentFiles.find((file) => file.messageId === overdueWeek?.messageId);
    expect(sent?.to).toBe(TEAM);
    expect(sent?.text).toContain('OVERDUE:');
  });
});
