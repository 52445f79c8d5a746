import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { JOB_NAMES, parseJobRecord, type JobName, type JobRecord } from '../core/job-record.js';

/**
 * One small file per job under DATA_DIR/status, each written only by that job (bree never runs a job
 * beside itself, and `run-once` holds the data-dir lock), so no file has two writers and db.json
 * keeps its one writer (docs/style.md section 6). Readers (`status`, `/health`) never write.
 */
export const STATUS_DIR = 'status';

export function jobStatusFile(dataDir: string, job: JobName): string {
  return path.join(dataDir, STATUS_DIR, `${job}.json`);
}

/** The job's record, or null when it never ran or its file is unreadable. */
export async function readJobRecord(dataDir: string, job: JobName): Promise<JobRecord | null> {
  let text: string;
  try {
    text = await readFile(jobStatusFile(dataDir, job), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return parseJobRecord(JSON.parse(text), job);
  } catch {
    return null;
  }
}

export async function readJobRecords(dataDir: string): Promise<Partial<Record<JobName, JobRecord>>> {
  const records: Partial<Record<JobName, JobRecord>> = {};
  for (const job of JOB_NAMES) {
    const record = await readJobRecord(dataDir, job);
    if (record) records[job] = record;
  }
  return records;
}

/**
 * Replaces the record atomically: written to a temporary file beside it, then renamed over it
 * (rename(2) is atomic within a file system), so a reader sees the old record or the new one, never
 * half of one. Private like every data file (0700 directory, 0600 file).
 */
export async function writeJobRecord(dataDir: string, record: JobRecord): Promise<void> {
  const file = jobStatusFile(dataDir, record.job);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
