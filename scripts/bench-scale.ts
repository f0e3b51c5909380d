// npm run bench:scale — national scale: Japan has 1,741 municipalities. Recombines the real items
// of static/data/plans into synthetic plans of 300 items (seeded, so every run builds the same
// plans), then times labelling plus concept grouping for 218, 435, 870 and 1,741 plans. Each size
// runs in its own process so its peak RSS is its own. Exits non-zero when a target is missed:
// 1,741 plans in ≤ 120 s and ≤ 4 GB, and time(2N)/time(N) ≤ 2.3 (grouping must not compare all pairs).
// Time is the process's CPU time (user + system): the work is single-threaded, so on an idle
// machine it equals wall time, and unlike wall time it does not grow when other jobs share the
// two cores. Wall time is printed beside it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Plan, PlanItem } from '../src/lib/data/schemas';
import { labelItems } from '../src/lib/analysis/labelItems';
import { makeConcepts } from '../src/lib/analysis/makeConcepts';
import { loadLexicon } from './labelling/loadLabelling';
import { readPlans, readSources } from './buildConcepts';

const SIZES = [218, 435, 870, 1741];
const ITEMS_PER_PLAN = 300;
const TARGET = { seconds: 120, rssMb: 4096, ratio: 2.3 };
/** Share of synthetic titles spliced from two real ones, so distinct titles grow with N. */
const SPLICE = 0.35;
/** Timed runs per size; the fastest counts. */
const REPEATS = 2;

/** mulberry32: a small seeded PRNG, so the synthetic plans are the same on every run. */
function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Head of one real title up to its first の, tail of another after its first の: 健康寿命の + 推進. */
function splice(a: string, b: string): string {
  const i = a.indexOf('の');
  const j = b.indexOf('の');
  if (i <= 0 || j < 0 || j === b.length - 1) return a;
  return a.slice(0, i + 1) + b.slice(j + 1);
}

export function synthesizePlans(real: readonly Plan[], count: number, seed = 1741): PlanItem[][] {
  const pool = real.flatMap((p) => p.items.filter((i) => !i.repeats));
  const random = makeRandom(seed);
  const pick = () => pool[Math.floor(random() * pool.length)]!;
  const plans: PlanItem[][] = [];
  for (let p = 0; p < count; p++) {
    const city = `syn${p}`;
    const idOf = new Map<string, string>();
    const items: PlanItem[] = [];
    while (items.length < ITEMS_PER_PLAN) {
      const src = pick();
      const id = `${city}/${items.length + 1}`;
      const title = random() < SPLICE ? splice(src.title, pick().title) : src.title;
      const parent = src.parent ? (idOf.get(src.parent) ?? null) : null;
      idOf.set(src.id, id);
      // Labels are left off: labelling them again is what the bench times.
      items.push({
        id,
        parent,
        kind: src.kind,
        title,
        ...(src.text ? { text: src.text } : {}),
        source: src.source,
      });
    }
    plans.push(items);
  }
  return plans;
}

interface Run {
  plans: number;
  items: number;
  titles: number;
  concepts: number;
  seconds: number;
  /** CPU seconds (user + system): what the run costs when the machine is shared. */
  cpuSeconds: number;
  rssMb: number;
}

/** Label, then build concepts.json (sentence matching, member quotes, unique approaches) once:
 * what the bench times. */
function analyse(
  plans: readonly PlanItem[][],
  lexicon: ReturnType<typeof loadLexicon>,
  sources: ReadonlyMap<string, string>,
) {
  const labelledPlans = plans.map((items, p) => ({
    id: `syn${p}`,
    name: { ja: `syn${p}`, en: `syn${p}` },
    items: labelItems(items, lexicon).items,
  }));
  const concepts = makeConcepts(labelledPlans, { sources });
  return { labelled: labelledPlans.flatMap((p) => p.items), concepts };
}

/**
 * One size, in this process: build (untimed), then label and group REPEATS times and keep the
 * fastest run, the usual guard against noise from other jobs; nothing is cached between runs.
 */
function runOne(count: number): Run {
  const real = readPlans();
  const plans = synthesizePlans(real, count);
  const sources = readSources(real);
  const lexicon = loadLexicon();
  let best = { seconds: Infinity, cpuSeconds: Infinity };
  let counts = { items: 0, titles: 0, concepts: 0 };
  for (let k = 0; k < REPEATS; k++) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    // Scoped to the loop body, so one run's output is garbage before the next: peak RSS is one run's.
    const { labelled, concepts } = analyse(plans, lexicon, sources);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    best = {
      seconds: Math.min(best.seconds, seconds),
      cpuSeconds: Math.min(best.cpuSeconds, cpuSeconds),
    };
    counts = {
      items: labelled.length,
      titles: new Set(labelled.map((i) => i.title)).size,
      concepts: concepts.concepts.length,
    };
  }
  const rssMb = process.resourceUsage().maxRSS / 1024;
  return { plans: count, ...counts, ...best, rssMb };
}

function main(): number {
  const one = process.argv.indexOf('--one');
  if (one > 0) {
    console.log(JSON.stringify(runOne(Number(process.argv[one + 1]))));
    return 0;
  }
  const self = fileURLToPath(import.meta.url);
  const rows: Run[] = [];
  for (const n of SIZES) {
    console.error(`bench: ${n} plans …`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--one', String(n)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) {
      console.error(`bench: ${n} plans failed\n${r.stderr}`);
      return 1;
    }
    rows.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as Run);
  }
  const failures: string[] = [];
  console.log(
    '| plans | items | distinct titles | shared concepts | wall s | CPU s | peak RSS MB | CPU time ratio vs previous |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  rows.forEach((r, k) => {
    const ratio = k === 0 ? null : r.cpuSeconds / rows[k - 1]!.cpuSeconds;
    if (ratio !== null && ratio > TARGET.ratio)
      failures.push(
        `time(${r.plans})/time(${rows[k - 1]!.plans}) = ${ratio.toFixed(2)} > ${TARGET.ratio}`,
      );
    console.log(
      `| ${r.plans} | ${r.items} | ${r.titles} | ${r.concepts} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${Math.round(r.rssMb)} | ${ratio === null ? '–' : ratio.toFixed(2)} |`,
    );
  });
  const last = rows[rows.length - 1]!;
  if (last.cpuSeconds > TARGET.seconds)
    failures.push(
      `${last.plans} plans took ${last.cpuSeconds.toFixed(1)} CPU s > ${TARGET.seconds} s`,
    );
  if (last.rssMb > TARGET.rssMb)
    failures.push(
      `${last.plans} plans peaked at ${Math.round(last.rssMb)} MB > ${TARGET.rssMb} MB`,
    );
  for (const f of failures) console.error(`bench: target missed: ${f}`);
  if (failures.length === 0) console.error('bench: all targets met');
  return failures.length ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
