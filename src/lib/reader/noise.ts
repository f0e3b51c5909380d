// Lines that carry no content: blank lines, figure axes, and the page-navigation residue that a
// PDF extraction repeats between sections (序論 / 基本構想 / 基本目標1 … as separate short lines).
import { isStructureWord, type LineMarker } from './markers';
import { toMatchKey } from './normalize';

const SHORT = 8;

/**
 * Blank, or nothing but a figure's axis tick (100,000) or a zero. One- and two-digit numbers stay:
 * "01" standing alone numbers the heading below it.
 */
export function isNoiseLine(raw: string): boolean {
  const key = toMatchKey(raw);
  // …or a rule drawn with box-drawing or repeated marks (━━━━, ＝＝＝, ・・・・).
  return (
    key === '' ||
    /^(?:\d{3,}|[\d,.]*[,.][\d,.]*|0)$/u.test(key) ||
    /^[\u2500-\u257F=＝\-－_＿*＊~〜～・･.…─]{4,}$/u.test(key)
  );
}

function isShortUnmarked(raw: string, marker: LineMarker): boolean {
  if (raw.includes('\t')) return false;
  // A bare number or structure word (01, 基本目標1) standing alone can be navigation too; a
  // dotted number (2-2) standing alone heads the lines below it.
  if (marker.type !== 'text' && marker.type !== 'numbered' && marker.type !== 'labelled')
    return false;
  if (marker.type !== 'text' && marker.rest) return false;
  const key = toMatchKey(raw);
  return key.length > 0 && key.length <= SHORT && !/[。、]$/u.test(key);
}

/**
 * Indexes (0-based) of lines inside runs of at least `minRun` short unmarked lines, blank lines
 * ignored. Real headings and captions come one or two at a time; navigation comes in runs.
 */
export function findNavigationRuns(
  lines: readonly string[],
  markers: readonly LineMarker[],
  minRun: number,
): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  // Navigation residue stands at the margin: a run indented to two or more depths is an
  // outline drawn by indentation (施策の体系 with no markers), not navigation.
  const depth = (raw: string) => /^[\u3000 ]*/u.exec(raw)![0].replace(/ {2}/gu, '\u3000').length;
  const close = () => {
    if (run.length >= minRun && new Set(run.map((i) => depth(lines[i]!))).size < 2)
      run.forEach((i) => out.add(i));
    run = [];
  };
  // A level's name standing alone over its number (施策 / １－２) heads what follows.
  const namesLevel = (i: number) =>
    isStructureWord(lines[i]!) &&
    /^[\s\u3000]*[0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2})*[\s\u3000]*$/u.test(lines[i + 1] ?? '');
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    if (isShortUnmarked(raw, markers[i]!) && !namesLevel(i)) run.push(i);
    else close();
  });
  close();
  return out;
}
