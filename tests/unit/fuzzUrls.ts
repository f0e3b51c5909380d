// Random and garbled URL query strings for the fuzz tests (unit: every parser; e2e: a sample
// through the browser). Seeded, so a failing state can be replayed.
import { CATEGORY_IDS } from '../../src/lib/data/schemas';
import { LANGS } from '../../src/lib/i18n/lang';

/** mulberry32, seeded: the same 500 states on every run, so a failure can be replayed. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GARBAGE = [
  '%',
  '%E3%81',
  '%ZZ',
  '%00',
  '\u0000',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../etc/passwd',
  '𝕏',
  '🙂',
  'ＩＷＡＫＩ',
  ' iwaki ',
  'IWAKI',
  ',,,',
  '=',
  '&',
  '#',
  '?',
  '+',
  '\u202e',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'a'.repeat(3000),
  '健康',
  'dx-gx',
];
// Raw, as a hand-edited link writes them: a name can hold a malformed escape too.
const KEYS = [
  'cities',
  'cat',
  'lang',
  'metric',
  'item',
  'fact',
  'q',
  'concept',
  'x',
  '',
  '%zz',
  '%E3%81',
];

/** Malformed escapes as they reach a path or a fragment. */
const BROKEN_ESCAPES = ['%', '%zz', '%ZZ', '%E3%81', '%E3%81%', '%%41', '%C0%AF', '%ED%A0%80'];

export function randomSearch(random: () => number, known: readonly string[]): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const token = () =>
    random() < 0.5
      ? pick([...known, ...CATEGORY_IDS, ...LANGS, 'share', 'count'])
      : random() < 0.7
        ? pick(GARBAGE)
        : String.fromCharCode(
            ...Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
              Math.floor(random() * 0x3000),
            ),
          );
  const value = () =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, token).join(pick([',', ',', ' ,', '']));
  const pairs = Array.from({ length: Math.floor(random() * 6) }, () => {
    const v = value();
    // Half encoded the way a browser would, half raw, so broken escapes reach the parser too.
    return `${pick(KEYS)}=${random() < 0.5 ? encodeURIComponent(v) : v}`;
  });
  return pairs.join(pick(['&', '&', '&&', ';']));
}

/** A fragment: none, a plain one, an encoded one, or a malformed escape written raw. */
export function randomFragment(random: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const r = random();
  if (r < 0.4) return '';
  if (r < 0.55) return `#${pick(['grid', 'matrix', 'main', 'x'])}`;
  if (r < 0.7) return `#${encodeURIComponent(pick(GARBAGE))}`;
  return `#${pick(['', 'a', 'grid'])}${pick(BROKEN_ESCAPES)}${pick(['', 'b'])}`;
}

/** A path below `route` holding a malformed escape written raw (the SPA fallback's case). */
export function randomBrokenPath(random: () => number, route: string): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  return `${route === '/' ? '' : route}/${pick(['', 'a', '計画'])}${pick(BROKEN_ESCAPES)}`;
}
