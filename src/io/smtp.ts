import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { MailSender } from '../types.js';
import { retryTransient } from './retry-transient.js';
import { createSentFolder, type SentFolderOptions } from './sent-folder.js';
import { toSendError } from './smtp-errors.js';

export interface SmtpSenderOptions {
  host: string;
  port: number;
  /** true: implicit TLS (465); false: plain, upgraded with STARTTLS when the server offers it. */
  secure: boolean;
  user?: string | null;
  pass?: string | null;
  logger?: Logger;
  /** Keep a copy of each sent message in this IMAP folder, which also makes `wasSent` answer. */
  sentCopy?: Omit<SentFolderOptions, 'logger'>;
  /** Pooled SMTP connections, and so sends in flight (default SMTP_CONNECTIONS). */
  connections?: number;
}

/**
 * Four connections keep a loopback or LAN relay busy while each waits for its DATA reply; more
 * buy little and count against relays that limit concurrent sessions per client (Postfix
 * smtpd_client_connection_count_limit defaults to 50, hosted relays often to 5-10).
 */
export const SMTP_CONNECTIONS = 4;

/**
 * Sends pre-built RFC 5322 messages over SMTP (nodemailer, pooled). Transient failures are retried
 * here, permanent ones are thrown at once as SEND_PERMANENT.
 */
export function createSmtpSender(options: SmtpSenderOptions): MailSender {
  const log = options.logger?.child({ component: 'smtp-sender' });
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: options.connections ?? SMTP_CONNECTIONS,
    // nodemailer's default of 100 messages per connection would reconnect in the middle of a backlog.
    maxMessages: 1000,
    host: options.host,
    port: options.port,
    secure: options.secure,
    ...(options.user ? { auth: { user: options.user, pass: options.pass ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    logger: false,
  });
  const sentFolder = options.sentCopy ? createSentFolder({ ...options.sentCopy, ...(log ? { logger: log } : {}) }) : null;

  return {
    name: `smtp:${options.host}:${options.port}`,
    confirmsDelivery: sentFolder !== null,
    concurrency: options.connections ?? SMTP_CONNECTIONS,

    async send(raw, envelope, messageId) {
      const started = Date.now();
      const info = await retryTransient(
        async () => {
          try {
            return await transport.sendMail({ envelope: { from: envelope.from, to: envelope.to }, raw });
          } catch (error) {
            throw toSendError(error);
          }
        },
        { onRetry: (error, attempt) => log?.warn({ attempt, code: (error as { code?: unknown }).code ?? null }, 'smtp send failed; retrying') },
      );
      // Some recipients refused but others accepted: the message is out, so resending would duplicate it.
      if (info.rejected.length > 0) log?.warn({ rejected: info.rejected.length, accepted: info.accepted.length }, 'smtp server refused some recipients');
      log?.debug({ ms: Date.now() - started, recipients: envelope.to.length }, 'smtp message sent');
      if (!sentFolder) return;
      try {
        await sentFolder.append(raw);
      } catch (error) {
        // The mail went out; failing now would make the outbox send it again. Only wasSent() loses it.
        log?.warn({ code: (error as { code?: unknown }).code ?? null, messageId }, 'sent copy could not be stored');
      }
    },

    async wasSent(messageId) {
      if (!sentFolder) return undefined;
      return sentFolder.contains(messageId);
    },

    async close() {
      transport.close();
      await sentFolder?.close();
    },
  };
}
