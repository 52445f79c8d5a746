import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImapSource, DONE_KEYWORD, type ImapSourceOptions } from '../../src/io/imap.js';
import type { Disposition } from '../../src/types.js';
import { startDovecotVariant, type DovecotVariant } from '../support/dovecot-variant.js';
import { buildRawMessage, imapLogin, openImapAt, PRIVACY, uniqueName } from '../support/mailstack.js';
import { describeMailSourceContract } from './mail-source.contract.js';

/**
 * A server without MOVE (RFC 6851) and without UIDPLUS (RFC 4315), like some older servers: the
 * source must not fall back to imapflow's COPY + \Deleted + EXPUNGE, which without UID EXPUNGE
 * would also expunge mail other clients had flagged \Deleted.
 */
let server: DovecotVariant;
let helper: ImapFlow;

beforeAll(async () => {
  server = await startDovecotVariant('nomove', 'imap_capability = IMAP4rev1 LITERAL+ SASL-IR ID ENABLE IDLE NAMESPACE UNSELECT CHILDREN');
  helper = await openImapAt(PRIVACY, server.port);
});

afterAll(async () => {
  await helper?.logout();
  await server?.stop();
});

async function readFolder(folder: string): Promise<Array<{ raw: Buffer; flags: string[] }>> {
  const lock = await helper.getMailboxLock(folder).catch(() => null);
  if (!lock) return [];
  try {
    await helper.noop();
    if (!helper.mailbox || helper.mailbox.exists === 0) return [];
    const messages = await helper.fetchAll('1:*', { source: true, flags: true, uid: true });
    return messages.sort((a, b) => a.uid - b.uid).map((message) => ({ raw: message.source ?? Buffer.alloc(0), flags: [...(message.flags ?? [])] }));
  } finally {
    lock.release();
  }
}

function optionsFor(mailbox: string): ImapSourceOptions {
  return { ...imapLogin(PRIVACY), port: server.port, mailbox, processedFolder: `${mailbox}-Processed`, quarantineFolder: `${mailbox}-Quarantine` };
}

describeMailSourceContract('IMAP without MOVE or UIDPLUS (copy + keyword)', async () => {
  const mailbox = uniqueName('NoMove');
  const options = optionsFor(mailbox);
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
    finalized: async (disposition) => (await readFolder(folderFor(disposition))).map((message) => message.raw),
    async cleanup() {
      await Promise.allSettled(sources.map((source) => source.close()));
      for (const folder of [mailbox, options.processedFolder, options.quarantineFolder]) await helper.mailboxDelete(folder).catch(() => undefined);
    },
  };
});

describe('IMAP without MOVE or UIDPLUS', () => {
  it('copies, marks the original with the keyword, and never expunges what others flagged \\Deleted', async () => {
    const mailbox = uniqueName('NoMove');
    const options = optionsFor(mailbox);
    await helper.mailboxCreate(mailbox);
    const source = createImapSource(options);
    try {
      const othersTrash = buildRawMessage({ subject: 'someone else deleted this' });
      const request = buildRawMessage({ subject: 'request' });
      await helper.append(mailbox, othersTrash, ['\\Deleted']);
      await helper.append(mailbox, request);
      const listed = await source.list();
      expect(listed).toHaveLength(1);
      await source.finalize(listed[0] as (typeof listed)[number], 'processed');
      const left = await readFolder(mailbox);
      expect(left.map((message) => message.raw)).toEqual([othersTrash, request]);
      expect(left[1]?.flags).toEqual(expect.arrayContaining([DONE_KEYWORD, '\\Seen']));
      expect((await readFolder(options.processedFolder)).map((message) => message.raw)).toEqual([request]);
      expect(await source.list()).toEqual([]);
    } finally {
      await source.close();
      for (const folder of [mailbox, options.processedFolder]) await helper.mailboxDelete(folder).catch(() => undefined);
    }
  });
});
