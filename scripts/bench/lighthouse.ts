// Runs Lighthouse 12 (its CLI, Debian's Chromium) on one URL and keeps only what the bench
// table needs. Lighthouse's own throttling is simulated, so the figures depend on the page, not on
// how busy the two shared cores are; the transfer sizes come from the real (gzip) responses.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Preset = 'mobile' | 'desktop';
export type Kind = 'doc' | 'js' | 'css' | 'data' | 'other';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes on the wire per kind of request, for the whole first load. */
  bytes: Record<Kind, number>;
  /** Hosts other than the served one that the page asked for (should stay empty). */
  foreignHosts: string[];
  /** Audits that failed in the accessibility and best-practices categories, by id. */
  failedAudits: string[];
  /** Lighthouse's measure of the host's CPU ("CPU/Memory Power"): its 4× mobile slowdown is
   * calibrated for hosts of 1500–2000; on a faster host the mobile figures come out better than
   * on the phone it stands for, on a slower one worse. */
  benchmarkIndex: number;
}

/** Lighthouse's default CPU slowdown for its mobile preset. */
export const DEFAULT_CPU_SLOWDOWN = 4;

// Paint holding is off: with it, this Chromium shows a page's first frame at about 1.2 or 2.2 s
// after the navigation even when the page is a script-free copy whose content is laid out at
// 0.2 s (the main thread idles in between; the compositor is offered no frame until then). That
// wait is the browser's, not the page's, and Lighthouse's speed index weighs it 1.4 times.
// Lighthouse's tracker has it as issue 17148 (BeginFrames throttled during the load).
const CHROME_FLAGS = [
  '--headless',
  '--disable-features=PaintHolding',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

interface NetworkRequest {
  url: string;
  resourceType?: string;
  transferSize?: number;
}
interface AuditRef {
  id: string;
}
interface Lhr {
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: AuditRef[] }>;
  audits: Record<
    string,
    { score: number | null; scoreDisplayMode?: string; numericValue?: number; details?: unknown }
  >;
}

export function kindOf(req: NetworkRequest): Kind {
  const path = new URL(req.url).pathname;
  if (path.startsWith('/data/')) return 'data';
  if (req.resourceType === 'Document') return 'doc';
  if (req.resourceType === 'Script' || /\.m?js$/.test(path)) return 'js';
  if (req.resourceType === 'Stylesheet' || path.endsWith('.css')) return 'css';
  return 'other';
}

function failed(lhr: Lhr, category: string): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .map((ref) => ({ id: ref.id, audit: lhr.audits[ref.id] }))
    .filter(
      ({ audit }) =>
        audit &&
        audit.score !== null &&
        audit.score < 1 &&
        !['notApplicable', 'informative', 'manual'].includes(audit.scoreDisplayMode ?? ''),
    )
    .map(({ id }) => id);
}

export function readFigures(lhr: Lhr, origin: string): LighthouseFigures {
  const requests =
    (lhr.audits['network-requests']?.details as { items?: NetworkRequest[] } | undefined)?.items ??
    [];
  const bytes: Record<Kind, number> = { doc: 0, js: 0, css: 0, data: 0, other: 0 };
  const foreign = new Set<string>();
  for (const req of requests) {
    if (!req.url.startsWith(origin)) {
      if (/^https?:/.test(req.url)) foreign.add(new URL(req.url).host);
      continue;
    }
    bytes[kindOf(req)] += req.transferSize ?? 0;
  }
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    bytes,
    foreignHosts: [...foreign],
    failedAudits: [...failed(lhr, 'accessibility'), ...failed(lhr, 'best-practices')],
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
  };
}

export function runLighthouse(
  url: string,
  preset: Preset,
  cpuSlowdown = DEFAULT_CPU_SLOWDOWN,
): LighthouseFigures {
  const dir = mkdtempSync(join(tmpdir(), 'plan-atlas-lh-'));
  const out = join(dir, 'report.json');
  try {
    const args = [
      'lighthouse',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=${[...CHROME_FLAGS, `--user-data-dir=${join(dir, 'profile')}`].join(' ')}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      ...(preset === 'mobile' && cpuSlowdown !== DEFAULT_CPU_SLOWDOWN
        ? [`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`]
        : []),
    ];
    const run = spawnSync('npx', args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      encoding: 'utf8',
      timeout: 180_000,
    });
    if (run.status !== 0) {
      throw new Error(`lighthouse ${preset} ${url} failed: ${run.stderr || run.error}`);
    }
    const lhr = JSON.parse(readFileSync(out, 'utf8')) as Lhr;
    return readFigures(lhr, new URL(url).origin);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lighthouse's figures swing from run to run on a shared machine, so each route is run `runs`
 * times (Lighthouse's own advice is five) and the run with the median performance score is kept. */
export function runLighthouseMedian(
  url: string,
  preset: Preset,
  runs: number,
  cpuSlowdown = DEFAULT_CPU_SLOWDOWN,
): LighthouseFigures {
  const all = Array.from({ length: runs }, () => runLighthouse(url, preset, cpuSlowdown));
  return pickMedianRun(all);
}

export function pickMedianRun(runs: readonly LighthouseFigures[]): LighthouseFigures {
  if (!runs.length) throw new Error('no Lighthouse run to pick from');
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || a.tbtMs - b.tbtMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
