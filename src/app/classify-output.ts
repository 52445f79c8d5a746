/**
 * What `classify` prints, in file order (src/app/classify-files.ts). Apart from classify-file.ts so
 * the pool can collect its workers' results before this thread has loaded the mail parser.
 */

/** One file's line for stdout, or its error for stderr (kept in file order either way). */
export interface FileResult {
  out: string;
  error: string | null;
}

/** Output is written in blocks: one write per file costs more than classifying it. */
const FLUSH_AT_CHARS = 64 * 1024;

/** Writes results in file order: verdicts in blocks, each error on stderr where it falls among them. */
export function createOrderedWriter(): { write(result: FileResult): void; flush(): void } {
  let pending = '';
  const flush = (): void => {
    if (pending) process.stdout.write(pending);
    pending = '';
  };
  return {
    write(result) {
      pending += result.out;
      if (result.error !== null) {
        process.exitCode = 1;
        if (result.error) {
          flush();
          process.stderr.write(result.error);
        }
      }
      if (pending.length >= FLUSH_AT_CHARS) flush();
    },
    flush,
  };
}
