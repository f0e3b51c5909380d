// Which presentation command a key press means: the keys of a room. Clickers send PageUp and
// PageDown (some the arrows, a few B or . for a black screen). Keys are never taken while the
// presenter types (track titles, notes), nor when a modifier turns them into a browser shortcut;
// Space and Enter on a button press the button.

// The typing test and `P` (which opens the presentation from any page) live in enterKey.ts,
// which the root layout loads.
import { isTyping, type FocusLike, type KeyPress } from './enterKey';

export { isEnterKey, isTyping, type FocusLike, type KeyPress } from './enterKey';

export type PresentAction =
  'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'black' | 'presenter' | 'exit';

const PRESSABLE = new Set(['BUTTON', 'A', 'SUMMARY']);

const ACTIONS: Record<string, PresentAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  b: 'black',
  B: 'black',
  '.': 'black',
  p: 'presenter',
  P: 'presenter',
  Escape: 'exit',
};

export function keyAction(press: KeyPress, target: FocusLike | null | undefined) {
  if (press.altKey || press.ctrlKey || press.metaKey || isTyping(target)) return null;
  if (press.key === ' ' && PRESSABLE.has(target?.tagName ?? '')) return null;
  if (press.key === ' ' && press.shiftKey) return 'prev';
  return ACTIONS[press.key] ?? null;
}
