// A talk track is an ordered list of saved views, each with a title and speaker notes. It travels
// in the URL (/present?track=…&slide=N) so a presenter can share it as one link, and a reload
// lands on the same slide. Each slide draws the chart of its view (figureOf.ts); the view is also
// where Esc leaves to. Pure: no DOM, no router.

export interface Slide {
  /** Path and query of the view, without the base path and without the presentation params. */
  view: string;
  title: string;
  notes: string;
}

export type Track = Slide[];

/** Parameters that belong to the presentation, not to the view shown on a slide. */
export const PRESENT_PARAMS = ['present', 'track', 'slide', 'lang', 'from', 'presenter'] as const;

const LIMITS = { slides: 50, view: 500, title: 200, notes: 2000 };

/**
 * The view part of a URL: its path (base path removed) and the view's own query and hash.
 * `null` when the URL is not an internal path (a shared track must not send anyone elsewhere).
 */
export function toView(pathAndQuery: string, base = ''): string | null {
  if (!/^\/(?![/\\])/.test(pathAndQuery) || pathAndQuery.includes('\\')) return null;
  const url = new URL(pathAndQuery, 'http://local');
  if (url.origin !== 'http://local') return null;
  let path = url.pathname;
  if (base && (path === base || path.startsWith(`${base}/`))) path = path.slice(base.length) || '/';
  const query = dropParams(url.search, PRESENT_PARAMS);
  return `${path}${query}${url.hash}`;
}

/** A raw `name=value` pair's name as the page reads it (URLSearchParams: `+` is a space, and a
 * malformed escape such as `%zz` stays as written instead of throwing). */
const paramName = (pair: string) => new URLSearchParams(pair).keys().next().value ?? '';

/** Removes `names` from a raw query string without re-encoding the rest (`a,b` stays `a,b`). */
function dropParams(search: string, names: readonly string[]): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !names.includes(paramName(pair)));
  return kept.length ? `?${kept.join('&')}` : '';
}

/** Two views are the same slide when path and query match, whatever the order of parameters. */
export function sameView(a: string, b: string): boolean {
  const norm = (v: string) => {
    const url = new URL(v, 'http://local');
    url.searchParams.sort();
    return `${url.pathname}?${url.searchParams.toString()}`;
  };
  return norm(a) === norm(b);
}

/**
 * The slide of `view` in `track`, 0-based, or -1: the slide of exactly that view (its section, the
 * hash, told apart: /shared#unique-heading is the unique approaches, not /shared's UpSet plot),
 * else the first of the same page and query.
 */
export function findViewSlide(track: Track, view: string): number {
  const hash = (v: string) => new URL(v, 'http://local').hash;
  const exact = track.findIndex((s) => sameView(s.view, view) && hash(s.view) === hash(view));
  return exact >= 0 ? exact : track.findIndex((s) => sameView(s.view, view));
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) return null;
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Compact form: base64url of JSON `[[view, title, notes], …]` (UTF-8, no padding). */
export function serializeTrack(track: Track): string {
  return toBase64Url(JSON.stringify(track.map((s) => [s.view, s.title, s.notes])));
}

export type ParsedTrack = { ok: true; track: Track } | { ok: false; problem: string };

export function parseTrack(code: string): ParsedTrack {
  const json = fromBase64Url(code);
  if (json === null) return { ok: false, problem: 'not base64url UTF-8' };
  let rows: unknown;
  try {
    rows = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  if (!Array.isArray(rows) || rows.length === 0) return { ok: false, problem: 'no slides' };
  if (rows.length > LIMITS.slides) return { ok: false, problem: 'too many slides' };
  const track: Track = [];
  for (const [i, row] of rows.entries()) {
    const cells =
      Array.isArray(row) && row.length === 3 && row.every((cell) => typeof cell === 'string')
        ? (row as [string, string, string])
        : null;
    const fits =
      cells !== null &&
      cells[0].length <= LIMITS.view &&
      cells[1].length <= LIMITS.title &&
      cells[2].length <= LIMITS.notes;
    const view = cells && fits ? toView(cells[0]) : null;
    if (!cells || view === null) return { ok: false, problem: `slide ${i + 1} is malformed` };
    track.push({ view, title: cells[1], notes: cells[2] });
  }
  return { ok: true, track };
}

/** A 1-based slide number from ?slide=, or null when absent or outside the track. */
export function parseSlide(raw: string | null, length: number): number | null {
  if (raw === null || !/^[1-9]\d*$/.test(raw)) return null;
  const n = Number(raw);
  return n <= length ? n : null;
}

/** Moves slide `from` to `to` (0-based), returning a new track. */
export function moveSlide(track: Track, from: number, to: number): Track {
  if (from < 0 || from >= track.length || to < 0 || to >= track.length) return [...track];
  const next = [...track];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

export interface PresentLink {
  base?: string;
  /** The encoded track, or null for the default track (kept out of the URL). */
  code: string | null;
  slide: number;
  /** Kept so the slides stay in the presenter's language. */
  lang: string | null;
  presenter?: boolean;
  /** The dashboard view the presentation was opened from, offered to the track builder. */
  from?: string | null;
}

/** The /present URL of a slide. */
export function presentHref({ base = '', code, slide, lang, presenter, from }: PresentLink) {
  const params = new URLSearchParams();
  if (code !== null) params.set('track', code);
  params.set('slide', String(slide));
  if (from) params.set('from', from);
  if (presenter) params.set('presenter', '1');
  if (lang !== null) params.set('lang', lang);
  return `${base}/present?${params.toString()}`;
}

/** The dashboard URL of a slide's view, in the presenter's language. */
export function viewHref(
  view: string,
  { base = '', lang }: { base?: string; lang: string | null },
) {
  const url = new URL(view, 'http://local');
  if (lang !== null) url.searchParams.set('lang', lang);
  const query = url.searchParams.toString().replace(/%2C/g, ',');
  return `${base}${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
}
