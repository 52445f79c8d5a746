/**
 * Team-command authentication benchmark (node --import tsx bench/team-auth.ts [N]): how long
 * judgeFromDomain (RFC 8601/7489 on the trusted headers) and checkCommandOrigin (age and replay,
 * against a store already holding N remembered commands) take per message, for Google Workspace,
 * Microsoft 365 and Postfix-shaped mail, and how many bytes one remembered command adds to db.json.
 * Prints figures; it asserts nothing.
 */
import { judgeFromDomain, trustedServerOf } from '../src/core/auth-results.js';
import { applyChanges, emptyDb } from '../src/core/store-changes.js';
import { checkCommandOrigin, DEFAULT_TEAM_COMMAND_MAX_AGE_MS, rememberCommand } from '../src/core/team-replay.js';
import { parseMail } from '../src/io/mime.js';
import { assemble, gmailResults, gmailSigned, gmailTop, m365Bottom, m365Results, m365Top, outlookSigned, postfixSigned, postfixTop } from '../test/support/provider-mail.js';

const remembered = Number(process.argv[2] ?? 10_000);
const NOW = '2026-03-02T17:00:00.000Z';
const AT = '2026-03-02T16:50:00.000Z';
const letter = (signed: string[]) => ({ from: 'Sam <team@example.test>', subject: 'Re: case', body: 'done', messageId: 'sam@example.test', inReplyTo: 'pi.bot@example.test', at: AT, signed });

const cases = [
  { name: 'Google Workspace', trust: trustedServerOf({ trustedAuthservId: 'mx.google.com' }), raw: assemble(gmailTop(AT, gmailResults({ domain: 'example.test', mailfrom: 'team@example.test', seed: 'g' })), letter(gmailSigned({ domain: 'example.test', seed: 'g', at: AT }))) },
  { name: 'Microsoft 365', trust: trustedServerOf({ trustedAuthservId: null, authResultsMode: 'microsoft365' }), raw: assemble(m365Top(AT, m365Results({ mailfrom: 'example.test', d: 'example.test', from: 'example.test' })), letter(outlookSigned({ domain: 'example.test', seed: 'm' })), m365Bottom('Anonymous')) },
  { name: 'Postfix+OpenDKIM+OpenDMARC', trust: trustedServerOf({ trustedAuthservId: 'mx.example.test', trustedAuthservHeaders: 3 }), raw: assemble(postfixTop('mx.example.test', { domain: 'example.test', seed: 'p', at: AT }), letter(postfixSigned({ domain: 'example.test', seed: 'p', at: AT }))) },
];

const db = emptyDb();
for (let index = 0; index < remembered; index++) {
  applyChanges(db, [rememberCommand({ ok: true, keys: [`dkim:${index.toString(16).padStart(64, '0')}`], writtenAt: AT }, { now: NOW, caseId: `PR-2026-${String(index).padStart(4, '0')}`, botMessageId: `pi.${index}@example.test`, maxAgeMs: DEFAULT_TEAM_COMMAND_MAX_AGE_MS })]);
}
const bytesPerEntry = Math.round(JSON.stringify(db.teamCommands).length / remembered);
console.log(`store: ${remembered} remembered commands, ${bytesPerEntry} bytes each in db.json`);

const rounds = 20_000;
for (const entry of cases) {
  const mail = await parseMail(Buffer.from(entry.raw), { maxBytes: 1_000_000 });
  let verdict = '';
  let started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) verdict = judgeFromDomain(mail, entry.trust).verdict;
  const judgeUs = Number(process.hrtime.bigint() - started) / 1000 / rounds;
  let origin = false;
  started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) origin = checkCommandOrigin(mail, 'example.test', 'pi.bot@example.test', db, NOW, DEFAULT_TEAM_COMMAND_MAX_AGE_MS).ok;
  const originUs = Number(process.hrtime.bigint() - started) / 1000 / rounds;
  console.log(`${entry.name.padEnd(28)} judgeFromDomain ${judgeUs.toFixed(1)} µs (${verdict}), checkCommandOrigin ${originUs.toFixed(1)} µs (${origin ? 'new' : 'refused'})`);
}
const pruneStarted = process.hrtime.bigint();
applyChanges(db, [rememberCommand({ ok: true, keys: ['dkim:new'], writtenAt: NOW }, { now: '2026-03-09T17:00:00.000Z', caseId: null, botMessageId: 'pi.x@example.test', maxAgeMs: DEFAULT_TEAM_COMMAND_MAX_AGE_MS })]);
console.log(`pruning ${remembered} expired fingerprints: ${(Number(process.hrtime.bigint() - pruneStarted) / 1e6).toFixed(1)} ms, ${Object.keys(db.teamCommands ?? {}).length} left`);
