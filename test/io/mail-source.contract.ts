import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Disposition, MailSource } from '../../src/types.js';
import { buildRawMessage, uniqueMessageId } from '../support/mailstack.js';

/** One empty mailbox behind a MailSource, plus what a test needs to drive and inspect it. */
export interface MailSourceHarness {
  source: MailSource;
  /** Puts `raw` into the mailbox the way mail arrives there (MTA delivery, IMAP APPEND). */
  deliver(raw: Buffer): Promise<void>;
  /** A second, independent instance over the same mailbox, as after a restart. */
  reopen(): MailSource;
  /** The raw messages now in the place `finalize(…, disposition)` puts mail. */
  finalized(disposition: Disposition): Promise<Buffer[]>;
  cleanup(): Promise<void>;
}

function messageIdOf(raw: Buffer): string | undefined {
  return /^Message-ID:\s*(\S+)/im.exec(raw.toString('utf8'))?.[1];
}

/**
 * The behaviour every MailSource must share (unstorage's driver contract is the model): run it
 * against each adapter with a factory for a fresh, empty mailbox.
 */
export function describeMailSourceContract(name: string, makeHarness: () => Promise<MailSourceHarness>): void {
  describe(`MailSource contract: ${name}`, () => {
    let harness: MailSourceHarness;
    const extraSources: MailSource[] = [];

    beforeEach(async () => {
      harness = await makeHarness();
    });

    afterEach(async () => {
      await Promise.allSettled(extraSources.splice(0).map((source) => source.close()));
      await harness.cleanup();
    });

    async function deliverMany(count: number): Promise<Buffer[]> {
      const raws: Buffer[] = [];
      for (let index = 0; index < count; index += 1) {
        const raw = buildRawMessage({ subject: `Request ${index}`, messageId: uniqueMessageId() });
        await harness.deliver(raw);
        raws.push(raw);
      }
      return raws;
    }

    it('lists nothing in an empty mailbox', async () => {
      expect(await harness.source.list()).toEqual([]);
    });

    it('lists delivered messages oldest first, with their sizes', async () => {
      const raws = await deliverMany(3);
      const listed = await harness.source.list();
      expect(listed).toHaveLength(3);
      const fetched = [];
      for (const message of listed) fetched.push(await harness.source.fetch(message));
      expect(fetched.map(messageIdOf)).toEqual(raws.map(messageIdOf));
      expect(listed.map((message) => message.sizeBytes)).toEqual(raws.map((raw) => raw.length));
      expect(new Set(listed.map((message) => message.sourceId)).size).toBe(3);
      for (const message of listed) {
        if (message.arrivedAt === undefined) continue;
        expect(new Date(message.arrivedAt).toISOString()).toBe(message.arrivedAt);
        expect(Date.parse(message.arrivedAt)).toBeLessThanOrEqual(Date.now() + 1_000);
        expect(Date.parse(message.arrivedAt)).toBeGreaterThan(Date.now() - 3_600_000);
      }
    });

    it('fetches exactly the delivered bytes, and fetching does not consume the message', async () => {
      const [raw] = await deliverMany(1);
      const [message] = await harness.source.list();
      if (!message || !raw) throw new Error('nothing listed');
      const fetched = await harness.source.fetch(message);
      expect(fetched.equals(raw)).toBe(true);
      expect(await harness.source.list()).toEqual([message]);
      expect((await harness.source.fetch(message)).equals(raw)).toBe(true);
    });

    it.each<Disposition>(['processed', 'ignored', 'quarantined'])('finalize(%s) removes the message from list() without losing it', async (disposition) => {
      const [keep, done] = await deliverMany(2);
      const listed = await harness.source.list();
      const target = listed[1];
      if (!target || !done || !keep) throw new Error('nothing listed');
      await harness.source.finalize(target, disposition);
      const after = await harness.source.list();
      expect(after.map((message) => message.sourceId)).toEqual([listed[0]?.sourceId]);
      const stored = await harness.finalized(disposition);
      expect(stored.map(messageIdOf)).toEqual([messageIdOf(done)]);
      expect(stored[0]?.toString('utf8')).toContain(done.toString('utf8').split('\r\n\r\n')[1]);
    });

    it('finalizing twice is harmless', async () => {
      await deliverMany(1);
      const [message] = await harness.source.list();
      if (!message) throw new Error('nothing listed');
      await harness.source.finalize(message, 'processed');
      await harness.source.finalize(message, 'processed');
      expect(await harness.source.list()).toEqual([]);
      expect(await harness.finalized('processed')).toHaveLength(1);
    });

    it('shows a message that arrives after a finalize', async () => {
      await deliverMany(1);
      const [first] = await harness.source.list();
      if (!first) throw new Error('nothing listed');
      await harness.source.finalize(first, 'processed');
      const [late] = await deliverMany(1);
      const listed = await harness.source.list();
      expect(listed).toHaveLength(1);
      expect(listed[0]?.sourceId).not.toBe(first.sourceId);
      const fetched = await harness.source.fetch(listed[0] as (typeof listed)[number]);
      expect(messageIdOf(fetched)).toBe(messageIdOf(late as Buffer));
    });

    it('gives the same list to a new instance (restart), which can carry on', async () => {
      await deliverMany(3);
      const [first] = await harness.source.list();
      if (!first) throw new Error('nothing listed');
      await harness.source.finalize(first, 'processed');
      const before = await harness.source.list();
      await harness.source.close();
      const restarted = harness.reopen();
      extraSources.push(restarted);
      const after = await restarted.list();
      expect(after).toEqual(before);
      const next = after[0];
      if (!next) throw new Error('nothing listed after restart');
      expect(messageIdOf(await restarted.fetch(next))).toBeDefined();
      await restarted.finalize(next, 'quarantined');
      expect(await restarted.list()).toHaveLength(1);
    });
  });
}
