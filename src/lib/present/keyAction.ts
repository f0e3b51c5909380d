// Which presentation command a key press means. Clickers send PageUp/PageDown; some send
// ArrowLeft/ArrowRight. Keys are never taken while the presenter types (track titles, notes,
// the search box), nor when a modifier turns them into a browser shortcut.

export type PresentAction = 'next' | 'prev' | 'fullscreen' | 'exit' | 'notes';

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export interface FocusLike {
  tagName?: string;
  isContentEditable?: boolean;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function isTyping(target: FocusLike | null | undefined): boolean {
  return !!target && (TYPING.has(target.tagName ?? '') || target.isContentEditable === true);
}

const ACTIONS: Record<string, PresentAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'prev',
  PageUp: 'prev',
  f: 'fullscreen',
  F: 'fullscreen',
  n: 'notes',
  N: 'notes',
  Escape: 'exit',
};

export function keyAction(press: KeyPress, target: FocusLike | null | undefined) {
  if (press.altKey || press.ctrlKey || press.metaKey || isTyping(target)) return null;
  return ACTIONS[press.key] ?? null;
}

/** `P` enters presentation mode from any page, under the same conditions. */
export function isEnterKey(press: KeyPress, target: FocusLike | null | undefined): boolean {
  if (press.altKey || press.ctrlKey || press.metaKey || isTyping(target)) return false;
  return press.key === 'p' || press.key === 'P';
}
