import { describe, expect, it } from 'vitest';
import {
  PERTURBATIONS,
  addTrailingSpace,
  doubleBlankLines,
  insertPageFrames,
  removeBlankLines,
  stripIndentation,
  swapMarkerWidth,
  toCrlf,
  wrapAt,
} from './perturb';
import { matchKey } from './readerScore';

const PLAN = [
  '第１章　まちづくりの基本目標',
  '',
  '（１）子どもが健やかに育つまち',
  '　子育て世帯が安心して暮らせるよう、相談の窓口を一つにまとめ、保育と教育の質を高めます。',
  '',
  '(2) 高齢者が地域で支え合うまち',
  '区分\t現状値\t目標値',
].join('\n');

describe('perturbations of a plan text', () => {
  it('breaks only lines longer than the width, at the width', () => {
    const out = wrapAt(PLAN, 20).split('\n');
    expect(out).toContain('第１章　まちづくりの基本目標');
    expect(out.every((l) => [...l].length <= 21 || l.includes('\t'))).toBe(true);
    const prose = PLAN.split('\n')[3]!;
    expect(out).toContain([...prose].slice(0, 20).join(''));
    expect(out).toContain([...prose].slice(20, 40).join(''));
    expect(out.join('')).toBe(PLAN.split('\n').join(''));
  });

  it('keeps a comma, a middle dot or a closing bracket off the start of a line', () => {
    expect(wrapAt('あいう、えお', 3)).toBe('あいう、\nえお');
    expect(wrapAt('家庭・地域・学校', 2)).toBe('家庭・\n地域・\n学校');
    expect(wrapAt('（１）」。ABC', 2)).toBe('（１）」。\nAB\nC');
  });

  it('leaves positioned lines (tab rows, aligned columns) whole', () => {
    const row = '事業名          担当課     令和８年度の事業費（千円）';
    expect(wrapAt(row, 10)).toBe(row);
    expect(wrapAt('――――――――――――', 5)).toBe('――――――――――――');
    expect(wrapAt('a\tbbbbbbbbbbbbbbbbbbbbbbbb', 5)).toBe('a\tbbbbbbbbbbbbbbbbbbbbbbbb');
  });

  it('counts code points, not UTF-16 units', () => {
    expect(wrapAt('𠮟𠮟𠮟𠮟', 2)).toBe('𠮟𠮟\n𠮟𠮟');
  });

  it('removes and doubles blank lines', () => {
    expect(removeBlankLines('a\n\n　\nb')).toBe('a\nb');
    expect(doubleBlankLines('a\n\nb')).toBe('a\n\n\nb');
  });

  it('strips leading indentation but keeps a form feed', () => {
    expect(stripIndentation('　 a\n\f  b\n\tc')).toBe('a\n\fb\nc');
  });

  it('inserts page frames: number, form feed and running header', () => {
    const text = Array.from({ length: 5 }, (_, i) => `line ${i}`).join('\n');
    expect(insertPageFrames(text, '架空町', 2).split('\n')).toEqual([
      'line 0',
      'line 1',
      '',
      '- 1 -',
      '\f架空町',
      '',
      'line 2',
      'line 3',
      '',
      '- 2 -',
      '\f架空町',
      '',
      'line 4',
    ]);
    expect(insertPageFrames('a\nb\nc', 'X', 2, 'bare')).toContain('\n1\n\fX\n');
  });

  it('writes CRLF line ends', () => {
    expect(toCrlf('a\nb\r\nc')).toBe('a\r\nb\r\nc');
  });

  it('swaps the width of digits and parentheses in leading markers only', () => {
    expect(swapMarkerWidth('（１）子ども\n基本目標２　安心', 'half')).toBe(
      '(1)子ども\n基本目標2　安心',
    );
    expect(swapMarkerWidth('(1) 子ども 3人\n　1-2 施策', 'full')).toBe(
      '（１） 子ども 3人\n　１-２ 施策',
    );
    expect(swapMarkerWidth('第3章 計画', 'full')).toBe('第３章 計画');
    expect(swapMarkerWidth('01-01   保健と医療   総務課', 'full')).toBe(
      '01-01   保健と医療   総務課',
    );
  });

  it('adds a trailing space to lines that are not empty', () => {
    expect(addTrailingSpace('a\n\nb')).toBe('a \n\nb ');
    expect(addTrailingSpace('a', '\u3000')).toBe('a\u3000');
  });

  it('keeps every line of the plan in the text modulo whitespace and width', () => {
    for (const [name, perturb] of Object.entries(PERTURBATIONS)) {
      const out = matchKey(perturb(PLAN, { name: '架空町' }));
      if (name.startsWith('page-frames')) {
        for (const line of PLAN.split('\n')) expect(out, name).toContain(matchKey(line));
      } else expect(out, name).toBe(matchKey(PLAN));
    }
  });
});
