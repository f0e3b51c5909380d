// What the schemas refuse beyond types: a repeated id, an array over its cap, a URL that is not
// http(s). Each is a named problem at its path, as the data-error panel shows it, and none throws.
import { readFileSync } from 'node:fs';
import type * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { Concepts } from './contract/concepts';
import { Evaluation } from './contract/evaluation';
import { Plan } from './contract/plan';
import { PlanIndex } from './contract/planIndex';
import { Framework, Municipalities, Regions } from './contract/regions';
import { Taxonomy } from './contract/taxonomy';
import { UrlSource } from './contract/common';
import { schemaProblem } from './schemaProblem';

// The tests break the data on purpose, in shapes no schema type allows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const read = (file: string): Json => JSON.parse(readFileSync(`static/data/${file}`, 'utf8'));

/** The problem the app shows for `value`, or null when it passes. */
function problemOf(schema: z.ZodMiniType, value: unknown): string | null {
  return schema.safeParse(value).success ? null : schemaProblem(schema, value);
}

describe('a repeated id is a named problem', () => {
  const cases: [string, z.ZodMiniType, string, (x: Json) => void, string, string][] = [
    [
      'a city',
      PlanIndex,
      'index.json',
      (x) => x.cities.push(x.cities[0]),
      'cities[4].id',
      '"nihonmatsu" (first at [0])',
    ],
    [
      'a category',
      Taxonomy,
      'taxonomy.json',
      (x) => (x.categories[3] = x.categories[1]),
      'categories[3].id',
      '"children" (first at [1])',
    ],
    [
      'an SDG',
      Taxonomy,
      'taxonomy.json',
      (x) => (x.sdgs[16].goal = 1),
      'sdgs[16].goal',
      '1 (first at [0])',
    ],
    [
      'a concept',
      Concepts,
      'concepts.json',
      (x) => x.concepts.push(x.concepts[2]),
      'concepts[52].id',
      '(first at [2])',
    ],
    [
      'an item of a concept',
      Concepts,
      'concepts.json',
      (x) => x.concepts[0].items.push(x.concepts[0].items[0]),
      'concepts[0].items[',
      '(first at [0])',
    ],
    [
      'an item of a unique approach',
      Concepts,
      'concepts.json',
      (x) => x.unique[0].items.push(x.unique[0].items[0]),
      'unique[0].items[',
      '(first at [0])',
    ],
    [
      'a plan item',
      Plan,
      'plans/iwaki.json',
      (x) => x.items.push(x.items[5]),
      'items[49].id',
      '(first at [5])',
    ],
    [
      'a category of an item',
      Plan,
      'plans/iwaki.json',
      (x) => (x.items[0].categories = ['health', 'health']),
      'items[0].categories[1]',
      '"health" (first at [0])',
    ],
    [
      'an SDG of an item',
      Plan,
      'plans/iwaki.json',
      (x) => (x.items[0].sdgs = [3, 3]),
      'items[0].sdgs[1]',
      '3 (first at [0])',
    ],
    [
      'a plan source',
      Plan,
      'plans/iwaki.json',
      (x) => x.sources.push(x.sources[0]),
      'sources[1].file',
      '(first at [0])',
    ],
    [
      'a framework',
      Regions,
      'regions.json',
      (x) => x.frameworks.push(x.frameworks[0]),
      'frameworks[24].id',
      '(first at [0])',
    ],
    [
      'a framework member',
      Regions,
      'regions.json',
      (x) => x.frameworks[1].members.push(x.frameworks[1].members[0]),
      'frameworks[1].members[',
      '(first at [0])',
    ],
    [
      'an omitted framework',
      Regions,
      'regions.json',
      (x) => x.omitted.push(x.omitted[0]),
      'omitted[4].id',
      '(first at [0])',
    ],
    [
      'a regions city',
      Regions,
      'regions.json',
      (x) => x.cities.push(x.cities[3]),
      'cities[4].id',
      '"iwaki" (first at [3])',
    ],
    [
      'a municipality',
      Municipalities,
      'municipalities.json',
      (x) => x.push(x[7]),
      '[64].code',
      '(first at [7])',
    ],
    [
      'an evaluated category',
      Evaluation,
      'evaluation.json',
      (x) => (x.final.categories[2] = x.final.categories[0]),
      'final.categories[2].id',
      '"health" (first at [0])',
    ],
    [
      'a confusion label',
      Evaluation,
      'evaluation.json',
      (x) => (x.rulesOnly.confusion.labels[1] = x.rulesOnly.confusion.labels[0]),
      'rulesOnly.confusion.labels[1]',
      '"health" (first at [0])',
    ],
  ];

  it.each(cases)('%s', (_what, schema, file, change, path, repeat) => {
    const value = read(file);
    expect(problemOf(schema, value)).toBeNull();
    change(value);
    const problem = problemOf(schema, value);
    expect(problem).toContain(`duplicate ${repeat.startsWith('(') ? '' : repeat}`);
    expect(problem).toContain(repeat);
    expect(problem).toContain(`→ at ${path}`);
  });
});

/** `entry` repeated `n` times, each with its own `key` (so only the count is wrong). */
const many = (entry: Json, n: number, key?: string) =>
  Array.from({ length: n }, (_, i) => (key ? { ...entry, [key]: `${entry[key]}-${i}` } : entry));

describe('arrays are capped well above national scale', () => {
  // Japan has 1,741 municipalities; a plan a few thousand items. The caps are documented in
  // docs/data-contract.md.
  const caps: [string, z.ZodMiniType, string, number, (x: Json, n: number) => void, string][] = [
    [
      'cities of index.json',
      PlanIndex,
      'index.json',
      2000,
      (x, n) => (x.cities = many(x.cities[0], n, 'id')),
      'cities',
    ],
    [
      'municipalities',
      Municipalities,
      'municipalities.json',
      2000,
      (x, n) => x.splice(0, x.length, ...many(x[0], n, 'code')),
      '',
    ],
    [
      'plan items',
      Plan,
      'plans/iwaki.json',
      10000,
      (x, n) => (x.items = many(x.items[0], n, 'id')),
      'items',
    ],
    [
      'frameworks',
      Regions,
      'regions.json',
      5000,
      (x, n) => (x.frameworks = many(x.frameworks[0], n, 'id')),
      'frameworks',
    ],
    [
      'concepts',
      Concepts,
      'concepts.json',
      20000,
      (x, n) => (x.concepts = many(x.concepts[0], n, 'id')),
      'concepts',
    ],
    [
      'confusion rows',
      Evaluation,
      'evaluation.json',
      50,
      (x, n) => (x.final.confusion.matrix = many(x.final.confusion.matrix[0], n)),
      'final.confusion.matrix',
    ],
  ];

  it.each(caps)('%s', (_what, schema, file, cap, resize, path) => {
    const atCap = read(file);
    resize(atCap, cap);
    expect(problemOf(schema, atCap) ?? '').not.toContain('too many');
    const over = read(file);
    resize(over, cap + 1);
    const problem = problemOf(schema, over);
    expect(problem).toContain(`too many entries: ${cap + 1}, at most ${cap}`);
    if (path) expect(problem).toContain(`→ at ${path}`);
  });

  it('a 13,132-city index.json is refused with one problem', () => {
    const index = read('index.json');
    index.cities = many(index.cities[0], 13_132, 'id');
    const parsed = PlanIndex.safeParse(index);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toHaveLength(1);
    expect(schemaProblem(PlanIndex, index)).toBe(
      '✖ too many entries: 13132, at most 2000\n  → at cities',
    );
  });

  it('a million bad entries fail on the count, without overflowing the stack', () => {
    const evaluation = read('evaluation.json');
    evaluation.final.confusion.matrix = Array.from({ length: 1_000_000 }, () => ['x']);
    expect(() => Evaluation.safeParse(evaluation)).not.toThrow();
    expect(schemaProblem(Evaluation, evaluation)).toBe(
      '✖ too many entries: 1000000, at most 50\n  → at final.confusion.matrix',
    );
  });
});

describe('a source URL is http: or https:', () => {
  it.each(['https://www.city.iwaki.lg.jp/', 'http://example.jp/a?b=c#d'])('%s passes', (url) => {
    expect(UrlSource.safeParse({ url, title: 't' }).success).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'file:///etc/passwd',
    '//example.jp/',
    'https:',
    'https://',
    'not a url',
  ])('%s is refused', (url) => {
    expect(schemaProblem(UrlSource, { url, title: 't' })).toBe(
      '✖ only http: and https: URLs are allowed\n  → at url',
    );
  });

  it('a framework citing a javascript: URL is refused at its path', () => {
    const framework = read('regions.json').frameworks.find((f: Json) => 'url' in f.source);
    framework.source.url = 'javascript:alert(document.cookie)';
    expect(problemOf(Framework, framework)).toContain('only http: and https: URLs are allowed');
    expect(problemOf(Framework, framework)).toContain('→ at source.url');
  });
});

describe('a file with too many problems is still named, never thrown', () => {
  it('lists the first 20 problems and counts the rest', () => {
    const plan = read('plans/iwaki.json');
    for (const item of plan.items) item.kind = 'wish';
    const problem = schemaProblem(Plan, plan)!;
    expect(problem.match(/^✖ /gmu)).toHaveLength(20);
    expect(problem).toMatch(new RegExp(`\\n… and ${plan.items.length - 20} more$`, 'u'));
  });

  it('says the file is too large to check when zod itself overflows', () => {
    // Records have no length to cap: a million bad counts overflow zod while it gathers them.
    const index = read('index.json');
    index.cities[0].countsByKind = Object.fromEntries(
      Array.from({ length: 1_000_000 }, (_, i) => [`k${i}`, 'x']),
    );
    expect(schemaProblem(PlanIndex, index)).toMatch(/^too large or too broken to check \(.+\)$/u);
  });
});
