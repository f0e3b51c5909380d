// Every figure layout, fed the committed data, keeps what it places inside the box it is given:
// the full figure box of a slide, and a short one (a slide whose title and note take two lines
// each). Widths come from the generous estimate, so real text is narrower still.
import { describe, expect, it } from 'vitest';
import { countIntersections } from '$lib/analysis/countIntersections';
import { readDeckData } from '../../../../tests/unit/readDeckData';
import type { Box } from '../layoutSlide';
import { estimateWidth } from '$lib/charts/wrapText';
import { layoutColumns } from './columnsLayout';
import { layoutHeat } from './heatLayout';
import { layoutLabels } from './labelsLayout';
import { findYearDomain, layoutPeriods, pickTicks } from './periodsLayout';
import { layoutRegionPanels } from './regionPanels';
import { layoutScope } from './scopeLayout';
import { layoutUpSetSlide } from './upsetSlideLayout';

const data = readDeckData();
const cities = data.index.cities.map((c) => c.id);
const BOXES: [string, Box][] = [
  ['the full figure box', { x: 56, y: 150, width: 1168, height: 470 }],
  ['a short figure box', { x: 56, y: 260, width: 1168, height: 360 }],
];

const inside = (box: Box, x: number, y: number) =>
  x >= box.x - 0.5 &&
  x <= box.x + box.width + 0.5 &&
  y >= box.y - 0.5 &&
  y <= box.y + box.height + 0.5;

describe.each(BOXES)('in %s', (_, box) => {
  it('periods: bars on the axis, inside the box', () => {
    const rows = data.index.cities.map((c) => ({
      id: c.id,
      label: c.name.ja,
      start: c.plan.period?.start ?? null,
      end: c.plan.period?.end ?? null,
      years: c.plan.period ? `${c.plan.period.start}–${c.plan.period.end}年度` : '',
      missing: '期間を年度で示さない',
    }));
    const copy = structuredClone(rows);
    const placed = layoutPeriods(rows, box, estimateWidth);
    for (const row of placed.rows) {
      expect(inside(box, row.label.x, row.label.y)).toBe(true);
      if (row.bar) {
        expect(inside(box, row.bar.x, row.bar.y)).toBe(true);
        expect(inside(box, row.bar.x + row.bar.width, row.bar.y + row.bar.height)).toBe(true);
      }
    }
    expect(placed.rows.filter((r) => r.bar === null).map((r) => r.id)).toEqual(
      data.index.cities.filter((c) => !c.plan.period).map((c) => c.id),
    );
    expect(rows).toEqual(copy);
  });

  it('scope: a bar per city on one scale', () => {
    const input = [...data.plans.values()].map((p) => ({
      id: p.id,
      name: p.name.ja,
      documents: p.sources.map((s) => ({
        title: s.title,
        items: p.items.filter((i) => i.source.file === s.file).length,
      })),
    }));
    const placed = layoutScope(input, box, estimateWidth, (n) => `${n}項目`);
    const widths = placed.map((c) => c.segments.reduce((w, s) => w + s.width, 0));
    const items = input.map((c) => c.documents.reduce((n, d) => n + d.items, 0));
    const max = Math.max(...items);
    expect(widths[items.indexOf(max)]).toBe(Math.max(...widths));
    for (const c of placed)
      for (const s of c.segments) expect(inside(box, s.x + s.width, s.y + s.height)).toBe(true);
  });

  it('heat map: every cell inside, and each value written at 20 or more', () => {
    const columns = data.taxonomy.categories.map((c) => ({ id: c.id, label: c.label.ja }));
    const placed = layoutHeat(
      {
        columns,
        rows: data.index.cities.map((c) => ({
          id: c.id,
          label: c.name.ja,
          values: columns.map((k) => c.countsByCategory?.[k.id] ?? 0),
          texts: columns.map((k) => String(c.countsByCategory?.[k.id] ?? 0)),
        })),
        max: 80,
        selected: 'safety',
        legend: { title: '項目数', low: '0', high: '80' },
      },
      box,
      estimateWidth,
    );
    expect(placed.cells).toHaveLength(columns.length * cities.length);
    for (const cell of placed.cells) {
      expect(inside(box, cell.x, cell.y)).toBe(true);
      expect(inside(box, cell.x + cell.width, cell.y + cell.height)).toBe(true);
      expect(cell.size).toBeGreaterThanOrEqual(20);
    }
    for (const head of placed.heads) expect(head.lines.length).toBeLessThanOrEqual(3);
    expect(placed.outline).not.toBeNull();
    expect(placed.legend.y + 20).toBeLessThanOrEqual(box.y + box.height);
  });

  it('UpSet: a column per combination, dots on the city rows', () => {
    const upset = countIntersections(data.concepts.concepts, cities);
    const placed = layoutUpSetSlide(upset, cities, box, estimateWidth);
    expect(placed.columns).toHaveLength(upset.intersections.length);
    for (const col of placed.columns) {
      expect(inside(box, col.bar.x, col.bar.y - 30)).toBe(true);
      expect(inside(box, col.bar.x + col.bar.width, col.bar.y + col.bar.height)).toBe(true);
      for (const dot of col.dots) expect(inside(box, col.x, dot.y + 10)).toBe(true);
    }
  });

  it('columns: what does not fit is counted, never cut', () => {
    const concept = data.concepts.concepts[0]!;
    const columns = cities.map((id) => ({
      id,
      title: id,
      subtitle: '',
      entries: concept.items
        .filter((i) => i.startsWith(`${id}/`))
        .map(() => '市民協働による市政運営の推進'),
      empty: 'なし',
    }));
    const placed = layoutColumns(columns, box, estimateWidth, {
      maxLines: 2,
      more: (n) => `ほか${n}`,
    });
    for (const [i, col] of placed.entries()) {
      const hidden = columns[i]!.entries.length - col.entries.length;
      expect(col.rest?.text ?? 'ほか0').toBe(`ほか${Math.max(0, hidden)}`);
      for (const e of col.entries)
        expect(e.y + 20 * (e.lines.length - 1)).toBeLessThan(box.y + box.height);
      if (col.rest) expect(col.rest.y).toBeLessThan(box.y + box.height);
    }
  });

  it('regions: a panel per city, its city inside its map', () => {
    const panels = layoutRegionPanels({ ...data, cities, lang: 'ja' }, box, 4);
    expect(panels.map((p) => p.frameworks)).toEqual(
      cities.map((id) => data.regions.frameworks.filter((f) => f.cities.includes(id)).length),
    );
    for (const p of panels) {
      const city = p.points.find((pt) => pt.city)!;
      expect(inside(p.map, city.x, city.y)).toBe(true);
      expect(p.areas.every((a) => a.d.startsWith('M'))).toBe(true);
      expect(p.kindTop + 4 * 27).toBeLessThanOrEqual(box.y + box.height + 1);
    }
  });

  it('labels: a bar per category, its length its F1', () => {
    const bars = data.evaluation.final.categories.map((c) => ({
      id: c.id,
      label: c.id,
      value: c.f1,
    }));
    const placed = layoutLabels(bars, 0.9, box, estimateWidth, { axis: 'F1', target: (t) => t });
    const full = placed.ticks.at(-1)!.x - placed.ticks[0]!.x;
    for (const [i, bar] of placed.bars.entries()) {
      expect(bar.width / full).toBeCloseTo(bars[i]!.value, 5);
      expect(inside(box, bar.x + bar.width, bar.y + bar.height)).toBe(true);
    }
  });
});

describe('the year axis', () => {
  it.each<[[number, number], number, number[]]>([
    [[2021, 2032], 1100, [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032]],
    [[2021, 2032], 500, [2022, 2024, 2026, 2028, 2030, 2032]],
    [[2000, 2050], 500, [2000, 2010, 2020, 2030, 2040, 2050]],
  ])('%o over %i px', (domain, width, ticks) => {
    expect(pickTicks(domain, width, 80)).toEqual(ticks);
  });

  it('runs from the first start to the year after the last end', () => {
    const row = (start: number | null, end: number | null) => ({ id: 'x', label: 'x', start, end });
    expect(findYearDomain([row(2024, 2031), row(2021, 2030), row(null, null)])).toEqual([
      2021, 2032,
    ]);
    expect(findYearDomain([row(null, null)])).toEqual([2020, 2031]);
  });
});
