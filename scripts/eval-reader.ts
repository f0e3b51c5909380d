// npm run eval:reader [-- --verbose] [--only=<fixture>] [--json=<file>] [--heldout]
// Runs the plan reader on every made-up plan of the dev set (tests/fixtures/plans/), the held-out
// set (tests/fixtures/plans-heldout/, never used to tune the reader) and on each seed text read
// alone, without curation, and scores each against its gold: items, gold found as an item of its
// own, gold found anywhere, extra items, labels strict (must ⊆ P ⊆ must ∪ ok), SDGs strict, and
// the mean per set.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Plan, type PlanItem } from '../src/lib/data/schemas';
import { readPlan } from '../src/lib/reader/readPlan';
import { CITIES } from './build-data';
import { loadEvalItems } from './labelling/loadLabelling';
import {
  meanRates,
  ratesOf,
  scoreFixture,
  type FixtureScore,
  type GoldFile,
  type GoldItem,
} from './eval/readerScore';

const ROOT = resolve(import.meta.dirname, '..');
const SETS = [
  { name: 'dev', dir: join(ROOT, 'tests/fixtures/plans') },
  { name: 'held-out', dir: join(ROOT, 'tests/fixtures/plans-heldout') },
];

export interface ReaderReportRow {
  set: string;
  fixture: string;
  score: FixtureScore;
  error?: string;
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);

async function runFixture(dir: string, set: string): Promise<ReaderReportRow> {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldFile;
  const empty = scoreFixture(gold.items, []);
  try {
    const bytes = new Uint8Array(readFileSync(join(dir, gold.input)));
    const result = await readPlan(bytes, {
      id: 'devset',
      name: gold.name,
      prefecture: gold.prefecture,
      fileName: gold.input,
    });
    return { set, fixture: gold.fixture, score: scoreFixture(gold.items, result.plan.items) };
  } catch (error) {
    return { set, fixture: gold.fixture, score: empty, error: (error as Error).message };
  }
}

/** Each seed text read alone, scored against the curated items of that text and their hand labels. */
async function runSeeds(): Promise<ReaderReportRow[]> {
  const labels = new Map((loadEvalItems() ?? []).map((e) => [e.id, e]));
  const rows: ReaderReportRow[] = [];
  for (const city of CITIES) {
    const plan = Plan.parse(
      JSON.parse(readFileSync(join(ROOT, 'static/data/plans', `${city}.json`), 'utf8')),
    );
    for (const source of plan.sources) {
      const curated = plan.items.filter((it: PlanItem) => it.source.file === source.file);
      const gold: GoldItem[] = curated.map((it) => {
        const e = labels.get(it.id);
        return {
          title: it.title,
          must: e?.must ?? [],
          ok: e?.acceptable ?? [],
          sdgs: e?.sdgs ?? [],
          sdgsOk: [],
        };
      });
      const bytes = new Uint8Array(readFileSync(join(ROOT, 'static/data', source.file)));
      const fixture = `${city} ${source.file.replace('sources/', '')}`;
      try {
        const result = await readPlan(bytes, {
          id: city,
          name: plan.name.ja,
          fileName: source.file,
        });
        rows.push({ set: 'seeds', fixture, score: scoreFixture(gold, result.plan.items) });
      } catch (error) {
        rows.push({
          set: 'seeds',
          fixture,
          score: scoreFixture(gold, []),
          error: (error as Error).message,
        });
      }
    }
  }
  return rows;
}

async function main() {
  const { values } = parseArgs({
    options: {
      verbose: { type: 'boolean' },
      only: { type: 'string' },
      json: { type: 'string' },
      /** Another folder of dev-set fixtures (a checkout where they are being written). */
      dev: { type: 'string' },
      /** Also score the held-out set; leave it off while tuning the reader. */
      heldout: { type: 'boolean' },
    },
  });
  if (values.dev) SETS[0]!.dir = resolve(process.env.INIT_CWD ?? process.cwd(), values.dev);
  const rows: ReaderReportRow[] = [];
  for (const set of SETS) {
    if (!existsSync(set.dir) || (set.name === 'held-out' && !values.heldout)) continue;
    for (const name of readdirSync(set.dir).sort()) {
      const dir = join(set.dir, name);
      if (!existsSync(join(dir, 'gold.json'))) continue;
      if (values.only && !name.includes(values.only)) continue;
      rows.push(await runFixture(dir, set.name));
    }
  }
  if (!values.only || values.only === 'seeds') rows.push(...(await runSeeds()));

  console.log(
    `${'set'.padEnd(9)}${'fixture'.padEnd(44)}${'items'.padStart(6)}${'gold'.padStart(6)}${'own'.padStart(6)}${'any'.padStart(6)}${'extra'.padStart(6)}${'labels'.padStart(7)}${'sdgs'.padStart(6)}`,
  );
  for (const row of rows) {
    const r = ratesOf(row.score);
    const s = row.score;
    console.log(
      `${row.set.padEnd(9)}${row.fixture.slice(0, 43).padEnd(44)}${String(s.items).padStart(6)}${String(s.gold).padStart(6)}${pct(r.own).padStart(6)}${pct(r.anywhere).padStart(6)}${String(s.extra).padStart(6)}${pct(r.labels).padStart(7)}${pct(r.sdgs).padStart(6)}${row.error ? `  ERROR ${row.error}` : ''}`,
    );
    if (values.verbose) {
      for (const m of s.missed) console.log(`           missed: ${m}`);
      for (const m of s.mislabelled) console.log(`           label:  ${m}`);
    }
  }
  const summary: Record<
    string,
    ReturnType<typeof meanRates> & { fixtures: number; failed: number }
  > = {};
  for (const set of [...new Set(rows.map((r) => r.set))]) {
    const inSet = rows.filter((r) => r.set === set);
    const m = meanRates(inSet.map((r) => r.score));
    summary[set] = { ...m, fixtures: inSet.length, failed: inSet.filter((r) => r.error).length };
    console.log(
      `mean ${set.padEnd(9)} (${inSet.length} documents, ${summary[set].failed} failed to read): own ${pct(m.own)}  anywhere ${pct(m.anywhere)}  labels strict ${pct(m.labels)}  SDGs strict ${pct(m.sdgs)}`,
    );
  }
  if (values.json)
    writeFileSync(
      resolve(process.env.INIT_CWD ?? process.cwd(), values.json),
      JSON.stringify({ rows, summary }, null, 2) + '\n',
    );
}

await main();
