import type { Logger } from 'pino';
import { emptyJobRecord, recordFailure, recordStart, recordSuccess, type JobName, type JobRecord } from '../core/job-record.js';
import { readJobRecord, writeJobRecord } from '../io/job-status.js';

/**
 * Runs one job and records its start, success or failure in DATA_DIR/status/<job>.json for
 * `privacy-inbox status`. The job's result or error passes through unchanged; a record that cannot be
 * written is logged, never allowed to fail the job it describes.
 */
export async function recordJobRun<T>(options: { dataDir: string; job: JobName; now: () => string; logger: Logger; dryRun?: boolean }, run: () => Promise<T>): Promise<T> {
  const { dataDir, job, now, logger } = options;
  // A dry run writes nothing, its job records included.
  if (options.dryRun) return run();
  const save = async (record: JobRecord): Promise<void> => {
    try {
      await writeJobRecord(dataDir, record);
    } catch (error) {
      logger.warn({ job, err: { message: error instanceof Error ? error.message : String(error) } }, 'could not record the job status');
    }
  };
  let record = (await readJobRecord(dataDir, job).catch(() => null)) ?? emptyJobRecord(job);
  record = recordStart(record, now());
  await save(record);
  try {
    const result = await run();
    await save(recordSuccess(record, now(), result));
    return result;
  } catch (error) {
    await save(recordFailure(record, now(), error));
    throw error;
  }
}
