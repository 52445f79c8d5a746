import { spawnSync } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const UNIT = path.resolve('deploy/systemd/privacy-inbox.service');
const WRAPPER = path.resolve('deploy/bin/privacy-inbox');

function which(command: string): string | null {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

const ANALYZE = which('systemd-analyze');
// CI installs it (.ci/run); a developer machine without systemd skips, and says why in the test name.
const SKIP_ANALYZE = ANALYZE ? '' : ' (SKIPPED: systemd-analyze is not installed; apt-get install systemd)';

/** key -> values of one section (a key may repeat, e.g. SystemCallFilter=). */
async function unitSection(section: string): Promise<Map<string, string[]>> {
  const entries = new Map<string, string[]>();
  let current = '';
  for (const raw of (await readFile(UNIT, 'utf8')).split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      current = header[1] as string;
      continue;
    }
    if (current !== section) continue;
    const eq = line.indexOf('=');
    const key = line.slice(0, eq);
    entries.set(key, [...(entries.get(key) ?? []), line.slice(eq + 1)]);
  }
  return entries;
}

/**
 * The unit as shipped, or, where node is not at /usr/bin/node (a CI image with Node elsewhere), a copy
 * pointing at this node: verify checks that ExecStart's binary exists, which is a fact of the machine.
 */
async function unitToVerify(dir: string, text?: string): Promise<string> {
  const original = text ?? (await readFile(UNIT, 'utf8'));
  const target = path.join(dir, 'privacy-inbox.service');
  await writeFile(target, existsSync('/usr/bin/node') ? original : original.replaceAll('/usr/bin/node', process.execPath));
  return target;
}

function analyze(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(ANALYZE as string, args, { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('systemd unit', () => {
  it.skipIf(!ANALYZE)(`passes systemd-analyze verify with no warning at all${SKIP_ANALYZE}`, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-unit-'));
    try {
      const result = analyze('verify', await unitToVerify(dir));
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      // The check has teeth: a misspelt value and an unknown key are reported (on stderr, exit 0).
      const broken = (await readFile(UNIT, 'utf8')).replace('ProtectSystem=strict', 'ProtectSystem=strcit\nNoNewPrivilege=yes');
      const bad = analyze('verify', await unitToVerify(dir, broken));
      expect(bad.stderr).toMatch(/ProtectSystem|strcit/);
      expect(bad.stderr).toMatch(/Unknown key.*NoNewPrivilege/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!ANALYZE)(`is hardened: systemd-analyze security rates its exposure at 2.0 or lower ("OK")${SKIP_ANALYZE}`, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-unit-'));
    try {
      const result = analyze('security', '--offline=yes', '--threshold=20', await unitToVerify(dir));
      const exposure = Number(/Overall exposure level for privacy-inbox\.service: ([\d.]+)/.exec(result.stdout + result.stderr)?.[1]);
      expect(exposure).toBeLessThanOrEqual(2.0);
      expect(result.status).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('runs `node dist/src/cli.js start` as a dedicated user, may write DATA_DIR only, and restarts on failure but not on bad config', async () => {
    const service = await unitSection('Service');
    const one = (key: string): string | undefined => service.get(key)?.at(-1);
    expect(one('ExecStart')).toMatch(/^\/usr\/bin\/node --env-file=\/etc\/privacy-inbox\/privacy-inbox\.env \/opt\/privacy-inbox\/dist\/src\/cli\.js start$/);
    expect(one('User')).toBe('privacy-inbox');
    const dataDir = /^DATA_DIR=(.+)$/.exec(one('Environment') ?? '')?.[1];
    expect(dataDir).toBe('/var/lib/privacy-inbox');
    expect(one('ReadWritePaths')).toBe(dataDir);
    expect(`/var/lib/${one('StateDirectory')}`).toBe(dataDir);
    expect(one('StateDirectoryMode')).toBe('0700');
    expect(one('UMask')).toBe('0077');
    for (const [key, value] of [['ProtectSystem', 'strict'], ['NoNewPrivileges', 'yes'], ['PrivateTmp', 'yes'], ['ProtectHome', 'yes'], ['Restart', 'on-failure'], ['RestartPreventExitStatus', '78']]) {
      expect(one(key as string), key).toBe(value);
    }
    // V8 compiles JavaScript to machine code at run time: W^X would kill node.
    expect(service.has('MemoryDenyWriteExecute')).toBe(false);
  });
});

describe('deploy/bin/privacy-inbox (commands as the service runs them)', () => {
  const SETPRIV = which('setpriv');
  const root = process.getuid?.() === 0;
  const reason = root && SETPRIV ? '' : ' (SKIPPED: needs root and setpriv to switch users)';

  it('agrees with the unit on the env file and DATA_DIR', async () => {
    const wrapper = await readFile(WRAPPER, 'utf8');
    const service = await unitSection('Service');
    expect(wrapper).toContain('ENV_FILE=${PRIVACY_INBOX_ENV_FILE:-/etc/privacy-inbox/privacy-inbox.env}');
    expect(wrapper).toContain(`DATA_DIR=\${PRIVACY_INBOX_DATA_DIR:-${service.get('ReadWritePaths')?.[0]}}`);
    expect(wrapper).toContain(`SERVICE_USER=\${PRIVACY_INBOX_USER:-${service.get('User')?.[0]}}`);
    expect((await stat(WRAPPER)).mode & 0o111).not.toBe(0);
    expect(spawnSync('sh', ['-n', WRAPPER]).status).toBe(0);
  });

  it.skipIf(!(root && SETPRIV))(`runs the CLI as the service user with the env file's settings, not the caller's${reason}`, async () => {
    expect(existsSync(path.resolve('dist/src/cli.js')), 'dist/ is built by npm test (tsc -p tsconfig.build.json)').toBe(true);
    const base = await mkdtemp(path.join(tmpdir(), 'pi-wrapper-'));
    try {
      await chmod(base, 0o755);
      const dataDir = path.join(base, 'data');
      await mkdir(dataDir, { mode: 0o700 });
      await chown(dataDir, 65534, 65534);
      const envFile = path.join(base, 'privacy-inbox.env');
      await writeFile(envFile, 'TIMEZONE=Europe/Berlin\nPRIVACY_ADDRESS=privacy@example.test\nDIGEST_CRON="0 8 * * 1"\n', { mode: 0o644 });
      const env = {
        PATH: process.env.PATH ?? '',
        PRIVACY_INBOX_USER: 'nobody',
        PRIVACY_INBOX_APP_DIR: process.cwd(),
        PRIVACY_INBOX_ENV_FILE: envFile,
        PRIVACY_INBOX_DATA_DIR: dataDir,
        PRIVACY_INBOX_NODE: process.execPath,
        // The caller's own settings must not leak into the service's view.
        TIMEZONE: 'UTC',
        DRY_RUN: '1',
      };
      const once = spawnSync(WRAPPER, ['run-once'], { env, encoding: 'utf8', timeout: 60_000 });
      expect(once.stderr).not.toMatch(/"level":(50|60)/);
      expect(once.status).toBe(0);
      // Files the CLI wrote belong to the service user, not to root.
      expect((await stat(path.join(dataDir, 'db.json'))).uid).toBe(65534);
      expect((await stat(path.join(dataDir, 'status', 'poll-inbox.json'))).uid).toBe(65534);

      const status = spawnSync(WRAPPER, ['status', '--json'], { env, encoding: 'utf8', timeout: 60_000 });
      const report = JSON.parse(status.stdout);
      expect(report).toMatchObject({ dryRun: false, digest: { cron: '0 8 * * 1', timeZone: 'Europe/Berlin' } });
      expect(report.jobs['poll-inbox'].lastSuccessAt).not.toBeNull();
      // check-deadlines never ran here: unhealthy, exit 1.
      expect(status.status).toBe(1);
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});
