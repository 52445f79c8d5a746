/** Error codes in one place (nodemailer lib/errors.js is the model). */
export const ERROR_CODES = [
  'CONFIG_INVALID',
  /** A command line that cannot run as written (exit 2). */
  'USAGE_INVALID',
  /** A command understood and declined; nothing changed (exit 3). */
  'REFUSED',
  'STORE_CORRUPT',
  'STORE_LOCKED',
  /** The PostgreSQL store (STORE_URL) cannot be reached or refused the work; retryable when the cause is transient. */
  'STORE_UNAVAILABLE',
  'MAIL_SOURCE',
  'MAIL_PARSE',
  'MAIL_TOO_LARGE',
  /** Over a structural limit of the MIME parser: too many parts, or a header block too large. */
  'MAIL_LIMIT',
  /** Reading the message (parse and offline triage) took longer than its time budget. */
  'MAIL_BUDGET',
  'SEND_TRANSIENT',
  'SEND_PERMANENT',
  'TEMPLATE_MISSING',
  'MODEL_FAILED',
  'NOT_FOUND',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class BotError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;

  constructor(code: ErrorCode, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'BotError';
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}

export function isRetryable(error: unknown): boolean {
  return error instanceof BotError && error.retryable;
}
