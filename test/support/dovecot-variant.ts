import { execFile, spawn } from 'node:child_process';
import { chown, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { promisify } from 'node:util';
import { mailstack } from './mailstack.js';

const run = promisify(execFile);

export interface DovecotVariant {
  port: number;
  /** Runs doveadm against this instance only (e.g. `kick user` drops only its sessions). */
  doveadm(...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForGreeting(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const greeted = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('data', (chunk) => {
        socket.destroy();
        resolve(chunk.toString().startsWith('* OK'));
      });
      socket.once('error', () => resolve(false));
    });
    if (greeted) return;
    if (Date.now() > deadline) throw new Error(`dovecot variant on ${port} did not greet`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A second Dovecot, built from the test stack's generated config plus `extraSettings`, with its own
 * state, mail and IMAP port: for server behaviour the shared stack does not have (e.g. no MOVE).
 */
export async function startDovecotVariant(name: string, extraSettings: string): Promise<DovecotVariant> {
  const stack = mailstack();
  const dir = `${stack.dir}-${name}-${process.pid}`;
  const [imapPort, lmtpPort] = [await freePort(), await freePort()];
  const base = await readFile(`${stack.dir}/dovecot.conf`, 'utf8');
  if (!base.includes(`port = ${stack.imapPort}`)) throw new Error('unexpected dovecot.conf layout: regenerate with scripts/mailstack/start.sh');
  const config = `${base
    .replaceAll(`${stack.dir}/`, `${dir}/`)
    .replace(`port = ${stack.imapPort}`, `port = ${imapPort}`)
    .replace(`port = ${stack.lmtpPort}`, `port = ${lmtpPort}`)}\n${extraSettings}\n`;
  const { stdout: mailUid } = await run('id', ['-u', 'mail']);
  const { stdout: mailGid } = await run('id', ['-g', 'mail']);
  for (const sub of ['log', 'state', 'mail']) await mkdir(`${dir}/${sub}`, { recursive: true });
  await chown(`${dir}/mail`, Number(mailUid), Number(mailGid));
  await copyFile(`${stack.dir}/users`, `${dir}/users`);
  const configFile = `${dir}/dovecot.conf`;
  await writeFile(configFile, config);
  // The master daemonizes; with piped stdio the launcher's pipes would stay open for its whole life.
  await new Promise<void>((resolve, reject) => {
    const launcher = spawn('dovecot', ['-c', configFile], { stdio: 'ignore' });
    launcher.once('error', reject);
    launcher.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`dovecot exited ${String(code)}; see ${dir}/log`))));
  });
  await waitForGreeting(imapPort);
  return {
    port: imapPort,
    async doveadm(...args) {
      return (await run('doveadm', ['-c', configFile, ...args])).stdout;
    },
    async stop() {
      const pid = Number((await readFile(`${dir}/run/master.pid`, 'utf8').catch(() => '')).trim());
      await run('dovecot', ['-c', configFile, 'stop']).catch(() => undefined);
      for (let waited = 0; pid > 0 && waited < 100; waited += 1) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
