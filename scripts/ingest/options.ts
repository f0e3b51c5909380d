// The ingest command's options, checked before anything is read: a wrong value stops with usage
// status 64 and names the option, instead of quietly meaning something else (--max-bytes abc
// used to switch the size limit off).
import { resolve } from 'node:path';
import { canonicalPrefecture } from '../../src/lib/data/prefectures';
import { DEFAULT_MAX_BYTES } from '../../src/lib/reader/readPlan';
import { isValidCode } from '../regions/codes';
import { USER_ID_PREFIX } from '../../src/lib/userPlans/flag';

export const USAGE =
  'usage: npm run ingest -- <plan.txt|.html|.pdf> --id <id> --name <日本語名> [--prefecture <県名>] [--out <dir>] [--code <6 digits>] [--name-en <English>] [--force] [--max-bytes <n>[K|M]]';

export interface IngestOptions {
  input: string;
  id: string;
  name: string;
  nameEn?: string;
  prefecture?: string;
  code?: string;
  out: string;
  force: boolean;
  maxBytes: number;
}

export type ParsedOptions = { ok: true; options: IngestOptions } | { ok: false; message: string };

export interface RawValues {
  id?: string;
  name?: string;
  'name-en'?: string;
  prefecture?: string;
  code?: string;
  out?: string;
  force?: boolean;
  'max-bytes'?: string;
}

const fail = (message: string): ParsedOptions => ({ ok: false, message: `${message}\n${USAGE}` });

/** Bytes from "2000000", "20M" or "512K"; null when the value is not a positive size. */
export function parseBytes(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([KkMm]i?B?)?\s*$/u.exec(value);
  if (!m) return null;
  const unit = m[2]?.[0]?.toUpperCase();
  const n = Number(m[1]) * (unit === 'K' ? 1024 : unit === 'M' ? 1024 * 1024 : 1);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : null;
}

/**
 * Checks every option. Paths are resolved against `cwd`, the folder the user typed the command
 * in (npm runs scripts in the package root and passes the user's folder as INIT_CWD).
 */
export function parseIngestOptions(
  positionals: readonly string[],
  values: RawValues,
  cwd: string,
  defaultOut: string,
): ParsedOptions {
  if (positionals.length !== 1) return fail('ingest: give exactly one plan file');
  if (!values.id) return fail('ingest: --id is required');
  if (!/^[a-z][a-z0-9-]{0,39}$/u.test(values.id))
    return fail(
      `ingest: --id ${values.id}: use a lowercase romanized id (a-z, 0-9, -; at most 40 characters)`,
    );
  if (values.id.startsWith(USER_ID_PREFIX))
    return fail(
      `ingest: --id ${values.id}: ids starting with ${USER_ID_PREFIX} are kept for cities added in the browser`,
    );
  const name = values.name?.trim();
  if (!name) return fail('ingest: --name is required (the municipality, e.g. 札幌市)');
  if ([...name].length > 40) return fail(`ingest: --name ${name}: at most 40 characters`);
  let prefecture: string | undefined;
  if (values.prefecture !== undefined) {
    prefecture = canonicalPrefecture(values.prefecture);
    if (!prefecture)
      return fail(
        `ingest: --prefecture ${values.prefecture}: not one of the 47 prefectures (e.g. 北海道, 東京都, 長野県)`,
      );
  }
  if (values.code !== undefined && !isValidCode(values.code))
    return fail(
      `ingest: --code ${values.code}: a 6-digit 全国地方公共団体コード with its check digit expected`,
    );
  let maxBytes = DEFAULT_MAX_BYTES;
  if (values['max-bytes'] !== undefined) {
    const n = parseBytes(values['max-bytes']);
    if (n === null)
      return fail(
        `ingest: --max-bytes ${values['max-bytes']}: a positive number of bytes expected (e.g. 20000000 or 20M)`,
      );
    maxBytes = n;
  }
  if (values['name-en'] !== undefined && !values['name-en'].trim())
    return fail('ingest: --name-en: empty');
  if (values.out !== undefined && !values.out.trim()) return fail('ingest: --out: empty');
  return {
    ok: true,
    options: {
      input: resolve(cwd, positionals[0]!),
      id: values.id,
      name,
      ...(values['name-en'] ? { nameEn: values['name-en'].trim() } : {}),
      ...(prefecture ? { prefecture } : {}),
      ...(values.code ? { code: values.code } : {}),
      out: values.out ? resolve(cwd, values.out) : defaultOut,
      force: values.force ?? false,
      maxBytes,
    },
  };
}
