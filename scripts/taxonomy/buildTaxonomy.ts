// Composes static/data/taxonomy.json from the reviewed sources beside this file (the SDGs' names
// from src/lib/data/sdgs.json, which the plan reader also reads), parsed with the
// contract's Taxonomy schema before anything is written.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { Taxonomy } from '../../src/lib/data/schemas';

const here = dirname(fileURLToPath(import.meta.url));
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(here, file), 'utf8'));

export function buildTaxonomy(): Taxonomy {
  const cats = readJson('categories.json') as { categories: unknown };
  const sdgs = JSON.parse(readFileSync(join(here, '../../src/lib/data/sdgs.json'), 'utf8')) as {
    sdgs: unknown;
    sources: unknown;
  };
  const parsed = Taxonomy.safeParse({
    version: 1,
    categories: cats.categories,
    sdgs: sdgs.sdgs,
    sources: sdgs.sources,
  });
  if (!parsed.success) throw new Error(`taxonomy: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Writes to a temporary file first so a reader never sees half a file. */
export function writeJsonAtomic(path: string, value: unknown): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(tmp, path);
}
