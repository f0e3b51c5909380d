// Plan facts a plain text states in recognisable words: its title, the period in fiscal years,
// the vision in 「」 after 将来像, the layers (基本構想 / 基本計画 / 実施計画). Each comes with the
// line that states it; a fact the text does not state is left out rather than guessed.
import type { PlanFacts } from '../data/contract/planFacts';
import type { SourceRef } from '../data/contract/common';

const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988 };
const LAYERS = ['基本構想', '基本計画', '実施計画'] as const;

const ERA_PERIOD =
  /(令和|平成)\s*(\d{1,2}|元)\s*年度?[^年]{0,12}?(?:から|[~〜～\-－―ー])\s*(令和|平成)?\s*(\d{1,2})\s*年度/u;
const YEAR_PERIOD = /((?:19|20)\d{2})\s*年度?\s*(?:から|[~〜～\-－―ー])\s*((?:19|20)\d{2})\s*年度/u;
const VISION = /将来像[^「『\n]{0,20}[「『]([^」』\n]{4,40})[」』]/u;

function ref(file: string, index: number, quote: string): SourceRef {
  return { file, line: index + 1, quote };
}

function eraYear(era: string, n: string): number {
  return ERA_START[era]! + (n === '元' ? 1 : Number(n));
}

const NAMES_PLAN = /計画|構想|ビジョン/u;
const BREADCRUMB = /[>＞»]/u;
const PLAN_NAME = /[^\s、。「」『』()（）>＞]{1,30}(?:計画|構想|ビジョン)/u;

/**
 * The line that names the plan: a markdown heading that mentions 計画 (or 構想, ビジョン), else
 * the first short line that does, skipping breadcrumbs (ホーム ＞ 市政 ＞ 総合計画).
 */
function findTitle(lines: readonly string[], file: string, fallback: string) {
  const clean = (l: string) => l.replace(/^[#\s]+/u, '').trim();
  const names = (l: string) =>
    NAMES_PLAN.test(l) && !BREADCRUMB.test(l) && !l.includes('。') && clean(l).length <= 60;
  let index = lines.findIndex((l) => l.startsWith('#') && names(l));
  if (index < 0) index = lines.findIndex(names);
  if (index >= 0)
    return { value: clean(lines[index]!), source: ref(file, index, clean(lines[index]!)) };
  // A long web-copy line: the plan's name is the run of characters ending in 計画 inside it.
  index = lines.findIndex((l) => !BREADCRUMB.test(l) && PLAN_NAME.test(l));
  if (index >= 0) {
    const value = PLAN_NAME.exec(lines[index]!)![0];
    return { value, source: ref(file, index, value) };
  }
  index = lines.findIndex((l) => clean(l).length > 0);
  const value = clean(lines[index] ?? '').slice(0, 60) || fallback;
  return { value, source: ref(file, index, value) };
}

function findPeriod(lines: readonly string[], file: string): PlanFacts['period'] {
  for (const [i, raw] of lines.entries()) {
    const line = raw.normalize('NFKC');
    const era = ERA_PERIOD.exec(line);
    if (era) {
      const start = eraYear(era[1]!, era[2]!);
      const end = eraYear(era[3] ?? era[1]!, era[4]!);
      if (end >= start) return { start, end, source: ref(file, i, era[0]) };
    }
    const years = YEAR_PERIOD.exec(line);
    if (years && Number(years[2]) >= Number(years[1])) {
      return { start: Number(years[1]), end: Number(years[2]), source: ref(file, i, years[0]) };
    }
  }
  return undefined;
}

export function detectFacts(source: string, file: string, fallbackTitle: string): PlanFacts {
  const lines = source.split('\n');
  const title = findTitle(lines, file, fallbackTitle);
  const period = findPeriod(lines, file);
  const visionAt = lines.findIndex((l) => VISION.test(l.normalize('NFKC')));
  const vision = visionAt >= 0 ? VISION.exec(lines[visionAt]!.normalize('NFKC'))![1]! : undefined;
  const layers = LAYERS.filter((l) => source.includes(l));
  const layersAt = layers.length ? lines.findIndex((l) => l.includes(layers[0]!)) : -1;
  return {
    title: title.value,
    ...(period ? { period } : {}),
    ...(vision ? { vision } : {}),
    layers: [...layers],
    provenance: {
      title: title.source,
      ...(vision ? { vision: ref(file, visionAt, vision) } : {}),
      ...(layersAt >= 0 ? { layers: ref(file, layersAt, layers[0]!) } : {}),
    },
    population: [],
    viewpoints: [],
  };
}
