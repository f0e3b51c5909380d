// Whether a key press opens the presentation: the root layout's part of the presentation keys, kept
// apart from keyAction.ts so every page's shell carries this and not the slides' key table.

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

export function isTyping(target: FocusLike | null | undefined): boolean {
  return !!target && (TYPING.has(target.tagName ?? '') || target.isContentEditable === true);
}

/** `P` opens the presentation from any page of the dashboard, under the same conditions. */
export function isEnterKey(press: KeyPress, target: FocusLike | null | undefined): boolean {
  if (press.altKey || press.ctrlKey || press.metaKey || isTyping(target)) return false;
  return press.key === 'p' || press.key === 'P';
}
