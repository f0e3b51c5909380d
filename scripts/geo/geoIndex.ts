// static/data/geo/index.json tells the app which geometry files exist, so it never probes for an
// optional file (the SPA fallback would answer a missing file with HTML, not a 404).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { GeoIndex } from '../../src/lib/data/schemas';

const PATH = 'static/data/geo/index.json';

export function updateGeoIndex(patch: Partial<GeoIndex>): GeoIndex {
  const current = existsSync(PATH) ? JSON.parse(readFileSync(PATH, 'utf8')) : {};
  const parsed = GeoIndex.safeParse({ ...current, ...patch });
  if (!parsed.success) throw new Error(`${PATH}: ${z.prettifyError(parsed.error)}`);
  writeFileSync(PATH, JSON.stringify(parsed.data, null, 1) + '\n');
  return parsed.data;
}
