import { readFile, readlink } from 'node:fs/promises';
import { hostname } from 'node:os';

/**
 * Who a process is, in terms another process can check later. A pid alone is not enough: Linux reuses
 * pids, and a pid means nothing outside its pid namespace (another container) or kernel (another
 * machine, or this one before a reboot).
 */
export interface ProcessIdentity {
  pid: number;
  /** Field 22 of /proc/<pid>/stat: start time in clock ticks since boot. Null where /proc is missing. */
  startTicks: number | null;
  hostname: string;
  /** /proc/sys/kernel/random/boot_id: changes on every boot of the kernel. */
  bootId: string | null;
  /** readlink /proc/self/ns/pid, e.g. 'pid:[4026531836]': differs between containers. */
  pidNs: string | null;
}

/** What the process table says about a pid right now. */
export type ProcessLook = { state: 'gone' } | { state: 'running'; startTicks: number | null };

async function readOrNull(read: () => Promise<string>): Promise<string | null> {
  try {
    return (await read()).trim();
  } catch {
    return null;
  }
}

/**
 * /proc/<pid>/stat is `pid (comm) state ppid ...`; comm may itself contain spaces and ')', so the fields
 * are counted from the last ')'. proc(5): field 3 is the state, field 22 the start time.
 */
export function parseProcStat(text: string): { state: string; startTicks: number } | null {
  const close = text.lastIndexOf(')');
  if (close < 0) return null;
  const fields = text.slice(close + 2).split(' ');
  const state = fields[0];
  const startTicks = Number(fields[19]);
  if (!state || !Number.isSafeInteger(startTicks)) return null;
  return { state, startTicks };
}

/** This process's identity, read fresh (a forked worker has its own pid and start time). */
export async function readOwnIdentity(): Promise<ProcessIdentity> {
  const [stat, bootId, pidNs] = await Promise.all([
    readOrNull(() => readFile('/proc/self/stat', 'utf8')),
    readOrNull(() => readFile('/proc/sys/kernel/random/boot_id', 'utf8')),
    readOrNull(() => readlink('/proc/self/ns/pid')),
  ]);
  return { pid: process.pid, startTicks: stat === null ? null : (parseProcStat(stat)?.startTicks ?? null), hostname: hostname(), bootId, pidNs };
}

/** True when pids of `other` can be looked up in our process table: same machine, same boot, same pid namespace. */
export function sharesProcessTable(self: ProcessIdentity, other: Pick<ProcessIdentity, 'hostname' | 'bootId' | 'pidNs'>): boolean {
  return self.hostname === other.hostname && self.bootId === other.bootId && self.pidNs === other.pidNs;
}

/** kill(pid, 0) sends nothing; ESRCH means no such process, EPERM one we may not signal. */
function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return true;
    throw error;
  }
}

/**
 * Looks a pid up in this pid namespace. `gone` is only said when it is certain: kill(pid, 0) says ESRCH,
 * /proc has no such entry, or the process is a zombie (it has exited; only its parent has not reaped
 * it yet). A process of another user (EPERM) or one hidden by `hidepid` counts as running.
 */
export async function lookUpProcess(pid: number): Promise<ProcessLook> {
  if (!Number.isSafeInteger(pid) || pid <= 0) throw new RangeError(`not a process id: ${pid}`);
  if (!exists(pid)) return { state: 'gone' };
  let text: string;
  try {
    text = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch {
    // No entry: it exited after kill(), or /proc hides it (hidepid) or is absent; ask kill() again.
    return exists(pid) ? { state: 'running', startTicks: null } : { state: 'gone' };
  }
  const stat = parseProcStat(text);
  if (!stat) return { state: 'running', startTicks: null };
  if (stat.state === 'Z' || stat.state === 'X') return { state: 'gone' };
  return { state: 'running', startTicks: stat.startTicks };
}
