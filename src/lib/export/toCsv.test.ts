import { describe, expect, it } from 'vitest';
import type { PlanItem } from '$lib/data/schemas';
import { pickCodedRows, toCodedRow } from './codedRows';
import { BOM, toCsv } from './toCsv';

const item = (over: Partial<PlanItem>): PlanItem => ({
  id: 'iwaki/t-1',
  parent: null,
  kind: 'theme',
  title: '暮らしを守る',
  source: { file: 'sources/a.txt', line: 81, quote: '暮らしを守る' },
  categories: ['safety'],
  sdgs: [11],
  ...over,
});

const HEADER = 'city,id,kind,title,categories,sdgs,sourceFile,line,endLine,quote';

describe('toCsv', () => {
  it.each([
    [
      'a plain row',
      item({}),
      'iwaki,iwaki/t-1,theme,暮らしを守る,safety,11,sources/a.txt,81,81,暮らしを守る',
    ],
    [
      'quotes commas, quotes and line breaks',
      item({ title: '「安全」, "安心"\n強化', categories: ['safety', 'health'], sdgs: [3, 11] }),
      'iwaki,iwaki/t-1,theme,"「安全」, ""安心""\n強化",safety;health,3;11,sources/a.txt,81,81,暮らしを守る',
    ],
    [
      'defuses a formula',
      item({ title: '=1+1', source: { file: 'sources/a.txt', line: 2, endLine: 4, quote: '-x' } }),
      "iwaki,iwaki/t-1,theme,'=1+1,safety,11,sources/a.txt,2,4,'-x",
    ],
    [
      'empty lists',
      item({ categories: undefined, sdgs: undefined }),
      'iwaki,iwaki/t-1,theme,暮らしを守る,,,sources/a.txt,81,81,暮らしを守る',
    ],
  ])('%s', (_name, input, row) => {
    const copy = structuredClone(input);
    expect(toCsv([toCodedRow(input)])).toBe(`${BOM}${HEADER}\r\n${row}\r\n`);
    expect(input).toEqual(copy);
  });
});

describe('pickCodedRows', () => {
  it('keeps the order asked for and skips unknown ids', () => {
    const a = item({ id: 'iwaki/a' });
    const b = item({ id: 'hiratsuka/b' });
    const byId = new Map([a, b].map((i) => [i.id, i]));
    expect(
      pickCodedRows(['hiratsuka/b', 'x/none', 'iwaki/a'], byId).map((r) => [r.city, r.id]),
    ).toEqual([
      ['hiratsuka', 'hiratsuka/b'],
      ['iwaki', 'iwaki/a'],
    ]);
  });
});
