// Which presentation command a key press means: the keys of a room. Clickers send PageUp and
// PageDown (some the arrows, a few B or . for a black screen). Keys are never taken while the
// presenter types (track titles, notes), nor when a modifier turns them into a browser shortcut;
// Space and Enter on a button press the button.

export type PresentAction =
  'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'black' | 'presenter' | 'exit';

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey?: boolean;
}

export interface FocusLike {
  tagName?: string;
  isContentEditable?: boolean;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const PRESSABLE = new Set(['BUTTON', 'A', 'SUMMARY']);

export function isTyping(target: FocusLike | null | undefined): boolean {
  return !!target && (TYPING.has(target.tagName ?? '') || target.isContentEditable === true);
}

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

/** `P` opens the presentation from any page of the dashboard, under the same conditions. */
export function isEnterKey(press: KeyPress, target: FocusLike | null | undefined): boolean {
  if (press.altKey || press.ctrlKey || press.metaKey || isTyping(target)) return false;
  return press.key === 'p' || press.key === 'P';
}
