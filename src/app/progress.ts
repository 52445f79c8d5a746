import type { SingleBar } from 'cli-progress';
import { setStatusLine } from '../log.js';

export interface Progress {
  /** `done` of `total` items finished. */
  update: (done: number, total: number) => void;
  stop: () => void;
}

/** Work that ends sooner than this shows no bar at all (a flash of a bar is noise). */
const SHOW_AFTER_MS = 300;

/**
 * A progress bar for long work (a backlog in run-once, eval, export), on stderr and only when stderr
 * is a terminal: never in logs, pipes, cron mail or CI output, and never on stdout, which carries
 * the command's result. `show: false` suppresses it where the result itself goes to that terminal.
 * cli-progress loads only when a bar can be shown.
 */
export async function openProgress(options: { stream?: NodeJS.WriteStream; show?: boolean; now?: () => number } = {}): Promise<Progress | null> {
  const stream = options.stream ?? process.stderr;
  if (!stream.isTTY || options.show === false) return null;
  const { Presets, SingleBar: Bar } = await import('cli-progress');
  const now = options.now ?? (() => performance.now());
  const openedAt = now();
  let bar: SingleBar | null = null;
  const stop = (): void => {
    setStatusLine(null);
    bar?.stop();
    bar = null;
  };
  return {
    update(done, total) {
      if (!bar) {
        if (now() - openedAt < SHOW_AFTER_MS || done >= total) return;
        const shown = new Bar({ stream, clearOnComplete: true, hideCursor: true, etaBuffer: 50, forceRedraw: true }, Presets.shades_classic);
        shown.start(total, done);
        // Pretty log lines go above the bar instead of into it.
        setStatusLine({ clear: () => stream.write('\r\x1b[K'), redraw: () => shown.render() });
        bar = shown;
        return;
      }
      bar.setTotal(total);
      bar.update(done);
      // Done: the bar goes away rather than standing at 100 % over whatever follows (sending, output).
      if (done >= total) stop();
    },
    stop,
  };
}
