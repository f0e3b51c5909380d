import { describe, expect, it } from 'vitest';
import { toLogicalLines } from './blocks';
import { resolveContents, tocEntry } from './toc';

const logical = (clean: string[]) => toLogicalLines({ clean, pageOf: clean.map(() => 0) });

describe('tocEntry', () => {
  it.each([
    ['2-1 健康づくりの推進 ……… 23', false, '2-1 健康づくりの推進'],
    ['第1章 計画の概要・・・・・・1', false, '第1章 計画の概要'],
    ['1 安心なまち 12', true, '1 安心なまち'],
    ['1 安心なまち 12', false, null],
    ['人口は12', true, null],
  ])('%j', (line, inContents, entry) => expect(tocEntry(line, inContents)).toBe(entry));
});

describe('resolveContents', () => {
  it('drops contents the body repeats', () => {
    const lines = logical([
      '目次',
      '1 安心なまち …… 3',
      '2 元気なまち …… 5',
      '3 学びのまち …… 7',
      '4 つながるまち …… 9',
      '',
      '1 安心なまち',
      '本文',
      '2 元気なまち',
      '3 学びのまち',
      '4 つながるまち',
    ]);
    const out = resolveContents(lines);
    expect(out.contents).toEqual({ entries: 4, duplicate: true });
    expect(out.lines.map((l) => l.text)).toEqual([
      '1 安心なまち',
      '本文',
      '2 元気なまち',
      '3 学びのまち',
      '4 つながるまち',
    ]);
  });

  it('keeps the entries, without page numbers, when the contents are the whole document', () => {
    const out = resolveContents(
      logical(['目次', '1 安心なまち …… 3', '1-1 防災 …… 4', '2 元気なまち …… 5', '2-1 産業 …… 6']),
    );
    expect(out.contents?.duplicate).toBe(false);
    expect(out.lines.map((l) => [l.text, l.marker.type])).toEqual([
      ['1 安心なまち', 'numbered'],
      ['1-1 防災', 'dotted'],
      ['2 元気なまち', 'numbered'],
      ['2-1 産業', 'dotted'],
    ]);
  });
});
