import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BotError } from '../errors.js';
import type { MailSender } from '../types.js';

function fileNameFor(messageId: string): string {
  return `${messageId.replace(/[^A-Za-z0-9.@_-]+/g, '_')}.eml`;
}

/**
 * The embedded default "SMTP": every outgoing message becomes one RFC 5322 .eml file, named by its
 * Message-ID, so whether a message went out is a question the file system can answer.
 */
export function createFileSender(options: { path: string }): MailSender {
  const dir = path.resolve(options.path);
  return {
    name: `file:${dir}`,
    confirmsDelivery: true,
    // Each send is a file write and a rename: a few at once overlap the file system's waits.
    concurrency: 4,
    async send(raw, _envelope, messageId) {
      try {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        const target = path.join(dir, fileNameFor(messageId));
        const temporary = `${target}.${process.pid}.tmp`;
        await writeFile(temporary, raw, { mode: 0o600 });
        await rename(temporary, target);
      } catch (cause) {
        throw new BotError('SEND_TRANSIENT', 'could not write the outgoing message file', { cause, retryable: true });
      }
    },
    async wasSent(messageId) {
      try {
        await access(path.join(dir, fileNameFor(messageId)));
        return true;
      } catch {
        return false;
      }
    },
    async close() {},
  };
}
