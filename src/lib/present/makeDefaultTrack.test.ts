import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Concepts, Plan, PlanIndex, Regions, Taxonomy } from '$lib/data/schemas';
import { countShared, makeDefaultTrack, topCategories } from './makeDefaultTrack';
import { parseTrack, serializeTrack } from './track';

const read = (file: string) => JSON.parse(readFileSync(`static/data/${file}`, 'utf8')) as unknown;
const data = {
  index: PlanIndex.parse(read('index.json')),
  taxonomy: Taxonomy.parse(read('taxonomy.json')),
  concepts: Concepts.parse(read('concepts.json')),
  regions: Regions.parse(read('regions.json')),
};
const ids = data.index.cities.map((c) => c.id);
const plans = ids.map((id) => Plan.parse(read(`plans/${id}.json`)));

describe('makeDefaultTrack on the committed data', () => {
  it.each(['ja', 'en'] as const)(
    '%s: five slides in story order, each one survives the URL',
    (lang) => {
      const copy = structuredClone(data);
      const track = makeDefaultTrack(data, lang);
      expect(track.map((s) => s.view)).toEqual([
        '/',
        '/compare?metric=share#matrix',
        '/shared',
        '/shared#unique-heading',
        '/regions',
      ]);
      for (const slide of track) expect(slide.title.length && slide.notes.length).toBeTruthy();
      expect(parseTrack(serializeTrack(track))).toEqual({ ok: true, track });
      expect(data).toEqual(copy);
    },
  );

  it('names every plan with its item count counted from the plan files', () => {
    const [overview] = makeDefaultTrack(data, 'ja');
    const total = plans.reduce((sum, p) => sum + p.items.length, 0);
    expect(overview!.notes).toContain(`計${total}項目`);
    for (const p of plans) expect(overview!.notes).toContain(`${p.name.ja}「${p.plan.title}」`);
    for (const p of plans) expect(overview!.notes).toContain(`${p.items.length}項目`);
  });

  it("states each city's largest category as the plan files count it", () => {
    const emphasis = makeDefaultTrack(data, 'en')[1]!.notes;
    for (const p of plans) {
      const counts = data.taxonomy.categories.map(
        (c) => p.items.filter((i) => i.categories?.includes(c.id)).length,
      );
      const max = Math.max(...counts);
      const cat = data.taxonomy.categories[counts.indexOf(max)]!;
      expect(emphasis).toContain(
        `${p.name.en}: most items in “${cat.label.en}” (${max} of ${p.items.length}`,
      );
    }
    expect(topCategories(data.index, data.taxonomy)).toHaveLength(plans.length);
  });

  it('counts shared concepts by the cities their items belong to', () => {
    const spans = data.concepts.concepts.map(
      (c) => new Set(c.items.map((id) => id.split('/')[0])).size,
    );
    const shared = spans.filter((n) => n >= 2).length;
    const all = spans.filter((n) => n === ids.length).length;
    expect(countShared(data.concepts, ids)).toEqual({ shared, all });
    expect(makeDefaultTrack(data, 'ja')[2]!.notes).toContain(`2市以上に共通する概念は${shared}件`);
  });

  it('counts unique approaches and frameworks per city', () => {
    const track = makeDefaultTrack(data, 'en');
    expect(track[3]!.notes).toContain(`${data.concepts.unique.length} unique approaches`);
    expect(track[4]!.notes).toContain(`${data.regions.frameworks.length} regional frameworks`);
    for (const p of plans) {
      const n = data.regions.frameworks.filter((f) => f.cities.includes(p.id)).length;
      expect(track[4]!.notes).toContain(`${p.name.en} ${n}`);
    }
  });
});
