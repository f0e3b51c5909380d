// (再掲) rows repeat an item listed elsewhere in the plan. The row names the place in the plan's
// own numbering, which may lie outside the sources we have, so the link goes by title: the title
// with its parentheticals removed must equal exactly one other item's.
import type { PlanItem } from '../../src/lib/data/schemas';
import type { ItemRule } from './curation';
import { toMatchKey } from '../../src/lib/reader/normalize';

const PARENTHETICAL = /[(（][^()（）]*[)）]/gu;

function baseKey(title: string): string {
  let t = title;
  while (PARENTHETICAL.test(t)) t = t.replace(PARENTHETICAL, '');
  return toMatchKey(t);
}

/** Sets `repeats` (or a note when the repeated item is not in the sources). Mutates `items`. */
export function linkRepeats(items: PlanItem[], rules: readonly ItemRule[]): void {
  const markers = rules.flatMap((r) => (r.repeatMarker ? [new RegExp(r.repeatMarker, 'u')] : []));
  if (!markers.length) return;
  const isRepeat = (it: PlanItem) => markers.some((m) => m.test(it.title));
  for (const it of items) {
    if (!isRepeat(it)) continue;
    const key = baseKey(it.title);
    const originals = items.filter((o) => o !== it && !isRepeat(o) && baseKey(o.title) === key);
    const ref = /[(（]([^()（）]*再掲[^()（）]*)[)）]/u.exec(it.title)?.[1] ?? '';
    if (originals.length === 1) it.repeats = originals[0]!.id;
    else
      it.note = `Repeats an item listed elsewhere in the plan (${ref}); that part of the plan is not among the sources.`;
  }
}
