import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateData, summarize } from '../../scripts/build-data';
import { Plan, PlanIndex } from '../../src/lib/data/schemas';

const repo = resolve(import.meta.dirname, '../..');
const root = mkdtempSync(join(tmpdir(), 'plan-atlas-rebuild-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A city as `npm run ingest` leaves it: a plan file and an index entry, no curation file. */
function addIngestedCity(): Plan {
  cpSync(join(repo, 'static/data'), join(root, 'static/data'), { recursive: true });
  cpSync(join(repo, 'scripts/curation'), join(root, 'scripts/curation'), { recursive: true });
  const iwaki = Plan.parse(
    JSON.parse(readFileSync(join(root, 'static/data/plans/iwaki.json'), 'utf8')),
  );
  const rename = (id: string) => id.replace(/^iwaki\//, 'kitakata/');
  const plan: Plan = {
    ...iwaki,
    id: 'kitakata',
    name: { ja: '喜多方市', en: 'Kitakata' },
    items: iwaki.items.map((item) => ({
      ...item,
      id: rename(item.id),
      parent: item.parent === null ? null : rename(item.parent),
      repeats: item.repeats === undefined ? undefined : rename(item.repeats),
    })),
  };
  writeFileSync(join(root, 'static/data/plans/kitakata.json'), JSON.stringify(plan));
  const indexPath = join(root, 'static/data/index.json');
  const index = PlanIndex.parse(JSON.parse(readFileSync(indexPath, 'utf8')));
  index.cities.push(summarize(plan));
  writeFileSync(indexPath, JSON.stringify(index));
  return plan;
}

describe('npm run build:data after an ingest', () => {
  it('keeps the ingested city in the index, its plan file and the concepts', () => {
    const plan = addIngestedCity();
    const files = generateData(root);
    const index = PlanIndex.parse(JSON.parse(files.get('index.json')!));
    expect(index.cities.map((c) => c.id)).toEqual([
      'nihonmatsu',
      'ichinoseki',
      'hiratsuka',
      'iwaki',
      'kitakata',
    ]);
    const rebuilt = Plan.parse(JSON.parse(files.get('plans/kitakata.json')!));
    expect(rebuilt.items.map((i) => i.id)).toEqual(plan.items.map((i) => i.id));
    expect(rebuilt.items.every((i) => (i.categories ?? []).length > 0)).toBe(true);
    expect(files.get('concepts.json')).toContain('kitakata/');
  });
});
