// The corrupted-file matrix of tests/e2e/broken-data.e2e.ts: every data file, broken in the ways a
// careless edit or a bad download breaks it, and every page that reads that file.
import { readFileSync } from 'node:fs';

/** The pages that read each file, with the state that makes them read it. */
export const READERS: Record<string, string[]> = {
  'index.json': ['/', '/compare', '/shared', '/search?q=子育て', '/print', '/method'],
  'taxonomy.json': ['/compare', '/print', '/method'],
  'concepts.json': ['/shared', '/compare?cat=children', '/method'],
  'evaluation.json': ['/method'],
  'plans/iwaki.json': ['/plans/iwaki', '/compare?cat=children', '/search?q=子育て', '/print'],
  'regions.json': ['/regions'],
  'municipalities.json': ['/regions', '/'],
  'geo/index.json': ['/regions', '/'],
  'geo/japan.topojson': ['/regions', '/'],
};

/** Where each file keeps the array its pages key by id (an empty path: the file is the array). */
const KEYED: Record<string, (string | number)[]> = {
  'index.json': ['cities'],
  'taxonomy.json': ['categories'],
  'concepts.json': ['concepts'],
  'evaluation.json': ['final', 'categories'],
  'plans/iwaki.json': ['items'],
  'regions.json': ['frameworks'],
  'municipalities.json': [],
};

/** The file's largest array, to make huge. */
const LARGEST: Record<string, (string | number)[]> = {
  ...KEYED,
  'geo/japan.topojson': ['arcs'],
};

// The tests break the data on purpose, in shapes no schema type allows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const text = (file: string) => readFileSync(`static/data/${file}`, 'utf8');

function replaceAt(file: string, path: (string | number)[], change: (array: Json[]) => Json[]) {
  const root = JSON.parse(text(file));
  if (path.length === 0) return JSON.stringify(change(root));
  const parent = path.slice(0, -1).reduce((v, k) => v[k], root);
  const key = path.at(-1)!;
  parent[key] = change(parent[key]);
  return JSON.stringify(root);
}

/** Each way to break a file: the body served instead, or null when it does not apply. */
export const BREAKS: Record<string, (file: string) => string | Buffer | null> = {
  truncated: (file) => text(file).slice(0, Math.floor(text(file).length * 0.6)),
  'wrong shape': () =>
    JSON.stringify({ version: 'two', cities: 'none', items: 7, frameworks: {}, arcs: 1 }),
  // A repeated entry of the array its pages key by id: valid for every type, repeated in value.
  'duplicated id': (file) =>
    KEYED[file] ? replaceAt(file, KEYED[file], (array) => [...array, array[0]]) : null,
  // A million entries (zod gathered a problem for each, and its stack overflowed).
  'huge array': (file) =>
    LARGEST[file] ? replaceAt(file, LARGEST[file], () => new Array(1_000_000).fill(0)) : null,
  binary: () => Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x7b]),
};

/** Every (file, way, pages) case that applies. */
export const MATRIX = Object.entries(READERS).flatMap(([file, pages]) =>
  Object.entries(BREAKS).flatMap(([how, breakFile]) => {
    const body = breakFile(file);
    return body === null ? [] : [{ file, how, pages, body }];
  }),
);
