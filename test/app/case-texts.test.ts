import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { listCaseOutbox, loadCaseMessages, loadRequestText, MAX_MESSAGE_TEXT_CHARS, MAX_REQUEST_TEXT_CHARS } from '../../src/app/case-texts.js';
import { emptyDb } from '../../src/core/store-changes.js';
import { saveRawMessage } from '../../src/io/blobs.js';
import { createLogger } from '../../src/log.js';
import type { CaseRecord, DbData, MessageRecord, OutboxItem } from '../../src/types.js';
import { buildMail } from '../support/build-mail.js';

const CASE_ID = 'PR-2026-0001';
const MAX_BYTES = 1024 * 1024;

let dataDir: string;
let db: DbData;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'pi-texts-'));
  db = emptyDb();
});

function caseWith(messageKeys: string[]): CaseRecord {
  const record: CaseRecord = {
    id: CASE_ID,
    requester: { address: 'alex@example.net', name: 'Alex Doe' },
    subject: 'Please delete my data',
    labels: ['deletion'],
    primary: 'deletion',
    language: 'en',
    state: 'received',
    receivedAt: '2026-03-02T17:00:00.000Z',
    dueAt: '2026-04-15T23:59:59.999Z',
    messageKeys,
    threadIds: [],
    events: [],
    flags: [],
  };
  db.cases[CASE_ID] = record;
  return record;
}

function messageRecord(key: string, blob: string | null, receivedAt: string): MessageRecord {
  return { key, messageId: key, receivedAt, source: 'maildir', sourceId: key, status: 'case', reason: null, caseId: CASE_ID, fromHash: null, attachments: [], sizeBytes: 0, verdict: null, blob, attempts: 0 };
}

/** Files raw mail the way poll-inbox does: blob under DATA_DIR/messages, record in the store. */
async function file(key: string, raw: string | Buffer, receivedAt = '2026-03-02T17:00:00.000Z'): Promise<void> {
  const blob = await saveRawMessage(dataDir, key, Buffer.isBuffer(raw) ? raw : Buffer.from(raw));
  db.messages[key] = messageRecord(key, blob, receivedAt);
}

const REQUEST = buildMail({ subject: 'Please delete my data', body: 'Hello,\n\nPlease delete my account and everything you hold about me.\n\nAlex', messageId: 'req-1@example.net' });

const FOLLOW_UP = [
  'From: Alex Doe <alex@example.net>',
  'To: privacy@example.test',
  'Subject: Re: Please delete my data [PR-2026-0001]',
  'Date: Tue, 03 Mar 2026 10:00:00 +0000',
  'Message-ID: <req-2@example.net>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'DELETE. My ID card is attached.',
  '',
  'On Mon, 2 Mar 2026 at 10:00, Privacy <privacy@example.test> wrote:',
  '> Your one-time code is ABCD-EFGH',
  '--b1',
  'Content-Type: application/pdf; name="id-card.pdf"',
  'Content-Disposition: attachment; filename="id-card.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('%PDF-1.4 not really').toString('base64'),
  '--b1--',
  '',
].join('\r\n');

function captureLogs(): { lines: string[]; logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

describe('loadCaseMessages', () => {
  it('reads every filed message from its raw mail, in the order it joined the case', async () => {
    await file('req-1@example.net', REQUEST);
    await file('req-2@example.net', FOLLOW_UP, '2026-03-03T10:00:05.000Z');
    const messages = await loadCaseMessages({ dataDir, maxMessageBytes: MAX_BYTES }, db, caseWith(['req-1@example.net', 'req-2@example.net']));

    expect(messages.map((message) => message.key)).toEqual(['req-1@example.net', 'req-2@example.net']);
    expect(messages[0]).toMatchObject({
      receivedAt: '2026-03-02T17:00:00.000Z',
      from: 'alex@example.net',
      subject: 'Please delete my data',
      date: '2026-03-02T09:00:00.000Z',
      status: 'case',
      attachments: [],
      clipped: false,
      error: null,
    });
    expect(messages[0]?.text).toContain('Please delete my account and everything you hold about me.');
    expect(messages[1]?.text).toContain('DELETE. My ID card is attached.');
    expect(messages[1]?.text).toContain('> Your one-time code is ABCD-EFGH');
    expect(messages[1]?.newText).toBe('DELETE. My ID card is attached.');
    expect(messages[1]?.attachments).toEqual([{ filename: 'id-card.pdf', contentType: 'application/pdf', size: 19 }]);
  });

  it('gives an entry with an error, never a throw, for purged, absent and unparseable mail', async () => {
    await file('good@example.net', REQUEST);
    await file('garbage@example.net', Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x41]));
    await file('deleted@example.net', REQUEST);
    await rm(path.join(dataDir, db.messages['deleted@example.net']?.blob ?? ''));
    db.messages['never-kept@example.net'] = messageRecord('never-kept@example.net', null, '2026-03-04T08:00:00.000Z');
    const keys = ['garbage@example.net', 'deleted@example.net', 'never-kept@example.net', 'no-record@example.net', 'good@example.net'];
    const { lines, logger } = captureLogs();

    const messages = await loadCaseMessages({ dataDir, maxMessageBytes: MAX_BYTES }, db, caseWith(keys), logger);

    expect(messages.map((message) => [message.key, message.error, message.text === null])).toEqual([
      ['garbage@example.net', 'unreadable', true],
      ['deleted@example.net', 'missing', true],
      ['never-kept@example.net', 'missing', true],
      ['no-record@example.net', 'missing', true],
      ['good@example.net', null, false],
    ]);
    expect(messages[2]).toMatchObject({ receivedAt: '2026-03-04T08:00:00.000Z', status: 'case', from: null, subject: null });
    expect(messages[3]).toMatchObject({ receivedAt: null, status: null });
    expect(lines.join('')).toContain('raw message unreadable');
    expect(lines.join('')).toContain('raw message missing');
  });

  it('treats a file over MAX_MESSAGE_BYTES as unreadable', async () => {
    await file('req-1@example.net', REQUEST);
    const [message] = await loadCaseMessages({ dataDir, maxMessageBytes: 100 }, db, caseWith(['req-1@example.net']));
    expect(message).toMatchObject({ error: 'unreadable', text: null });
  });

  it('never reads a blob outside DATA_DIR/messages', async () => {
    await writeFile(path.join(dataDir, 'elsewhere.eml'), REQUEST);
    db.messages['req-1@example.net'] = messageRecord('req-1@example.net', 'messages/../elsewhere.eml', '2026-03-02T17:00:00.000Z');
    const [message] = await loadCaseMessages({ dataDir, maxMessageBytes: MAX_BYTES }, db, caseWith(['req-1@example.net']));
    expect(message).toMatchObject({ error: 'unreadable', text: null });
  });

  it('clips text at 20,000 characters and says so', async () => {
    const long = `${'a'.repeat(MAX_MESSAGE_TEXT_CHARS - 1)}😀tail`;
    await file('long@example.net', buildMail({ subject: 'Long', body: long, messageId: 'long@example.net' }));
    const [message] = await loadCaseMessages({ dataDir, maxMessageBytes: MAX_BYTES }, db, caseWith(['long@example.net']));
    expect(message?.clipped).toBe(true);
    // The emoji straddles the limit: it is dropped whole, not cut in half.
    expect(message?.text).toBe('a'.repeat(MAX_MESSAGE_TEXT_CHARS - 1));
    expect(message?.newText?.length).toBeLessThanOrEqual(MAX_MESSAGE_TEXT_CHARS);
  });

  it('logs which file failed without any of its content', async () => {
    const secret = buildMail({ from: 'Secret Person <secret.person@example.net>', subject: 'My diagnosis', body: 'confidential body text', messageId: 'big@example.net' });
    await file('big@example.net', secret);
    const { lines, logger } = captureLogs();
    await loadCaseMessages({ dataDir, maxMessageBytes: 100 }, db, caseWith(['big@example.net']), logger);
    const logged = lines.join('');
    expect(logged).toContain(CASE_ID);
    expect(logged).toContain(db.messages['big@example.net']?.blob);
    for (const leak of ['secret.person', 'diagnosis', 'confidential', 'big@example.net']) expect(logged).not.toContain(leak);
  });
});

describe('loadRequestText', () => {
  it('is what the requester wrote in the first message, with its attachments', async () => {
    await file('req-2@example.net', FOLLOW_UP);
    await file('req-3@example.net', REQUEST);
    const request = await loadRequestText({ dataDir, maxMessageBytes: MAX_BYTES }, db, caseWith(['req-2@example.net', 'req-3@example.net']));
    expect(request).toEqual({
      key: 'req-2@example.net',
      receivedAt: '2026-03-02T17:00:00.000Z',
      text: 'DELETE. My ID card is attached.',
      clipped: false,
      attachments: [{ filename: 'id-card.pdf', contentType: 'application/pdf', size: 19 }],
      error: null,
    });
  });

  it('clips the request at 6,000 characters', async () => {
    await file('long@example.net', buildMail({ subject: 'Long', body: 'x'.repeat(9_000), messageId: 'long@example.net' }));
    const request = await loadRequestText({ dataDir, maxMessageBytes: MAX_BYTES }, db, caseWith(['long@example.net']));
    expect(request?.text).toHaveLength(MAX_REQUEST_TEXT_CHARS);
    expect(request?.clipped).toBe(true);
  });

  it('never passes a later message off as the request when the first cannot be read', async () => {
    await file('garbage@example.net', Buffer.from('\u0000\u0001 not mail'));
    await file('req-2@example.net', FOLLOW_UP);
    const request = await loadRequestText({ dataDir, maxMessageBytes: MAX_BYTES }, db, caseWith(['garbage@example.net', 'req-2@example.net']));
    expect(request).toMatchObject({ key: 'garbage@example.net', text: null, error: 'unreadable' });
  });

  it('is null for a case without messages', async () => {
    expect(await loadRequestText({ dataDir, maxMessageBytes: MAX_BYTES }, db, caseWith([]))).toBeNull();
  });
});

describe('listCaseOutbox', () => {
  function item(key: string, caseId: string | null, createdAt: string, extra: Partial<OutboxItem> = {}): OutboxItem {
    return {
      key,
      messageId: `${key}@bot`,
      caseId,
      templateId: key.split(':')[1] ?? 'x',
      to: [{ address: 'alex@example.net', name: 'Alex' }],
      toHash: 'h',
      vars: { secret: 'never shown' },
      inReplyTo: null,
      references: [],
      subject: `subject of ${key}`,
      state: 'sent',
      createdAt,
      sentAt: createdAt,
      attempts: 1,
      lastError: null,
      ...extra,
    };
  }

  it('lists only this case, oldest first, keeping the order of one pass', () => {
    const record = caseWith([]);
    for (const entry of [
      item(`${CASE_ID}:team-escalation:1`, CASE_ID, '2026-03-03T09:00:00.000Z', { to: [{ address: 'a@team.test', name: '' }, { address: 'b@team.test', name: '' }], state: 'pending', sentAt: null }),
      item(`${CASE_ID}:acknowledgement:1`, CASE_ID, '2026-03-02T17:00:00.000Z'),
      item('PR-2026-0002:acknowledgement:1', 'PR-2026-0002', '2026-03-02T17:00:00.000Z'),
      item('digest:2026-W10', null, '2026-03-02T17:00:00.000Z'),
      item(`${CASE_ID}:completion:1`, CASE_ID, '2026-03-03T09:00:00.000Z'),
    ]) db.outbox[entry.key] = entry;

    expect(listCaseOutbox(db, record)).toEqual([
      { key: `${CASE_ID}:acknowledgement:1`, templateId: 'acknowledgement', to: 'alex@example.net', subject: `subject of ${CASE_ID}:acknowledgement:1`, state: 'sent', createdAt: '2026-03-02T17:00:00.000Z', sentAt: '2026-03-02T17:00:00.000Z' },
      { key: `${CASE_ID}:team-escalation:1`, templateId: 'team-escalation', to: 'a@team.test, b@team.test', subject: `subject of ${CASE_ID}:team-escalation:1`, state: 'pending', createdAt: '2026-03-03T09:00:00.000Z', sentAt: null },
      { key: `${CASE_ID}:completion:1`, templateId: 'completion', to: 'alex@example.net', subject: `subject of ${CASE_ID}:completion:1`, state: 'sent', createdAt: '2026-03-03T09:00:00.000Z', sentAt: '2026-03-03T09:00:00.000Z' },
    ]);
  });
});
