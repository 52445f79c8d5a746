import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openProgress } from '../../src/app/progress.js';
import { createLogger } from '../../src/log.js';

/** A terminal stand-in: isTTY, a width, and the cursor calls cli-progress makes. */
function fakeTerminal(): NodeJS.WriteStream & { text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  }) as unknown as NodeJS.WriteStream & { text: () => string };
  Object.assign(stream, { isTTY: true, columns: 80, cursorTo: (x: number, _y?: unknown, cb?: () => void) => { text += `<col ${x}>`; cb?.(); return true; }, clearLine: () => true, moveCursor: () => true, text: () => text });
  return stream;
}

describe('progress bar', () => {
  it('is never shown when the stream is not a terminal, or when told not to', async () => {
    const pipe = new Writable({ write: (_chunk, _encoding, done) => done() }) as unknown as NodeJS.WriteStream;
    expect(await openProgress({ stream: pipe })).toBeNull();
    expect(await openProgress({ stream: fakeTerminal(), show: false })).toBeNull();
  });

  it('stays hidden for short work and appears once the work has run for a moment', async () => {
    const terminal = fakeTerminal();
    let clock = 0;
    const progress = await openProgress({ stream: terminal, now: () => clock });
    progress?.update(1, 100);
    expect(terminal.text()).toBe('');
    clock = 1000;
    progress?.update(40, 100);
    progress?.update(41, 100);
    expect(terminal.text()).toContain('40/100');
    const shown = terminal.text().length;
    progress?.update(100, 100);
    // Done: the bar is cleared and the cursor comes back (cli-progress's clearOnComplete).
    expect(terminal.text().slice(shown)).toContain('\x1b[?25h');
    progress?.update(100, 100);
    progress?.stop();
  });

  it('finished work within the moment shows nothing at all', async () => {
    const terminal = fakeTerminal();
    let clock = 0;
    const progress = await openProgress({ stream: terminal, now: () => clock });
    clock = 5000;
    progress?.update(10, 10);
    progress?.stop();
    expect(terminal.text()).toBe('');
  });
});

describe('log format', () => {
  it('writes JSON lines to an explicit destination whatever the format, with redaction', () => {
    let text = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    createLogger('info', sink, 'pretty').info({ subject: 'Delete my data', caseId: 'PR-2026-0001' }, 'message handled');
    const line = JSON.parse(text) as Record<string, unknown>;
    expect(line).toMatchObject({ msg: 'message handled', caseId: 'PR-2026-0001', subject: '[redacted]' });
  });
});
