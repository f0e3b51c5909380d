// The structured corpus as a whole: every plan file parses, ids are unique, parents and repeats
// exist, every quote is where its lines say, the committed files are what the build makes, and
// the seed texts are the ones whose SHA-256 the project records (data/seed-sources.sha256).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Plan, PlanIndex } from '../../src/lib/data/schemas';
import { CITIES, generateData } from '../../scripts/build-data';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = join(ROOT, 'static/data');
const SEED_SUMS = join(ROOT, 'data/seed-sources.sha256');

const readData = (rel: string) => readFileSync(join(DATA, rel), 'utf8');
const plans = CITIES.map((city) => Plan.parse(JSON.parse(readData(`plans/${city}.json`))));
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');
const sourceLines = new Map<string, string[]>();
const linesOf = (file: string) => {
  if (!sourceLines.has(file)) sourceLines.set(file, readData(file).split('\n'));
  return sourceLines.get(file)!;
};

describe.each(plans.map((p) => [p.id, p] as const))('%s', (_, plan) => {
  it('has unique ids that start with the city', () => {
    const ids = plan.items.map((it) => it.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(`${plan.id}/`)).toBe(true);
  });

  it('has every parent and every repeated item', () => {
    const ids = new Set(plan.items.map((it) => it.id));
    for (const it of plan.items) {
      if (it.parent !== null) expect(ids, it.id).toContain(it.parent);
      if (it.repeats !== undefined) expect(ids, it.id).toContain(it.repeats);
    }
  });

  it('finds every item quote and every fact quote at its lines', () => {
    const refs = [
      ...plan.items.map((it) => [it.id, it.source] as const),
      ...Object.entries(plan.plan.provenance).map(([k, ref]) => [`plan.${k}`, ref!] as const),
      ...plan.plan.population.map((p) => [`population ${p.year}`, p.source] as const),
      ...plan.plan.viewpoints.map((v) => [`viewpoint ${v.value}`, v.source] as const),
      ...(plan.plan.period ? [['plan.period', plan.plan.period.source] as const] : []),
      ...(plan.plan.term ? [['plan.term', plan.plan.term.source] as const] : []),
    ];
    for (const [what, ref] of refs) {
      const lines = linesOf(ref.file);
      const span = lines.slice(ref.line - 1, ref.endLine ?? ref.line).join('');
      expect(norm(span), `${what} at ${ref.file}:${ref.line}`).toContain(norm(ref.quote));
    }
  });

  it('lists only its own sources, and each exists', () => {
    for (const s of plan.sources) expect(existsSync(join(DATA, s.file))).toBe(true);
    for (const it of plan.items) expect(plan.sources.map((s) => s.file)).toContain(it.source.file);
  });

  it('carries a valid 全国地方公共団体コード (check digit included)', () => {
    const digits = [...plan.code].map(Number);
    const sum = digits.slice(0, 5).reduce((s, d, i) => s + d * (6 - i), 0);
    expect(digits[5]).toBe((11 - (sum % 11)) % 10);
  });
});

describe('index.json', () => {
  const index = PlanIndex.parse(JSON.parse(readData('index.json')));

  it('summarizes every plan with its item counts', () => {
    expect(index.cities.map((c) => c.id)).toEqual([...CITIES]);
    for (const [k, summary] of index.cities.entries()) {
      const plan = plans[k]!;
      expect(summary.itemCount).toBe(plan.items.length);
      const byKind = Object.values(summary.countsByKind).reduce((a, b) => a + b, 0);
      expect(byKind).toBe(plan.items.length);
      expect(summary.plan).toEqual(plan.plan);
    }
  });
});

describe('the data build', () => {
  const first = generateData(ROOT);

  it('is deterministic: two runs give byte-identical files', () => {
    expect(generateData(ROOT)).toEqual(first);
  });

  it('matches the files in static/data (run npm run build:data when this fails)', () => {
    for (const [rel, content] of first) expect(readData(rel), rel).toBe(content);
  });

  it('writes JSON with two-space indent and a trailing newline', () => {
    for (const content of first.values()) {
      expect(content.endsWith('}\n')).toBe(true);
      expect(content).toBe(JSON.stringify(JSON.parse(content), null, 2) + '\n');
    }
  });
});

describe('sources', () => {
  // `sha256sum -c data/seed-sources.sha256` from the project root checks the same.
  const recorded = new Map(
    readFileSync(SEED_SUMS, 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const [hash, path] = line.split(/\s+\*?/u);
        return [path!.replace(/^static\/data\//u, ''), hash!] as const;
      }),
  );

  it('are the seed texts whose SHA-256 the project records, byte for byte', () => {
    const files = [...new Set(plans.flatMap((p) => p.sources.map((s) => s.file)))];
    expect(files.sort()).toEqual([...recorded.keys()].sort());
    for (const file of files) {
      const hash = createHash('sha256')
        .update(readFileSync(join(DATA, file)))
        .digest('hex');
      expect(hash, file).toBe(recorded.get(file));
    }
  });
});
