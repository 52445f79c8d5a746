import { TRIAGE_MODES, type TriageMode } from './core/triage/modes.js';
import { AUTH_RESULTS_MODES, type AuthResultsMode } from './core/auth-results.js';
import { DEFAULT_TEAM_COMMAND_MAX_AGE_MS } from './core/team-replay.js';
import path from 'node:path';
import { z } from 'zod';
import { BotError } from './errors.js';
import { cronProblem } from './core/cron.js';
import { isKnownHolidayRegion } from './core/deadlines/holidays.js';
import { REGIMES, type Regime } from './core/deadlines/policy.js';
import { parseRegimeList } from './core/deadlines/regime.js';

/** LOG_FORMAT: JSON for machines (journald, files, CI), pretty lines for a person at a terminal; `auto` picks by stderr. */
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export type MailboxConfig =
  | { kind: 'maildir'; path: string }
  | { kind: 'imap'; secure: boolean; host: string; port: number; user: string; pass: string; mailbox: string };

export type SmtpConfig =
  | { kind: 'file'; path: string }
  | { kind: 'smtp'; secure: boolean; host: string; port: number; user: string | null; pass: string | null };

export interface Config {
  dataDir: string;
  /** STORE_URL: a PostgreSQL store (postgres://…) instead of DATA_DIR/db.json; null keeps the file store. */
  storeUrl: string | null;
  mailbox: MailboxConfig;
  smtp: SmtpConfig;
  privacyAddress: string;
  teamAddresses: string[];
  orgName: string;
  timezone: string;
  /** Fixed clock for simulations and tests; null means the real clock. */
  fixedNow: string | null;
  /** Mail that reached the mailbox before this time is recorded as ignored, never answered: for a first run on an old mailbox. */
  ignoreBefore: string | null;
  pollIntervalMs: number;
  maxRepliesPerSenderPerDay: number;
  /** First mail to addresses never written to before, per day; the rest waits (backscatter guard). */
  maxNewAddressesPerDay: number;
  maxMessageBytes: number;
  processedFolder: string;
  quarantineFolder: string;
  sentFolder: string;
  botSecret: string | null;
  /** authserv-id (RFC 8601) of our own receiving server: only its Authentication-Results count for team commands. */
  trustedAuthservId: string | null;
  /** TRUSTED_AUTHSERV_HEADERS: how many Authentication-Results that server puts on top of every message. */
  trustedAuthservHeaders: number;
  /** AUTH_RESULTS_MODE: rfc8601 (an authserv-id) or microsoft365 (Exchange Online). */
  authResultsMode: AuthResultsMode;
  /** TEAM_COMMAND_MAX_AGE: team commands written longer ago are refused (src/core/team-replay.ts). */
  teamCommandMaxAgeMs: number;
  /** Facts a requester gives when asking for specific pieces or health records (matched by the team). */
  verificationDataPoints: string[];
  dryRun: boolean;
  logLevel: string;
  /** HEALTH_PORT: serve /health and /metrics on 127.0.0.1 at this port while `start` runs; null: off. */
  healthPort: number | null;
  /** auto: pretty when stderr is a terminal, JSON otherwise. */
  logFormat: LogFormat;
  /** Offline triage: the rules, the shipped learned model, or both together (the default). */
  triageMode: TriageMode;
  /**
   * READ_WORKERS: threads that parse and classify inbound mail beside the poll pass (src/app/read-pool.ts).
   * 'auto': one per spare core (1-4), for passes of more than one fetch batch; 0: none; N: that many, for every pass with mail.
   */
  readWorkers: number | 'auto';
  openai: { apiKey: string; baseUrl: string | null; model: string; timeoutMs: number } | null;
  /** Legal clocks, reminders, digest and retention (src/core/deadlines, docs/deadlines.md). */
  deadlines: DeadlineConfig;
}

export interface DeadlineConfig {
  /** DEFAULT_REGIME: regimes every request gets a clock under (evidence in the mail adds more). */
  defaultRegimes: Regime[];
  /** PROMISED_RESPONSE_DAYS: the company's published promise in calendar days; caps every first deadline. */
  promisedResponseDays: number | null;
  reminderDays: number[];
  workingHours: { start: number; end: number };
  holidayRegion: string;
  checkIntervalMs: number;
  digestCron: string;
  retentionMonths: number;
}

const emailSchema = z.string().trim().toLowerCase().pipe(z.email());

const DEFAULT_DIGEST_CRON = '0 9 * * 1';
const DEFAULT_WORKING_HOURS = '9-17';
const DEFAULT_CHECK_INTERVAL = '1h';

const HOLIDAY_REGION_FORMAT = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/i;
const HOLIDAY_REGION_MESSAGE = 'must be a date-holidays country or COUNTRY-STATE, e.g. US, US-CA, DE, GB-ENG';

const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `30s`, `5m`, `1h`: a whole number and a unit. A bare number is refused (is `60` seconds or milliseconds?). */
function parseDuration(text: string): number | null {
  const match = /^(\d+)\s*(ms|s|m|h|d)$/.exec(text.trim());
  return match ? Number(match[1]) * DURATION_UNITS[match[2] as keyof typeof DURATION_UNITS] : null;
}

function formatDuration(ms: number): string {
  const unit = (['d', 'h', 'm', 's'] as const).find((name) => ms % DURATION_UNITS[name] === 0) ?? 'ms';
  return `${ms / DURATION_UNITS[unit]}${unit}`;
}

/** An interval key: a duration with a unit, between `min` and `max` (a job that runs every 0 ms runs once and never again). */
function durationSchema(fallback: string, bounds: { min: number; max: number }) {
  return z
    .string()
    .default(fallback)
    .superRefine((value, context) => {
      const trimmed = value.trim();
      if (/^\d+$/.test(trimmed)) {
        context.addIssue({ code: 'custom', message: `"${trimmed}" has no unit; add a unit: ${trimmed}s (units: ms, s, m, h, d)` });
        return;
      }
      const ms = parseDuration(trimmed);
      if (ms === null) context.addIssue({ code: 'custom', message: `must be a duration with a unit, like 30s, 5m or 1h` });
      else if (ms < bounds.min || ms > bounds.max) context.addIssue({ code: 'custom', message: `must be between ${formatDuration(bounds.min)} and ${formatDuration(bounds.max)} (got ${trimmed})` });
    })
    .transform((value) => parseDuration(value) ?? 0);
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const envSchema = z.object({
  DATA_DIR: z.string().min(1).default('./data'),
  STORE_URL: z
    .string()
    .optional()
    .refine((value) => value === undefined || /^postgres(ql)?:\/\/[^/]/.test(value), 'must be postgres://user:pass@host:5432/database (unset: the file store in DATA_DIR)'),
  MAILBOX_URL: z.string().optional(),
  SMTP_URL: z.string().optional(),
  PRIVACY_ADDRESS: emailSchema.default('privacy@example.com'),
  TEAM_ADDRESSES: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((part) => part.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.email({ message: 'each TEAM_ADDRESSES entry must be an email address' }))),
  ORG_NAME: z.string().min(1).default('Example Health'),
  TIMEZONE: z.string().default('America/Los_Angeles').refine(isValidTimeZone, 'must be an IANA time zone such as America/Los_Angeles'),
  PRIVACY_INBOX_NOW: z
    .string()
    .optional()
    .refine((value) => value === undefined || value === '' || !Number.isNaN(Date.parse(value)), 'must be an ISO date-time'),
  IGNORE_MAIL_BEFORE: z
    .string()
    .optional()
    .refine((value) => value === undefined || value === '' || !Number.isNaN(Date.parse(value)), 'must be an ISO date or date-time'),
  // A poll more often than every second only loads the server; a gap over a day misses legal clocks.
  POLL_INTERVAL: durationSchema('60s', { min: 1000, max: 86_400_000 }),
  MAX_REPLIES_PER_SENDER_PER_DAY: z.coerce.number().int().min(1).default(5),
  MAX_NEW_ADDRESSES_PER_DAY: z.coerce.number().int().min(1).default(50),
  MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(25 * 1024 * 1024),
  PROCESSED_FOLDER: z.string().min(1).default('Processed'),
  QUARANTINE_FOLDER: z.string().min(1).default('Quarantine'),
  SENT_FOLDER: z.string().min(1).default('Sent'),
  BOT_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  TRUSTED_AUTHSERV_ID: z.string().trim().min(1).optional(),
  TRUSTED_AUTHSERV_HEADERS: z.coerce.number().int().min(1).max(10).default(1),
  AUTH_RESULTS_MODE: z.enum(AUTH_RESULTS_MODES).default('rfc8601'),
  TEAM_COMMAND_MAX_AGE: z
    .string()
    .default('3d')
    .refine((value) => (parseDuration(value) ?? 0) >= 60_000, 'must be a duration of a minute or more, like 3d or 36h'),
  VERIFICATION_DATA_POINTS: z
    .string()
    .default('full name,phone number,date of your last appointment')
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean)),
  DRY_RUN: z.enum(['0', '1', 'true', 'false', '']).default('0'),
  HEALTH_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(LOG_FORMATS).default('auto'),
  TRIAGE_MODE: z.enum(TRIAGE_MODES).default('both'),
  READ_WORKERS: z.union([z.literal('auto'), z.coerce.number().int().min(0).max(16)], { error: "must be 'auto' or a number of threads from 0 to 16" }).default('auto'),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  DEFAULT_REGIME: z
    .string()
    .default('ccpa')
    .refine((value) => parseRegimeList(value).unknown.length === 0 && parseRegimeList(value).regimes.length > 0, `must be a comma-separated list of: ${REGIMES.join(', ')}`),
  PROMISED_RESPONSE_DAYS: z.coerce.number().int().min(1).max(365).optional(),
  REMINDER_DAYS: z
    .string()
    .default('7,2')
    .refine((value) => value.split(',').every((part) => /^\s*\d{1,3}\s*$/.test(part)), 'must be days before due, comma-separated, e.g. 7,2'),
  WORKING_HOURS: z
    .string()
    .default(DEFAULT_WORKING_HOURS)
    .refine((value) => /^(\d{1,2})-(\d{1,2})$/.test(value.trim()) && Number(value.split('-')[0]) < Number(value.split('-')[1]) && Number(value.split('-')[1]) <= 24, 'must be local hours START-END, e.g. 9-17'),
  // Whether date-holidays knows the region is checked in loadConfig (it costs loading the tables).
  HOLIDAY_REGION: z.string().trim().default('US-CA').refine((value) => HOLIDAY_REGION_FORMAT.test(value), HOLIDAY_REGION_MESSAGE),
  // Reminders go out only inside WORKING_HOURS, so checks must be at most a day apart (and, below, no
  // further apart than the working window is long).
  CHECK_DEADLINES_INTERVAL: durationSchema(DEFAULT_CHECK_INTERVAL, { min: 60_000, max: 86_400_000 }),
  DIGEST_CRON: z.string().trim().default(DEFAULT_DIGEST_CRON),
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
});

/** `scheme:PATH` for the embedded local variants; `<DATA_DIR>` may stand in the path. */
function localPath(raw: string, scheme: string, dataDir: string): string | null {
  const rest = raw.slice(scheme.length).replace(/^\/\//, '');
  return rest ? path.resolve(rest.replaceAll('<DATA_DIR>', dataDir)) : null;
}

interface ServerUrl {
  secure: boolean;
  host: string;
  port: number;
  user: string | null;
  pass: string | null;
  path: string;
}

/** Parses `plain://user:pass@host:port/path` or its TLS twin; a string result is the problem. */
function parseServerUrl(raw: string, plain: string, tls: string, ports: { plain: number; tls: number }, example: string): ServerUrl | string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `must be ${example}`;
  }
  if (url.protocol !== `${plain}:` && url.protocol !== `${tls}:`) return `unsupported scheme ${url.protocol} (use ${example})`;
  const secure = url.protocol === `${tls}:`;
  return {
    secure,
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? ports.tls : ports.plain,
    user: url.username ? decodeURIComponent(url.username) : null,
    pass: url.password ? decodeURIComponent(url.password) : null,
    path: decodeURIComponent(url.pathname.replace(/^\//, '')),
  };
}

function parseMailboxUrl(raw: string, dataDir: string): MailboxConfig | string {
  if (raw.startsWith('maildir:')) {
    const dir = localPath(raw, 'maildir:', dataDir);
    return dir ? { kind: 'maildir', path: dir } : 'maildir: needs a path, e.g. maildir:./data/maildir';
  }
  const server = parseServerUrl(raw, 'imap', 'imaps', { plain: 143, tls: 993 }, 'maildir:PATH, imap://user:pass@host:port/INBOX or imaps://…');
  if (typeof server === 'string') return server;
  if (!server.user) return 'IMAP URL needs a user (imap://user:pass@host/INBOX)';
  return { kind: 'imap', secure: server.secure, host: server.host, port: server.port, user: server.user, pass: server.pass ?? '', mailbox: server.path || 'INBOX' };
}

function parseSmtpUrl(raw: string, dataDir: string): SmtpConfig | string {
  if (raw.startsWith('file:')) {
    const dir = localPath(raw, 'file:', dataDir);
    return dir ? { kind: 'file', path: dir } : 'file: needs a directory, e.g. file:./data/outbox';
  }
  const server = parseServerUrl(raw, 'smtp', 'smtps', { plain: 587, tls: 465 }, 'file:DIR, smtp://user:pass@host:port or smtps://…');
  if (typeof server === 'string') return server;
  return { kind: 'smtp', secure: server.secure, host: server.host, port: server.port, user: server.user, pass: server.pass };
}

export interface LoadConfigOptions {
  /**
   * Check HOLIDAY_REGION against the holiday tables (default). Loading them takes about a second,
   * so `list` and `show`, which never use holidays, check only its form.
   */
  holidayTables?: boolean;
}

/** Reads the whole configuration from `env`; throws one BotError listing every bad key. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: LoadConfigOptions = {}): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = envSchema.safeParse(cleaned);
  const problems: string[] = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`);
  const dataDir = path.resolve(result.success ? result.data.DATA_DIR : (cleaned.DATA_DIR ?? './data'));
  const mailbox = parseMailboxUrl(cleaned.MAILBOX_URL ?? `maildir:${path.join(dataDir, 'maildir')}`, dataDir);
  if (typeof mailbox === 'string') problems.push(`MAILBOX_URL: ${mailbox}`);
  const smtp = parseSmtpUrl(cleaned.SMTP_URL ?? `file:${path.join(dataDir, 'outbox')}`, dataDir);
  if (typeof smtp === 'string') problems.push(`SMTP_URL: ${smtp}`);
  // Exchange Online writes no authserv-id, so a configured one could only mislead (docs/team-commands.md).
  if (result.success && result.data.AUTH_RESULTS_MODE === 'microsoft365' && result.data.TRUSTED_AUTHSERV_ID) problems.push('TRUSTED_AUTHSERV_ID: leave it unset with AUTH_RESULTS_MODE=microsoft365 (Exchange Online writes no authserv-id)');
  problems.push(...crossKeyProblems(cleaned));
  const region = (cleaned.HOLIDAY_REGION ?? 'US-CA').trim();
  if (options.holidayTables !== false && HOLIDAY_REGION_FORMAT.test(region) && !isKnownHolidayRegion(region)) problems.push(`HOLIDAY_REGION: ${HOLIDAY_REGION_MESSAGE}`);
  if (!result.success || problems.length > 0 || typeof mailbox === 'string' || typeof smtp === 'string') throw configError(problems);
  const values = result.data;

  return {
    dataDir,
    storeUrl: values.STORE_URL ?? null,
    mailbox,
    smtp,
    privacyAddress: values.PRIVACY_ADDRESS,
    teamAddresses: values.TEAM_ADDRESSES,
    orgName: values.ORG_NAME,
    timezone: values.TIMEZONE,
    fixedNow: values.PRIVACY_INBOX_NOW ? new Date(values.PRIVACY_INBOX_NOW).toISOString() : null,
    ignoreBefore: values.IGNORE_MAIL_BEFORE ? new Date(values.IGNORE_MAIL_BEFORE).toISOString() : null,
    pollIntervalMs: values.POLL_INTERVAL,
    maxRepliesPerSenderPerDay: values.MAX_REPLIES_PER_SENDER_PER_DAY,
    maxNewAddressesPerDay: values.MAX_NEW_ADDRESSES_PER_DAY,
    maxMessageBytes: values.MAX_MESSAGE_BYTES,
    processedFolder: values.PROCESSED_FOLDER,
    quarantineFolder: values.QUARANTINE_FOLDER,
    sentFolder: values.SENT_FOLDER,
    botSecret: values.BOT_SECRET ?? null,
    trustedAuthservId: values.TRUSTED_AUTHSERV_ID?.toLowerCase() ?? null,
    trustedAuthservHeaders: values.TRUSTED_AUTHSERV_HEADERS,
    authResultsMode: values.AUTH_RESULTS_MODE,
    teamCommandMaxAgeMs: parseDuration(values.TEAM_COMMAND_MAX_AGE) ?? DEFAULT_TEAM_COMMAND_MAX_AGE_MS,
    verificationDataPoints: values.VERIFICATION_DATA_POINTS,
    dryRun: values.DRY_RUN === '1' || values.DRY_RUN === 'true',
    logLevel: values.LOG_LEVEL,
    healthPort: values.HEALTH_PORT ?? null,
    logFormat: values.LOG_FORMAT,
    triageMode: values.TRIAGE_MODE,
    readWorkers: values.READ_WORKERS,
    deadlines: {
      defaultRegimes: parseRegimeList(values.DEFAULT_REGIME).regimes,
      promisedResponseDays: values.PROMISED_RESPONSE_DAYS ?? null,
      reminderDays: [...new Set(values.REMINDER_DAYS.split(',').map((part) => Number(part.trim())))].sort((x, y) => y - x),
      workingHours: { start: Number(values.WORKING_HOURS.split('-')[0]), end: Number(values.WORKING_HOURS.split('-')[1]) },
      holidayRegion: values.HOLIDAY_REGION,
      checkIntervalMs: values.CHECK_DEADLINES_INTERVAL,
      digestCron: values.DIGEST_CRON,
      retentionMonths: values.RETENTION_MONTHS,
    },
    openai: values.OPENAI_API_KEY
      ? { apiKey: values.OPENAI_API_KEY, baseUrl: values.OPENAI_BASE_URL ?? null, model: values.OPENAI_MODEL, timeoutMs: values.OPENAI_TIMEOUT_MS }
      : null,
  };
}

/**
 * Checks that read more than one key (the cron is read in TIMEZONE; deadline checks must land inside
 * WORKING_HOURS). They run on the raw values, falling back to defaults for keys that failed on their
 * own, so one error still names every bad key.
 */
function crossKeyProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  // Processes sharing a PostgreSQL store sign and check each other's Message-ID tokens: a secret each
  // made for itself in its own DATA_DIR would make the team's replies to the other one's mail fail.
  if (env.STORE_URL && !env.BOT_SECRET) problems.push('BOT_SECRET: required with STORE_URL (every process sharing the store must use the same secret)');
  const timeZone = env.TIMEZONE && isValidTimeZone(env.TIMEZONE) ? env.TIMEZONE : 'UTC';
  const now = env.PRIVACY_INBOX_NOW && !Number.isNaN(Date.parse(env.PRIVACY_INBOX_NOW)) ? new Date(env.PRIVACY_INBOX_NOW) : new Date();
  const cron = (env.DIGEST_CRON ?? DEFAULT_DIGEST_CRON).trim();
  const cronTrouble = cronProblem(cron, timeZone, now);
  if (cronTrouble) problems.push(`DIGEST_CRON: "${cron}" is not a usable 5-field cron (minute hour day month weekday, e.g. "0 9 * * 1"): ${cronTrouble}`);
  const hours = /^(\d{1,2})-(\d{1,2})$/.exec((env.WORKING_HOURS ?? DEFAULT_WORKING_HOURS).trim());
  const interval = parseDuration(env.CHECK_DEADLINES_INTERVAL ?? DEFAULT_CHECK_INTERVAL);
  if (hours && interval !== null && interval > (Number(hours[2]) - Number(hours[1])) * 3_600_000 && Number(hours[2]) > Number(hours[1])) {
    problems.push(`CHECK_DEADLINES_INTERVAL: ${formatDuration(interval)} is longer than WORKING_HOURS ${hours[0]}; reminders wait for a check inside working hours, so some days would get none`);
  }
  return problems;
}

function configError(problems: string[]): BotError {
  // In the order of .env.example (the schema's order), whichever check found them.
  const keys = Object.keys(envSchema.shape);
  const rank = (problem: string): number => {
    const index = keys.indexOf(problem.split(':')[0] ?? '');
    return index === -1 ? keys.length : index;
  };
  const sorted = [...problems].sort((a, b) => rank(a) - rank(b));
  return new BotError('CONFIG_INVALID', `Invalid configuration (see .env.example):\n${sorted.map((p) => `  - ${p}`).join('\n')}`);
}
