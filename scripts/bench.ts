// npm run bench — speed as measured facts. Builds (under the shared build lock), serves a copy of
// the build gzip-compressed on 127.0.0.1, then measures: Lighthouse mobile and desktop on every
// route, first-load transfer by kind, interaction speed on /compare with 4 to 100 cities, the
// four-plan pipeline and the national-scale bench (bench-scale.ts). Prints one markdown report and
// exits non-zero when a budget is missed. Never part of `npm test`: the figures depend on the
// machine, and a slow machine should not fail the unit tests.
//   --skip-build        measure the existing build/
//   --only=a,b          any of lighthouse, transfer, interaction, add, pipeline, reader, scale
//   --routes=/,/compare a subset of ROUTES
//   --runs=N            Lighthouse runs per route and preset, the median kept (default 5,
//                       Lighthouse's own advice; single runs swing by several points here)
//   --cities=4,20,50    the interaction bench's city counts (default 4, 20, 50, 100)
//   --cpu-slowdown=N    the mobile runs' CPU slowdown (default 4, Lighthouse's); the report gives
//                       the host's benchmarkIndex, from which Lighthouse's docs derive N for a
//                       host far from the 1500–2000 its default is calibrated for
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBudgets, type Report } from './bench/budgets';
import { benchAddPage } from './bench/addPage';
import { benchInteraction, CITY_COUNTS } from './bench/interaction';
import { DEFAULT_CPU_SLOWDOWN, runLighthouseMedian } from './bench/lighthouse';
import { formatReport } from './bench/report';
import { measureTransfer } from './bench/transfer';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const PORT = Number(process.env.BENCH_PORT ?? 4183);
const ORIGIN = `http://127.0.0.1:${PORT}`;
export const ROUTES = [
  '/',
  '/compare',
  '/shared',
  '/plans/nihonmatsu',
  '/plans/ichinoseki',
  '/plans/hiratsuka',
  '/plans/iwaki',
  '/search',
  '/method',
  '/regions',
];

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = arg('only')?.split(',');
const wants = (part: string) => !only || only.includes(part);
const routes = arg('routes')?.split(',') ?? ROUTES;
const runs = Number(arg('runs') ?? 5);
const cityCounts = arg('cities')?.split(',').map(Number) ?? CITY_COUNTS;
if (!cityCounts.every((n) => Number.isInteger(n) && n > 0)) {
  console.error(`--cities must list positive whole numbers, not "${arg('cities')}"`);
  process.exit(2);
}
const cpuSlowdown = Number(arg('cpu-slowdown') ?? DEFAULT_CPU_SLOWDOWN);
if (!(cpuSlowdown > 0) || !Number.isFinite(cpuSlowdown)) {
  console.error(`--cpu-slowdown must be a positive number, not "${arg('cpu-slowdown')}"`);
  process.exit(2);
}

function run(cmd: string, args: string[]): string {
  const res = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${res.stderr}`);
  return res.stdout;
}

async function serve(dir: string): Promise<() => void> {
  // A server left on the port by an interrupted run would answer in place of this build's, and
  // every figure would be of the other build: refuse rather than measure it.
  const busy = await fetch(ORIGIN).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`${ORIGIN} already answers: stop the process on port ${PORT} first`);
  const server = spawn('node', ['scripts/serve.mjs', dir, String(PORT)], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  let exited = false;
  server.on('exit', () => (exited = true));
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return () => server.kill();
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  server.kill();
  throw new Error(`the server on ${ORIGIN} did not start`);
}

async function main() {
  const copy = mkdtempSync(join(tmpdir(), 'plan-atlas-bench-'));
  // Build and copy under the lock, so parallel builds cannot swap files under the measurements.
  const build = process.argv.includes('--skip-build') ? '' : 'npm run build >&2 && ';
  console.error('building…');
  run('flock', [
    '/tmp/plan-atlas-build.lock',
    'sh',
    '-c',
    `${build}cp -r --preserve=timestamps build/. ${copy}`,
  ]);
  const stop = await serve(copy);
  const report: Report = {
    cpuSlowdown,
    routes: [],
    interaction: [],
    pipeline: null,
    scale: null,
  };
  try {
    const transfer = wants('transfer') ? await measureTransfer(ORIGIN, routes) : new Map();
    for (const route of wants('transfer') || wants('lighthouse') ? routes : []) {
      if (wants('lighthouse')) console.error(`lighthouse ${route}…`);
      report.routes.push({
        route,
        transfer: transfer.get(route) ?? null,
        mobile: wants('lighthouse')
          ? runLighthouseMedian(ORIGIN + route, 'mobile', runs, cpuSlowdown)
          : null,
        desktop: wants('lighthouse') ? runLighthouseMedian(ORIGIN + route, 'desktop', runs) : null,
      });
    }
    if (wants('add')) {
      console.error('add page…');
      report.addPage = await benchAddPage(ORIGIN);
    }
    if (wants('interaction')) {
      console.error('interaction…');
      report.interaction = await benchInteraction(ORIGIN, join(ROOT, 'static/data'), cityCounts);
    }
  } finally {
    stop();
    rmSync(copy, { recursive: true, force: true });
  }
  // Kept beside the table, so a later stage that fails does not lose the browser figures.
  writeFileSync(join(tmpdir(), 'plan-atlas-bench.json'), JSON.stringify(report, null, 2));
  if (wants('pipeline')) {
    console.error('pipeline…');
    // The pipeline logs as it goes; its figures are the last line.
    const lines = run('npx', ['tsx', 'scripts/bench/pipeline.ts']).trim().split('\n');
    report.pipeline = JSON.parse(lines.at(-1)!);
  }
  if (wants('reader')) {
    console.error('reader…');
    report.reader = JSON.parse(
      run('npx', ['tsx', 'scripts/bench/reader.ts']).trim().split('\n').at(-1)!,
    );
  }
  if (wants('scale')) {
    console.error('scale (several minutes)…');
    const res = spawnSync('npx', ['tsx', 'scripts/bench-scale.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    report.scale = { ok: res.status === 0, output: (res.stdout + res.stderr).trim() };
  }
  const misses = checkBudgets(report);
  console.log(formatReport(report, misses));
  process.exit(misses.length ? 1 : 0);
}

await main();
