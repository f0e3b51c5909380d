// npm run eval:perturb [-- --perturb=<name>[,<name>…]] [--only=<fixture>] [--worst=3] [--json=<file>]
// Metamorphic robustness of the plan reader: every text fixture (plan.txt) of the dev set
// (tests/fixtures/plans/) is read as it is and under each perturbation of scripts/eval/perturb.ts
// (copies of the same plan as real documents differ), and scored against its gold. Prints the
// mean own / anywhere per perturbation, the drop against the unperturbed read, and the fixtures
// that drop most. Dev set only: the held-out set is never read here.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeText } from '../src/lib/reader/decode';
import { readPlan } from '../src/lib/reader/readPlan';
import { PERTURBATIONS, type Perturbation } from './eval/perturb';
import { matchKey, ratesOf, scoreFixture, type GoldFile } from './eval/readerScore';

const ROOT = resolve(import.meta.dirname, '..');
const DEV = join(ROOT, 'tests/fixtures/plans');

interface Row {
  fixture: string;
  own: number;
  anywhere: number;
  /** Gold titles in the unperturbed text (modulo whitespace and punctuation) no longer in the perturbed one. */
  lostFromText: number;
  error?: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function readUnder(gold: GoldFile, text: string, perturb: Perturbation): Promise<Row> {
  const perturbed = perturb(text, { name: gold.name });
  const before = matchKey(text);
  const after = matchKey(perturbed);
  const lostFromText = gold.items.filter((g) => {
    const k = matchKey(g.title);
    return k && before.includes(k) && !after.includes(k);
  }).length;
  try {
    const result = await readPlan(new TextEncoder().encode(perturbed), {
      id: 'devset',
      name: gold.name,
      prefecture: gold.prefecture,
      fileName: gold.input,
    });
    const r = ratesOf(scoreFixture(gold.items, result.plan.items));
    return { fixture: gold.fixture, own: r.own, anywhere: r.anywhere, lostFromText };
  } catch (error) {
    return {
      fixture: gold.fixture,
      own: 0,
      anywhere: 0,
      lostFromText,
      error: (error as Error).message,
    };
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      perturb: { type: 'string' },
      only: { type: 'string' },
      worst: { type: 'string', default: '3' },
      json: { type: 'string' },
      verbose: { type: 'boolean' },
    },
  });
  const names = values.perturb ? values.perturb.split(',') : Object.keys(PERTURBATIONS);
  for (const n of names)
    if (!PERTURBATIONS[n])
      throw new Error(`unknown perturbation ${n} (${Object.keys(PERTURBATIONS).join(', ')})`);
  const worst = Number(values.worst);

  const fixtures: { gold: GoldFile; text: string }[] = [];
  for (const name of readdirSync(DEV).sort()) {
    const dir = join(DEV, name);
    if (!existsSync(join(dir, 'gold.json'))) continue;
    if (values.only && !name.includes(values.only)) continue;
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldFile;
    if (gold.input !== 'plan.txt') continue;
    const bytes = new Uint8Array(readFileSync(join(dir, gold.input)));
    fixtures.push({ gold, text: decodeText(bytes, gold.input).text });
  }

  const base = new Map<string, Row>();
  for (const f of fixtures) base.set(f.gold.fixture, await readUnder(f.gold, f.text, (t) => t));
  const mean = (rows: Row[], k: 'own' | 'anywhere') =>
    rows.reduce((s, r) => s + r[k], 0) / Math.max(1, rows.length);
  const baseRows = [...base.values()];
  const baseOwn = mean(baseRows, 'own');
  const baseAny = mean(baseRows, 'anywhere');
  console.log(
    `${fixtures.length} text fixtures; unperturbed: own ${pct(baseOwn)}  anywhere ${pct(baseAny)}`,
  );
  console.log(
    `${'perturbation'.padEnd(28)}${'own'.padStart(8)}${'Δown'.padStart(8)}${'any'.padStart(8)}${'Δany'.padStart(8)}${'lost'.padStart(6)}  worst fixtures (Δown)`,
  );
  const report: Record<string, unknown> = {
    base: { own: baseOwn, anywhere: baseAny, rows: baseRows },
  };
  for (const n of names) {
    const rows: Row[] = [];
    for (const f of fixtures) rows.push(await readUnder(f.gold, f.text, PERTURBATIONS[n]!));
    const own = mean(rows, 'own');
    const any = mean(rows, 'anywhere');
    const drops = rows
      .map((r) => ({ fixture: r.fixture, drop: base.get(r.fixture)!.own - r.own, error: r.error }))
      .filter((d) => d.drop > 0.0001)
      .sort((a, b) => b.drop - a.drop);
    const lost = rows.reduce((s, r) => s + r.lostFromText, 0);
    console.log(
      `${n.padEnd(28)}${pct(own).padStart(8)}${pct(own - baseOwn).padStart(8)}${pct(any).padStart(8)}${pct(any - baseAny).padStart(8)}${String(lost).padStart(6)}  ${drops
        .slice(0, worst)
        .map((d) => `${d.fixture} −${(d.drop * 100).toFixed(0)}${d.error ? ' ERROR' : ''}`)
        .join(', ')}`,
    );
    if (values.verbose)
      for (const d of drops)
        console.log(
          `    ${d.fixture} −${(d.drop * 100).toFixed(0)}${d.error ? ` ${d.error}` : ''}`,
        );
    report[n] = { own, anywhere: any, lostFromText: lost, drops };
  }
  if (values.json)
    writeFileSync(
      resolve(process.env.INIT_CWD ?? process.cwd(), values.json),
      JSON.stringify(report, null, 2) + '\n',
    );
}

await main();
