import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/*
 * There is no Docker engine in CI, so the Dockerfile and the compose file are checked as text: the
 * instructions a build would run, and the wiring compose would set up. The runtime stage's steps
 * (npm ci --omit=dev --ignore-scripts, dist + templates + models, start, status) were run by hand
 * outside Docker; docs/deploy.md says so.
 */

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions with line continuations joined and comments dropped. */
async function dockerfile(): Promise<Instruction[]> {
  const text = await readFile('Dockerfile', 'utf8');
  const joined = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** The instructions of the last stage: what the image is. */
function finalStage(instructions: Instruction[]): Instruction[] {
  const from = instructions.map((instruction) => instruction.keyword).lastIndexOf('FROM');
  return instructions.slice(from);
}

describe('Dockerfile', () => {
  it('builds on node:20-slim and ships production dependencies only', async () => {
    const instructions = await dockerfile();
    const stages = instructions.filter((instruction) => instruction.keyword === 'FROM');
    expect(stages.map((stage) => stage.args.split(' ')[0])).toEqual(['node:20-slim', 'node:20-slim']);
    const runtime = finalStage(instructions);
    const runs = runtime.filter((instruction) => instruction.keyword === 'RUN').map((instruction) => instruction.args);
    expect(runs.some((run) => /\bnpm ci\b.*--omit=dev\b/.test(run) && /--ignore-scripts\b/.test(run))).toBe(true);
    // Nothing in the runtime stage compiles: the build stage did.
    expect(runs.some((run) => /\btsc\b|npm run build/.test(run))).toBe(false);
    expect(runtime.some((instruction) => instruction.keyword === 'COPY' && instruction.args.startsWith('--from=build /app/dist '))).toBe(true);
  });

  it('runs as a non-root user with DATA_DIR on a volume, starts the service and checks health with `status`', async () => {
    const runtime = finalStage(await dockerfile());
    const find = (keyword: string) => runtime.filter((instruction) => instruction.keyword === keyword);
    const user = find('USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
    const dataDir = /DATA_DIR=(\S+)/.exec(find('ENV').map((instruction) => instruction.args).join(' '))?.[1];
    expect(dataDir).toBe('/data');
    expect(JSON.parse(find('VOLUME').at(-1)?.args ?? '[]')).toEqual([dataDir]);
    const cmd = JSON.parse(find('CMD').at(-1)?.args ?? '[]');
    expect(cmd).toEqual(['node', 'dist/src/cli.js', 'start']);
    const healthcheck = find('HEALTHCHECK').at(-1)?.args ?? '';
    expect(healthcheck).toMatch(/--start-period=\d+s/);
    expect(JSON.parse(healthcheck.slice(healthcheck.indexOf('CMD ') + 4))).toEqual(['node', 'dist/src/cli.js', 'status']);
    expect(find('STOPSIGNAL').at(-1)?.args).toBe('SIGTERM');
    // USER comes after the last RUN that needs root (chown of the volume).
    expect(runtime.findIndex((instruction) => instruction.keyword === 'USER')).toBeGreaterThan(runtime.map((instruction) => instruction.keyword).lastIndexOf('RUN'));
  });

  it('copies only files that exist and that .dockerignore lets through; secrets and local data stay out', async () => {
    const ignored = (await readFile('.dockerignore', 'utf8')).split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
    for (const entry of ['.env', 'node_modules', 'dist', 'data', '.git', '**/*.env']) expect(ignored).toContain(entry);
    const copies = (await dockerfile()).filter((instruction) => instruction.keyword === 'COPY' && !instruction.args.startsWith('--from'));
    const sources = copies.flatMap((instruction) => instruction.args.split(' ').slice(0, -1));
    expect(sources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'src', 'jobs', 'templates', 'models']));
    for (const source of sources) {
      expect(existsSync(source), `${source} exists`).toBe(true);
      expect(ignored, `${source} is not excluded from the build context`).not.toContain(source);
    }
    // The runtime reads these beside package.json (src/io/templates.ts, src/io/triage-model.ts).
    expect(existsSync('models/triage-model.json.gz')).toBe(true);
  });
});

interface ComposeService {
  build?: { context: string; dockerfile: string };
  image?: string;
  env_file?: string | string[];
  environment?: Record<string, string | number>;
  volumes?: string[];
  ports?: string[];
  restart?: string;
  stop_grace_period?: string;
  privileged?: boolean;
  depends_on?: string[];
  hostname?: string;
  networks?: Record<string, { aliases?: string[] }>;
}

describe('compose example (deploy/compose/compose.yaml)', () => {
  const dir = path.resolve('deploy/compose');

  async function compose(): Promise<{ services: Record<string, ComposeService>; volumes: Record<string, unknown> }> {
    return load(await readFile(path.join(dir, 'compose.yaml'), 'utf8')) as { services: Record<string, ComposeService>; volumes: Record<string, unknown> };
  }

  it('builds privacy-inbox from this repository and keeps DATA_DIR on a named volume', async () => {
    const { services, volumes } = await compose();
    const app = services['privacy-inbox'] as ComposeService;
    expect(app.build).toEqual({ context: '../..', dockerfile: 'Dockerfile' });
    expect(existsSync(path.join(dir, app.build?.context ?? '', app.build?.dockerfile ?? ''))).toBe(true);
    const dataDir = String(app.environment?.DATA_DIR);
    const mount = app.volumes?.find((volume) => volume.endsWith(`:${dataDir}`));
    expect(mount).toBeDefined();
    expect(Object.keys(volumes)).toContain(mount?.split(':')[0]);
    expect(app.restart).toBe('unless-stopped');
    expect(app.stop_grace_period).toMatch(/^\d+s$/);
    // It only connects out: nothing published, nothing privileged.
    expect(app.ports).toBeUndefined();
    expect(app.privileged).toBeUndefined();
  });

  it('points privacy-inbox at the mail server by a name the mail server answers to', async () => {
    const { services } = await compose();
    const app = services['privacy-inbox'] as ComposeService;
    const mail = services.mailserver as ComposeService;
    expect(app.depends_on).toContain('mailserver');
    expect(String(mail.image)).toMatch(/docker-mailserver/);
    const names = new Set(['mailserver', mail.hostname, ...(mail.networks?.default?.aliases ?? [])]);
    const envFile = path.join(dir, `${String(app.env_file)}.example`);
    const settings = Object.fromEntries(
      (await readFile(envFile, 'utf8'))
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    for (const key of ['MAILBOX_URL', 'SMTP_URL']) {
      const url = new URL(settings[key] as string);
      expect(names.has(url.hostname), `${key} host ${url.hostname} is the mail server`).toBe(true);
    }
    expect(new URL(settings.MAILBOX_URL as string).protocol).toBe('imaps:');
    expect(mail.ports).toEqual(expect.arrayContaining(['25:25', '587:587', '993:993']));
  });
});
