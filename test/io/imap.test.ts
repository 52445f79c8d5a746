import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll } from 'vitest';
import { createImapSource, type ImapSourceOptions } from '../../src/io/imap.js';
import type { Disposition } from '../../src/types.js';
import { imapLogin, openImap, PRIVACY, uniqueName } from '../support/mailstack.js';
import { describeMailSourceContract } from './mail-source.contract.js';

let helper: ImapFlow;

beforeAll(async () => {
  helper = await openImap(PRIVACY);
});

afterAll(async () => {
  await helper.logout();
});

/** Every raw message in `folder`, or none when it does not exist. */
export async function readFolder(client: ImapFlow, folder: string): Promise<Buffer[]> {
  const status = await client.status(folder, { messages: true }).catch(() => false as const);
  if (!status || !status.messages) return [];
  const lock = await client.getMailboxLock(folder);
  try {
    const messages = await client.fetchAll('1:*', { source: true, uid: true });
    return messages.sort((a, b) => a.uid - b.uid).map((message) => message.source ?? Buffer.alloc(0));
  } finally {
    lock.release();
  }
}

describeMailSourceContract('IMAP (Dovecot on loopback)', async () => {
  const mailbox = uniqueName('Contract');
  const options: ImapSourceOptions = {
    ...imapLogin(PRIVACY),
    mailbox,
    processedFolder: `${mailbox}-Processed`,
    quarantineFolder: `${mailbox}-Quarantine`,
  };
  await helper.mailboxCreate(mailbox);
  const sources = [createImapSource(options)];
  const folderFor = (disposition: Disposition): string => (disposition === 'quarantined' ? options.quarantineFolder : options.processedFolder);
  return {
    source: sources[0] as (typeof sources)[number],
    async deliver(raw) {
      await helper.append(mailbox, raw);
    },
    reopen() {
      const source = createImapSource(options);
      sources.push(source);
      return source;
    },
    finalized: (disposition) => readFolder(helper, folderFor(disposition)),
    async cleanup() {
      await Promise.allSettled(sources.map((source) => source.close()));
      for (const folder of [mailbox, options.processedFolder, options.quarantineFolder]) await helper.mailboxDelete(folder).catch(() => undefined);
    },
  };
});
