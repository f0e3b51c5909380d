import { describe, expect, it } from 'vitest';
import { isEnterKey, keyAction, type KeyPress } from './keyAction';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});
const body = { tagName: 'BODY' };

describe('keyAction', () => {
  it.each([
    ['ArrowRight', body, {}, 'next'],
    ['ArrowDown', body, {}, 'next'],
    ['PageDown', body, {}, 'next'],
    [' ', body, {}, 'next'],
    [' ', body, { shiftKey: true }, 'prev'],
    [' ', { tagName: 'BUTTON' }, {}, null],
    [' ', { tagName: 'A' }, {}, null],
    ['ArrowLeft', body, {}, 'prev'],
    ['ArrowUp', body, {}, 'prev'],
    ['PageUp', body, {}, 'prev'],
    ['Home', body, {}, 'first'],
    ['End', body, {}, 'last'],
    ['f', body, {}, 'fullscreen'],
    ['F', { tagName: 'BUTTON' }, {}, 'fullscreen'],
    ['b', body, {}, 'black'],
    ['B', body, {}, 'black'],
    ['.', body, {}, 'black'],
    ['p', body, {}, 'presenter'],
    ['P', { tagName: 'BUTTON' }, {}, 'presenter'],
    ['Escape', body, {}, 'exit'],
    ['n', body, {}, null],
    ['ArrowRight', { tagName: 'INPUT' }, {}, null],
    ['ArrowLeft', { tagName: 'TEXTAREA' }, {}, null],
    ['b', { tagName: 'SELECT' }, {}, null],
    ['f', { tagName: 'DIV', isContentEditable: true }, {}, null],
    ['f', body, { ctrlKey: true }, null],
    ['ArrowLeft', body, { altKey: true }, null],
    ['PageDown', body, { metaKey: true }, null],
    ['x', body, {}, null],
    ['ArrowRight', null, {}, 'next'],
  ] as const)('%s on %o with %o', (key, target, mods, expected) => {
    const p = press(key, mods);
    const copy = structuredClone(p);
    expect(keyAction(p, target)).toBe(expected);
    expect(p).toEqual(copy);
  });
});

describe('isEnterKey', () => {
  it.each([
    ['p', body, {}, true],
    ['P', body, {}, true],
    ['p', { tagName: 'INPUT' }, {}, false],
    ['p', { tagName: 'SELECT' }, {}, false],
    ['p', body, { ctrlKey: true }, false],
    ['o', body, {}, false],
  ] as const)('%s on %o with %o', (key, target, mods, expected) => {
    expect(isEnterKey(press(key, mods), target)).toBe(expected);
  });
});
