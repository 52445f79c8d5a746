import { readStoreSnapshot } from '../../src/io/store.js';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { expect } from 'vitest';
import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { parseJobList } from '../../src/app/deadline-commands.js';
import { runOnce } from '../../src/app/run-once.js';
import { showCase } from '../../src/app/show-case.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { runCli } from '../support/cli.js';
import { deliverToMaildir } from '../support/maildir.js';

export const PRIVACY = 'privacy@example.test';
export const TEAM = 'team@example.test';
export const AUTHSERV = 'mx.example.test';

export interface SentMail {
  file: string;
  parsed: ParsedMail;
  to: string[];
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  subject: string;
  text: string;
  html: string;
}

function bare(id: string | undefined): string {
  return (id ?? '').replace(/[<>]/g, '');
}

const VIA_CLI = process.env.E2E_VIA_CLI === '1';

/** Config and a logger for an in-process command, with what it logs (LOG_LEVEL, default warn, as runCli). */
function inProcess(env: Record<string, string>): { config: Config; logger: Logger; logged: () => string } {
  const config = loadConfig(env);
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { config, logger: createLogger(env.LOG_LEVEL ?? 'warn', sink), logged: () => text };
}

/** A Maildir-default installation driven like the CLI does (in-process by default), with a clock the test steps. */
export class MaildirWorld {
  seen = new Set<string>();
  counter = 0;
  now = '2026-03-02T17:00:00Z';

  readonly dataDir: string;
  readonly extraEnv: Record<string, string>;

  /** `run-once` arguments: `--jobs all` adds check-deadlines and the digest, as a cron install runs it. */
  readonly runArgs: string[];

  constructor(dataDir: string, extraEnv: Record<string, string> = {}, runArgs: string[] = ['run-once']) {
    this.dataDir = dataDir;
    this.extraEnv = extraEnv;
    this.runArgs = runArgs;
  }

  env(): Record<string, string> {
    return {
      DATA_DIR: this.dataDir,
      PRIVACY_ADDRESS: PRIVACY,
      TEAM_ADDRESSES: TEAM,
      TRUSTED_AUTHSERV_ID: AUTHSERV,
      BOT_SECRET: 'e2e-secret-e2e-secret',
      PRIVACY_INBOX_NOW: this.now,
      ORG_NAME: 'Calm Clinic',
      VERIFICATION_DATA_POINTS: 'full name,date of your last appointment',
      ...this.extraEnv,
    };
  }

  async deliver(raw: string): Promise<void> {
    await deliverToMaildir(path.join(this.dataDir, 'maildir'), `${Date.now()}.${this.counter++}.e2e`, raw);
  }

  /**
   * One `run-once` at `now` (ISO); fails the test on anything logged at warn or above (stderr, for the
   * CLI) or, for the CLI, a non-zero exit. In-process by default: the same runOnce the CLI calls, so
   * a pass costs milliseconds instead of a process start and a model load (seconds on a loaded CI
   * machine). The process boundary has its own tests (maildir-pipeline, start); E2E_VIA_CLI=1 runs
   * every pass through the built CLI instead.
   */
  async run(now?: string): Promise<Record<string, unknown>> {
    if (now) this.now = now;
    if (VIA_CLI) {
      const result = await runCli(this.runArgs, this.env());
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as Record<string, unknown>;
    }
    const jobsAt = this.runArgs.indexOf('--jobs');
    const { config, logger, logged } = inProcess(this.env());
    const summary = await runOnce(config, logger, parseJobList(jobsAt >= 0 ? this.runArgs[jobsAt + 1] : undefined));
    expect(logged()).toBe('');
    return JSON.parse(JSON.stringify(summary)) as Record<string, unknown>;
  }

  /** Messages the bot wrote since the last call, in creation order (file sender: one .eml per message). */
  async newMail(): Promise<SentMail[]> {
    const dir = path.join(this.dataDir, 'outbox');
    const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => file.endsWith('.eml') && !this.seen.has(file));
    const mails: SentMail[] = [];
    for (const file of files) {
      this.seen.add(file);
      const parsed = await simpleParser(await readFile(path.join(dir, file)));
      const to = parsed.to && !Array.isArray(parsed.to) ? parsed.to.value.map((entry) => entry.address ?? '') : [];
      const references = Array.isArray(parsed.references) ? parsed.references : parsed.references ? [parsed.references] : [];
      mails.push({
        file,
        parsed,
        to,
        messageId: bare(parsed.messageId),
        inReplyTo: parsed.inReplyTo ? bare(parsed.inReplyTo) : null,
        references: references.map(bare),
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        html: typeof parsed.html === 'string' ? parsed.html : '',
      });
    }
    const db = await this.db();
    // The outbox keeps insertion order: the order in which the bot decided to write.
    const items = Object.values(db.outbox);
    const position = (mail: SentMail): number => items.findIndex((item) => item.messageId === mail.messageId);
    return mails.sort((a, b) => position(a) - position(b));
  }

  async db(): Promise<{ cases: Record<string, { state: string; events: Array<{ type: string; by: string }> }>; outbox: Record<string, { key: string; messageId: string; createdAt: string; templateId: string }>; messages: Record<string, { status: string; reason: string | null; caseId: string | null }> }> {
    return (await readStoreSnapshot(this.dataDir));
  }

  /** `show ID --json`, in-process like run() (E2E_VIA_CLI=1: through the CLI). */
  async show(id: string): Promise<{ id: string; state: string; labels: string[]; requester: string; receivedAt: string; dueAt: string; events: Array<{ at: string; type: string; by: string; data?: Record<string, unknown> }> }> {
    return JSON.parse(await this.showJson(id));
  }

  /** The text `show ID --json` prints; `quiet` also fails the test on anything logged at warn or above. */
  async showJson(id: string, options: { quiet?: boolean } = {}): Promise<string> {
    if (VIA_CLI) {
      const result = await runCli(['show', id, '--json'], this.env());
      if (options.quiet) expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return result.stdout;
    }
    const { config, logger, logged } = inProcess(this.env());
    const text = await showCase(config, logger, id, { json: true });
    if (options.quiet) expect(logged()).toBe('');
    return text;
  }

  templateOf(mail: SentMail): string {
    return mail.file.split('.')[2] ?? '';
  }
}

export function requestMail(options: { from?: string; subject: string; body: string; messageId: string; inReplyTo?: string; references?: string[]; headers?: Record<string, string>; date?: string }): string {
  const lines = [
    `From: ${options.from ?? 'Alex Doe <alex@example.net>'}`,
    `To: ${PRIVACY}`,
    `Subject: ${options.subject}`,
    `Date: ${options.date ?? 'Mon, 02 Mar 2026 09:00:00 +0000'}`,
    `Message-ID: <${options.messageId}>`,
  ];
  if (options.inReplyTo) lines.push(`In-Reply-To: <${options.inReplyTo}>`);
  if (options.references?.length) lines.push(`References: ${options.references.map((id) => `<${id}>`).join(' ')}`);
  for (const [name, value] of Object.entries(options.headers ?? {})) lines.push(`${name}: ${value}`);
  lines.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit');
  return `${lines.join('\r\n')}\r\n\r\n${options.body.replace(/\r?\n/g, '\r\n')}\r\n`;
}

/** A reply quoting `original` the way a mail client does ("On ... wrote:" and "> " lines). */
export function quoteReply(text: string, original: SentMail): string {
  return `${text}\n\nOn Mon, 2 Mar 2026 at 10:00, Calm Clinic Privacy Team <${PRIVACY}> wrote:\n${original.text
    .trim()
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')}\n`;
}

/**
 * A team member's reply to a bot message, with the Authentication-Results our trusted MX adds. It is
 * dated five minutes after the message it answers unless `date` says otherwise: commands older than
 * TEAM_COMMAND_MAX_AGE are refused.
 */
export function teamReply(commands: string, to: SentMail, options: { messageId: string; from?: string; authResults?: string | null; date?: string }): string {
  const authResults = options.authResults === undefined ? `${AUTHSERV}; dkim=pass header.d=example.test header.s=sel; spf=pass smtp.mailfrom=team@example.test` : options.authResults;
  const answered = to.parsed.date?.getTime();
  const date = options.date ?? (answered === undefined ? undefined : new Date(answered + 5 * 60_000).toUTCString());
  return requestMail({
    ...(date ? { date } : {}),
    from: options.from ?? `Sam from the team <${TEAM}>`,
    subject: `Re: ${to.subject}`,
    body: quoteReply(commands, to),
    messageId: options.messageId,
    inReplyTo: to.messageId,
    references: [...to.references, to.messageId],
    headers: authResults ? { 'Authentication-Results': authResults } : {},
  });
}

/** Nothing a requester receives may carry team addresses or internal notes. */
export function expectNoInternals(mail: SentMail, secrets: string[] = []): void {
  const everything = `${mail.parsed.headerLines.map((line) => line.line).join('\n')}\n${mail.text}\n${mail.html}`;
  expect(everything).not.toContain(TEAM);
  for (const secret of secrets) expect(everything).not.toContain(secret);
}
