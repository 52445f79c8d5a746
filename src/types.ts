/** Domain types and the port interfaces every adapter implements. */

export const LABELS = ['opt_out', 'disclosure', 'deletion', 'correction', 'complaint', 'child_data', 'other'] as const;
export type Label = (typeof LABELS)[number];
/** Every label that is a privacy request (all but `other`). */
export const PRIVACY_LABELS: readonly Exclude<Label, 'other'>[] = ['opt_out', 'disclosure', 'deletion', 'correction', 'complaint', 'child_data'];

export interface Address {
  /** Lower-cased addr-spec. */
  address: string;
  name: string;
}

export interface AttachmentMeta {
  filename: string | null;
  contentType: string;
  size: number;
}

/** One parsed inbound message, normalised; bodies are never stored in the hot JSON. */
export interface InboundMail {
  /** Dedupe key: the Message-ID, or a hash of the raw bytes when there is none. */
  key: string;
  messageId: string | null;
  from: Address | null;
  replyTo: Address[];
  to: Address[];
  cc: Address[];
  subject: string;
  /** ISO time from the Date header, when it parses. */
  date: string | null;
  inReplyTo: string | null;
  references: string[];
  /** Full text (from HTML when there is no plain part). */
  text: string;
  /** Only what the sender wrote this time: quoted replies and signature removed. */
  newText: string;
  /** Header name (lower case) -> unfolded values, in order. */
  headers: Record<string, string[]>;
  attachments: AttachmentMeta[];
  sizeBytes: number;
}

export type AutomatedKind = 'auto_reply' | 'bounce' | 'list' | 'bulk' | 'self';
export interface AutomatedVerdict {
  kind: AutomatedKind;
  /** Which header or pattern decided it, e.g. "Auto-Submitted: auto-replied". */
  reason: string;
  /**
   * Machine wording around request words (the learned model alone says so): never answered, but
   * passed to the team, who can open a case if a person wrote it.
   */
  unsure?: boolean;
  /**
   * The mail carries someone else's words (a voicemail transcript, a fax, a form's copy, a digest): its
   * sender is a machine and never the requester, so a case opened from it must name whom to answer.
   */
  relayed?: boolean;
}

export interface Evidence {
  label: Label | 'agent' | 'automated';
  /** The phrase (or header) that decided it, as found in the mail. */
  phrase: string;
  where: 'subject' | 'body' | 'header';
}

export interface Verdict {
  primary: Label;
  labels: Label[];
  /** ISO 639-1, or 'und' when there is too little text. */
  language: string;
  /** 0..1; low means a person should look. */
  confidence: number;
  automated: AutomatedVerdict | null;
  /** Written by an authorized agent on someone's behalf. */
  agent: boolean;
  evidence: Evidence[];
  classifiedBy: 'rules' | 'model' | 'rules+model';
  /** The model and the rules disagreed: a person should decide. */
  disputed?: boolean;
  /**
   * Requests the rules read in the wording that the model, all but sure the mail asks for nothing,
   * overruled (src/core/triage/combine.ts): the team's notice names them.
   */
  overruled?: Label[];
  /**
   * A request made for another adult (a spouse, sibling, grown child, friend) by someone who names no
   * authority to make it (src/core/triage/third-party.ts): the words naming that adult. The team answers.
   */
  forAnotherAdult?: string;
}

/**
 * The time one message may take to read (parse, HTML to text, quote stripping, offline triage).
 * `check` is called between steps and throws BotError('MAIL_BUDGET') once the time is spent.
 */
export interface ReadBudget {
  check(step: string): void;
}

export interface Classifier {
  /** `budget` covers the offline reading only: a network model's wait has its own timeout. */
  classify(mail: InboundMail, budget?: ReadBudget): Promise<Verdict>;
}

/** A message waiting at the source, not yet finalised. */
export interface SourceMessage {
  /** Stable id within the source: Maildir file base name, or `${uidValidity}:${uid}` for IMAP. */
  sourceId: string;
  sizeBytes: number;
  /** When the mailbox received it (IMAP INTERNALDATE, Maildir delivery time), if known. */
  arrivedAt?: string;
}

export type Disposition = 'processed' | 'quarantined' | 'ignored';

export interface MailSource {
  readonly name: string;
  /** Messages not yet finalised, oldest first. */
  list(): Promise<SourceMessage[]>;
  /** Raw RFC 5322 bytes. */
  fetch(message: SourceMessage): Promise<Buffer>;
  /** Mark as handled without deleting: Maildir cur/ with a flag, IMAP move to a folder. */
  finalize(message: SourceMessage, disposition: Disposition): Promise<void>;
  /**
   * Raw bytes of several messages in one round trip (IMAP: one UID FETCH over a UID set). A message
   * missing from the result (gone, or the batch failed) is left for fetch() to report on its own.
   */
  fetchMany?(messages: SourceMessage[]): Promise<Map<string, Buffer>>;
  /** finalize() for a batch (IMAP: one UID STORE and one UID MOVE per disposition, not three round trips per message). */
  finalizeMany?(items: Array<{ message: SourceMessage; disposition: Disposition }>): Promise<void>;
  /** Messages the last list() left out because they are not complete yet (a Maildir file still being written). */
  waiting?(): number;
  /** Resolves when new mail may have arrived (IMAP IDLE, a Maildir delivery, a held-back file settling) or after `timeoutMs`. */
  waitForChange?(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface OutgoingMail {
  messageId: string;
  from: Address;
  to: Address[];
  subject: string;
  text: string;
  html?: string;
  inReplyTo?: string;
  references?: string[];
  headers: Record<string, string>;
}

export interface MailSender {
  readonly name: string;
  /** Sends the raw message; rejects with a BotError (retryable for 4xx/network). */
  send(raw: Buffer, envelope: { from: string; to: string[] }, messageId: string): Promise<void>;
  /** true/false when the sender can tell whether a message already went out; undefined when it cannot. */
  wasSent(messageId: string): Promise<boolean | undefined>;
  /** True when wasSent() answers for every sent message, so 'sent' marks may be recorded in batches. */
  readonly confirmsDelivery: boolean;
  /** How many send() calls may be in flight at once (a pooled transport); one at a time when absent. */
  readonly concurrency?: number;
  close(): Promise<void>;
}

export type CaseState = 'received' | 'awaiting_verification' | 'verified' | 'awaiting_team' | 'done' | 'denied' | 'closed';

export interface CaseEvent {
  /** Unique within the case; makes appends idempotent. */
  id: string;
  at: string;
  type: string;
  /** 'bot', 'requester', or a team member's address. */
  by: string;
  data?: Record<string, unknown>;
}

export interface CaseRecord {
  id: string;
  requester: Address;
  subject: string;
  labels: Label[];
  primary: Label;
  language: string;
  state: CaseState;
  receivedAt: string;
  dueAt: string | null;
  /** Message keys (inbound) and Message-IDs (both directions) that belong to the thread. */
  messageKeys: string[];
  threadIds: string[];
  events: CaseEvent[];
  flags: string[];
  /** Verification, agent and team facts of the case lifecycle; absent on cases created before it. */
  lifecycle?: CaseLifecycle;
  /** Legal clocks (src/core/deadlines): which regimes apply, every due date, the extension; absent until computed. */
  clock?: CaseClock;
}

/** One applicable (regime, request type) rule and the dates it gives this case (local dates, YYYY-MM-DD). */
export interface ClockCandidate {
  regime: string;
  requestType: string;
  citation: string;
  ackDueOn: string | null;
  dueOn: string;
  /** Latest date an extension could give; null where this rule allows none. */
  extendedDueOn: string | null;
  suggestDaysBefore: number | null;
  pausesForVerification: boolean;
}

export interface RegimeEvidence {
  regime: string;
  /** 'default' (DEFAULT_REGIME), 'text' (named in the mail), 'address' (requester's country domain), 'request' (implied by the request type). */
  source: 'default' | 'text' | 'address' | 'request';
  phrase: string;
}

export interface CaseExtension {
  at: string;
  by: string;
  reason: string;
  /** 'team' (`extend <reason>`) or 'cli'. */
  via: string;
  previousDueOn: string;
  dueOn: string;
  dueAt: string;
  outboxKey: string | null;
}

/** Every clock of a case, computed once from receipt (deadlines-and-verification.md section 2). */
export interface CaseClock {
  version: 1;
  computedAt: string;
  timeZone: string;
  receivedOn: string;
  regimes: string[];
  evidence: RegimeEvidence[];
  candidates: ClockCandidate[];
  ackDueOn: string | null;
  /** The first deadline: the earliest candidate, capped by PROMISED_RESPONSE_DAYS. */
  firstDueOn: string;
  firstDueAt: string;
  /** What set the first deadline: 'regime:requestType', or 'promise'. */
  governedBy: string;
  /** Receipt + PROMISED_RESPONSE_DAYS - 1, when a promise is configured. */
  promisedDueOn?: string | null;
  /** The date an extension would give, or null when none is possible. */
  extensionDueOn: string | null;
  /** When the bot suggests an extension to the team (before the first deadline). */
  suggestExtensionOn: string | null;
  /** The current deadline: firstDueOn, or the extension's date. */
  dueOn: string;
  extension: CaseExtension | null;
  /** When the clock restarted on received identity (UK GDPR only, doc section 2). */
  restartedOn: string | null;
}

/** What survives a retention purge: counts for CCPA 7102 metrics, no personal data (11 CCR 7101(b)). */
export interface PurgedCaseStat {
  caseId: string;
  primary: Label;
  labels: Label[];
  receivedAt: string;
  /** When the substantive response went out (done/denied), if it did. */
  respondedAt: string | null;
  outcome: 'complied' | 'denied' | 'closed';
  denialReason: string | null;
  /** When the opt-out part was done (it counts as complied with even if the rest was denied). */
  optOutDoneAt?: string | null;
  extended: boolean;
  purgedAt: string;
  retentionMonths: number;
}

/** Identity verification by email (deadlines-and-verification.md section 3). */
export interface CaseVerification {
  /** Where the one-time token goes: the From address (never a differing Reply-To), or the consumer an agent named. */
  target: Address | null;
  /** 0 before the first token; each token (first request, reminder) is a new round. */
  round: number;
  sentAt: string | null;
  expiresAt: string | null;
  remindedAt: string | null;
  failedAttempts: number;
  /** Too many wrong tokens: only the team can verify now. */
  locked: boolean;
  /** The requester replied from the target mailbox with a valid token. */
  mailboxVerifiedAt: string | null;
  /** Data points the requester must give for the team to match (empty: none needed). */
  dataPoints: string[];
  /** A team member replied `verified` (data points matched, agent authority, or verified another way). */
  teamVerifiedAt: string | null;
  teamVerifiedBy: string | null;
  /** Explicit "reply DELETE" confirmation of a deletion request. */
  deletionConfirmedAt: string | null;
  deletionConfirmationRequestedAt: string | null;
}

export interface CaseLifecycle {
  /** Classifier confidence at intake. */
  confidence: number;
  verification: CaseVerification | null;
  /** Set when an authorized agent wrote for someone else; the team confirms the authority. */
  agent: { consumer: Address | null; /** The agent attached the consumer's signed permission to the request. */ permissionAttached?: boolean } | null;
  optOutDoneAt: string | null;
  assignee: string | null;
  /** Message-IDs of mail to and from the team: kept apart from threadIds so requesters never join through them. */
  teamThreadIds: string[];
  /** Team escalations queued so far (numbers the outbox keys). */
  escalations: number;
  /** The subject of every team mail about the case, fixed at the first one so mail clients thread it. */
  teamSubject?: string;
}

export type MessageStatus = 'case' | 'ignored' | 'quarantined';

export interface MessageRecord {
  key: string;
  messageId: string | null;
  receivedAt: string;
  source: string;
  sourceId: string;
  status: MessageStatus;
  reason: string | null;
  caseId: string | null;
  /** sha256 of the sender address: logs and stats without raw addresses. */
  fromHash: string | null;
  attachments: AttachmentMeta[];
  sizeBytes: number;
  verdict: Verdict | null;
  /** Path of the raw .eml under DATA_DIR, relative. */
  blob: string | null;
  attempts: number;
}

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed' | 'suppressed';

export interface OutboxItem {
  /** `${caseId}:${templateId}:${step}`: one message per key, ever. */
  key: string;
  messageId: string;
  caseId: string | null;
  templateId: string;
  to: Address[];
  toHash: string;
  vars: Record<string, unknown>;
  inReplyTo: string | null;
  references: string[];
  subject: string;
  state: OutboxState;
  createdAt: string;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
  /** When the item was given up on (state 'failed'); absent on items that failed before it was recorded. */
  failedAt?: string | null;
  /** Not to be sent before this ISO time: first mail to a new address past the daily cap (src/core/cases/first-contact.ts). */
  notBefore?: string | null;
  /** The first mail the bot ever writes to this address. */
  firstContact?: boolean;
}

/** A team command mail that authenticated (src/core/team-replay.ts): a copy of it is never acted on again. */
export interface SeenTeamCommand {
  /** When it was written: its Date, or its DKIM signing time (t=) if earlier. Pruned once older than TEAM_COMMAND_MAX_AGE. */
  writtenAt: string;
  seenAt: string;
  caseId: string | null;
  /** The bot Message-ID it answered. */
  botMessageId: string;
}

/**
 * The store's records. From the store, this is its working set (store.read()): open cases, recently
 * active closed ones and whatever lookup() brought in; older closed cases live in the archive.
 */
export interface DbData {
  /** 1: the single db.json of before issue 12; 2: db.json as the working set beside a journal and an archive. */
  version: 1 | 2;
  cases: Record<string, CaseRecord>;
  messages: Record<string, MessageRecord>;
  outbox: Record<string, OutboxItem>;
  cursors: Record<string, string>;
  counters: Record<string, number>;
  /** Anonymous counts of purged cases (retention, src/core/retention.ts): metrics keep working after a purge. */
  purged?: PurgedCaseStat[];
  /** Fingerprints of authenticated team command mails (a DKIM signature, or the body and the bot Message-ID); absent in older stores. */
  teamCommands?: Record<string, SeenTeamCommand>;
}

/** Idempotent changes: the only way anything writes to the store. */
export type StoreChange =
  | { type: 'createCase'; record: CaseRecord }
  | { type: 'updateCase'; caseId: string; set?: Partial<Omit<CaseRecord, 'id' | 'events'>>; addMessageKeys?: string[]; addThreadIds?: string[]; events?: CaseEvent[] }
  | { type: 'putMessage'; record: MessageRecord }
  | { type: 'enqueue'; item: OutboxItem }
  | { type: 'updateOutbox'; key: string; set: Partial<Pick<OutboxItem, 'state' | 'sentAt' | 'attempts' | 'lastError' | 'notBefore' | 'failedAt'>> }
  | { type: 'setCursor'; name: string; value: string }
  | { type: 'raiseCounter'; name: string; value: number }
  /** Sets the case clock and dueAt only if the case has no clock yet (or `replace` is the clock's computedAt being replaced). */
  | { type: 'setCaseClock'; caseId: string; clock: CaseClock; dueAt: string; replaces: string | null; events?: CaseEvent[] }
  /** Records the one extension: applied only while the case has none (two `extend` commands cannot both win). */
  | { type: 'extendCase'; caseId: string; extension: CaseExtension; events?: CaseEvent[] }
  /** Queues mail about a case and logs it, only while the case is still open (a stale snapshot never reminds about a closed case). */
  | { type: 'queueCaseMail'; caseId: string; item: OutboxItem; event: CaseEvent }
  /** Removes a closed case, its messages and outbox items, keeping only `stat` (retention). */
  | { type: 'purgeCase'; caseId: string; stat: PurgedCaseStat }
  /** Remembers a team command's fingerprints and forgets those written before `pruneBefore` (a copy that old is refused by its age). */
  | { type: 'rememberTeamCommand'; keys: string[]; seen: SeenTeamCommand; pruneBefore: string };

/** Keys that find archived records: a case id, a thread Message-ID, a message key, a recipient's address hash. */
export interface StoreLookup {
  caseIds?: string[];
  threadIds?: string[];
  messageKeys?: string[];
  recipients?: string[];
}

/** Whole cases (with their messages and outbox items) and caseless records a lookup found outside the working set. */
export type StoreSlice = Pick<DbData, 'cases' | 'messages' | 'outbox'>;

export interface Store {
  /** The working set: open cases and recently active ones, pending mail, cursors, counters. */
  read(): Promise<DbData>;
  /** All or nothing; a change to an archived case brings the case back into the working set first. */
  apply(changes: StoreChange[]): Promise<void>;
  /** Records outside the working set that the keys name (late mail to a closed case, a known sender). A store that keeps everything in read() may omit it. */
  lookup?(keys: StoreLookup): Promise<StoreSlice>;
  /**
   * Closed cases outside the working set that may have closed before `closedBefore` (an instant),
   * with their messages and mail, at most `limit`: the retention purge decides which are due. A
   * store that keeps everything in read() may omit it.
   */
  expired?(closedBefore: string, limit: number): Promise<StoreSlice>;
}
