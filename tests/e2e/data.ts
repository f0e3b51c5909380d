// The tests read the same public data files the app serves, parsed with the app's schemas, so
// their expectations come from the data rather than from copies of it.
import { readFileSync } from 'node:fs';
import { Plan, PlanIndex, type PlanItem } from '../../src/lib/data/schemas';

const read = (file: string) => JSON.parse(readFileSync(`static/data/${file}`, 'utf8')) as unknown;

export const index = PlanIndex.parse(read('index.json'));
export const cityIds = index.cities.map((c) => c.id);
export const loadPlanJson = (city: string) => Plan.parse(read(`plans/${city}.json`));

export function readSourceLines(file: string): string[] {
  return readFileSync(`static/data/${file}`, 'utf8').split(/\r?\n/);
}

/** How the data contract compares a quote with its lines. */
export const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** An item two levels down, so opening it needs its parent expanded first. */
export function findNestedItem(items: PlanItem[]): { item: PlanItem; parent: PlanItem } {
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const item of items) {
    const parent = item.parent ? byId.get(item.parent) : undefined;
    if (parent?.parent && byId.has(parent.parent)) return { item, parent };
  }
  throw new Error('no item at depth 2');
}

/** The item cited furthest down its source file, so the viewer has to scroll to show it. */
export function deepestItem(items: PlanItem[]): PlanItem {
  return items.reduce((a, b) => (b.source.line > a.source.line ? b : a));
}
