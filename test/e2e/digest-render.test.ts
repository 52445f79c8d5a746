import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeCaseClock } from '../../src/core/deadlines.js';
import { emptyDb } from '../../src/core/store-changes.js';
import type { CaseRecord, CaseState, Label } from '../../src/types.js';
import { runCli } from '../support/cli.js';

const ARTIFACTS = path.resolve('test-artifacts');
const LA = 'America/Los_Angeles';
const NOW = '2026-03-09T16:30:00Z'; // Monday 09:30 PDT

/** Debian's Chromium; on a fresh CI machine (root) it is installed on first use: apt-get install -y chromium. */
function findChromium(): string | null {
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (existsSync(candidate)) return candidate;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore', timeout: 300_000 });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { env, stdio: 'ignore', timeout: 600_000 });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  return null;
}

async function chromium(binary: string, args: string[]): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), 'pi-chromium-'));
  return execFileSync(
    binary,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars', `--user-data-dir=${profile}`, ...args],
    { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] },
  );
}

function seedCase(n: number, receivedAt: string, labels: Label[], state: CaseState): CaseRecord {
  const clock = computeCaseClock({ receivedAt, labels, regimes: ['ccpa'], evidence: [], timeZone: LA, promisedResponseDays: null, now: receivedAt });
  const id = `PR-2026-${String(n).padStart(4, '0')}`;
  return {
    id,
    requester: { address: `person${n}@example.net`, name: n % 3 === 0 ? 'Bartholomew Featherstonehaugh-Worthington' : 'Jo Lee' },
    subject: 'Privacy request',
    labels,
    primary: labels[0] ?? 'other',
    language: 'en',
    state,
    receivedAt,
    dueAt: clock.firstDueAt,
    clock,
    messageKeys: [],
    threadIds: [],
    events: [],
    // Child-data reports are URGENT: the digest's first section, which the layout checks must cover.
    flags: labels.includes('child_data') ? ['urgent'] : [],
  };
}

interface Measure {
  inner: number;
  scroll: number;
  body: number;
  widest: number;
}

/**
 * Lays `html` out exactly `width` px wide and measures it. Headless windows have a minimum width, so
 * the page goes into a srcdoc iframe of that width; a script records its widths into the DOM, read
 * back with --dump-dom (the parent's load waits for the iframe's).
 */
async function measureLayout(binary: string, html: string, width: number, name: string): Promise<Measure> {
  const probe = path.join(ARTIFACTS, `${name}-probe-${width}.html`);
  await writeFile(
    probe,
    `<!DOCTYPE html><html><body style="margin:0"><iframe id="f" style="width:${width}px;height:2000px;border:0"></iframe><script>
const frame = document.getElementById('f');
frame.onload = () => {
  const doc = frame.contentDocument;
  const rights = [...doc.querySelectorAll('table,td,th,p,h1,h2,div')].map((e) => e.getBoundingClientRect().right);
  document.body.setAttribute('data-measure', JSON.stringify({ inner: frame.contentWindow.innerWidth, scroll: doc.documentElement.scrollWidth, body: doc.body.scrollWidth, widest: Math.ceil(Math.max(...rights)) }));
};
frame.srcdoc = ${JSON.stringify(html).replace(/<\/script/gi, '<\\/script')};
</script></body></html>`,
  );
  const dom = await chromium(binary, ['--dump-dom', '--window-size=1200,2000', `file://${probe}`]);
  const match = /data-measure="([^"]+)"/.exec(dom);
  expect(match, 'measurement script ran').not.toBeNull();
  return JSON.parse((match?.[1] ?? '{}').replace(/&quot;/g, '"')) as Measure;
}

let chromiumPath: string | null = null;
let htmlFile = '';
let textPart = '';

beforeAll(async () => {
  chromiumPath = findChromium();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-digest-'));
  const db = emptyDb();
  const labelSets: Label[][] = [['deletion'], ['disclosure'], ['opt_out'], ['correction'], ['deletion', 'opt_out', 'disclosure'], ['child_data'], ['complaint']];
  const states: CaseState[] = ['received', 'awaiting_verification', 'verified', 'awaiting_team'];
  for (let n = 1; n <= 28; n++) {
    const received = new Date(Date.parse('2026-01-12T18:00:00Z') + n * 2 * 86_400_000).toISOString();
    const record = seedCase(n, received, labelSets[n % labelSets.length] as Label[], states[n % states.length] as CaseState);
    db.cases[record.id] = record;
  }
  await writeFile(path.join(dataDir, 'db.json'), JSON.stringify(db));
  await mkdir(ARTIFACTS, { recursive: true });
  htmlFile = path.join(ARTIFACTS, 'digest.html');
  const result = await runCli(['digest', '--preview', '--out', htmlFile], { DATA_DIR: dataDir, PRIVACY_INBOX_NOW: NOW, TEAM_ADDRESSES: 'team@example.test', PRIVACY_ADDRESS: 'privacy@example.test', ORG_NAME: 'Calm Clinic' });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  textPart = await readFile(path.join(ARTIFACTS, 'digest.txt'), 'utf8');
}, 900_000);

describe('weekly digest rendering', () => {
  it('has a plain-text part with every open case, initials only', async () => {
    expect(textPart).toContain('Privacy requests, week 2026-W11');
    expect(textPart).toContain('OVERDUE:');
    expect(textPart.indexOf('URGENT')).toBeGreaterThan(-1);
    expect(textPart.indexOf('URGENT')).toBeLessThan(textPart.indexOf('OVERDUE:'));
    expect(textPart.match(/PR-2026-\d{4} /g)?.length).toBeGreaterThanOrEqual(28);
    expect(textPart).not.toContain('@example.net');
    expect(textPart).not.toContain('Featherstonehaugh');
    const html = await readFile(htmlFile, 'utf8');
    // Everything inline: no remote images or stylesheets for a mail client to block.
    expect(html).not.toMatch(/<img|<link|url\(|https?:\/\/(?!www\.w3)/i);
  });

  for (const width of [375, 1024]) {
    it(`renders in headless Chromium at ${width} px without horizontal overflow`, async (context) => {
      if (!chromiumPath) {
        context.skip('Chromium is not installed (apt-get install -y chromium)');
        return;
      }
      const screenshot = path.join(ARTIFACTS, `digest-${width}.png`);
      await chromium(chromiumPath, [`--screenshot=${screenshot}`, `--window-size=${width},2000`, `file://${htmlFile}`]);
      expect(existsSync(screenshot)).toBe(true);
      // The screenshot really is `width` px wide (PNG IHDR width, bytes 16-19).
      expect((await readFile(screenshot)).readUInt32BE(16)).toBe(width);
      const measure = await measureLayout(chromiumPath, await readFile(htmlFile, 'utf8'), width, 'digest');
      if (width === 375) {
        // Negative control: the same probe does see a layout that overflows.
        const broken = await measureLayout(chromiumPath, (await readFile(htmlFile, 'utf8')).replace('<h1', '<div style="width:600px">x</div><h1'), width, 'broken');
        expect(broken.scroll).toBeGreaterThan(width);
      }
      expect(measure.inner).toBe(width);
      expect(measure.scroll).toBeLessThanOrEqual(measure.inner);
      expect(measure.widest).toBeLessThanOrEqual(measure.inner);
      await writeFile(path.join(ARTIFACTS, `digest-measure-${width}.json`), JSON.stringify(measure));
    }, 120_000);
  }
});
