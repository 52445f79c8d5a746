/**
 * Child process of bench/fuzz.ts: builds the hostile messages and streams them on stdout, so the
 * benchmark's own peak RSS is what reading them costs, not what building them costs. Arguments:
 * first seed, count, scale. Each message is a frame: 4-byte length and a JSON header
 * ({ seed, kind, detail }), then 4-byte length and the raw bytes.
 */
import { once } from 'node:events';
import { hostileMail } from '../test/support/hostile-mail.js';

const [first = 1, count = 0, scale = 1] = process.argv.slice(2).map(Number);

function length(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value);
  return out;
}

for (let seed = first; seed < first + count; seed += 1) {
  const mail = hostileMail(seed, { scale });
  const header = Buffer.from(JSON.stringify({ seed, kind: mail.kind, detail: mail.detail }));
  const frame = Buffer.concat([length(header.length), header, length(mail.raw.length), mail.raw]);
  if (!process.stdout.write(frame)) await once(process.stdout, 'drain');
}
