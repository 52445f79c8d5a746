import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { createMaildirSource } from '../../src/io/maildir.js';
import type { Disposition } from '../../src/types.js';
import { describeMailSourceContract } from './mail-source.contract.js';

let deliveries = 0;

/** Delivers like an MDA (Maildir spec, cr.yp.to/proto/maildir.html): write into tmp/, then rename into new/. */
async function deliverToMaildir(root: string, raw: Buffer): Promise<void> {
  deliveries += 1;
  const name = `${Math.floor(Date.now() / 1000)}.M${process.hrtime.bigint()}P${process.pid}Q${deliveries}.${hostname()}`;
  await writeFile(path.join(root, 'tmp', name), raw);
  await rename(path.join(root, 'tmp', name), path.join(root, 'new', name));
}

async function readMaildirCur(dir: string): Promise<Buffer[]> {
  const names = await readdir(path.join(dir, 'cur')).catch(() => [] as string[]);
  return Promise.all(names.sort().map((name) => readFile(path.join(dir, 'cur', name))));
}

describeMailSourceContract('Maildir', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'privacy-inbox-maildir-'));
  // The contract delivers as an MDA does (tmp/, then rename), which the Maildir spec says is complete
  // at once; settleMs 0 trusts that. Files dropped straight into new/ are tested in maildir-settle.test.ts.
  const source = createMaildirSource({ path: root, settleMs: 0 });
  // list() creates new/cur/tmp, as a freshly configured bot would on first start.
  await source.list();
  const placeFor = (disposition: Disposition): string => (disposition === 'quarantined' ? path.join(root, '.Quarantine') : root);
  return {
    source,
    deliver: (raw) => deliverToMaildir(root, raw),
    reopen: () => createMaildirSource({ path: root, settleMs: 0 }),
    finalized: (disposition) => readMaildirCur(placeFor(disposition)),
    async cleanup() {
      await rm(root, { recursive: true, force: true });
    },
  };
});
