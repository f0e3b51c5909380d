// npm run ingest -- <plan.txt> --id <id> --name <日本語名> [--prefecture <県名>] [--out <dir>]
//   [--code <6 digits>] [--name-en <English>] [--force] [--max-bytes <n>]
// Adds a city to the dashboard from a plain-text plan (UTF-8 or Shift_JIS). Progress goes to
// stderr; on any problem it prints why and exits non-zero without writing anything.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runIngest } from './ingest/runIngest';
import { IngestError, type IngestErrorCode } from './ingest/readPlanText';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** sysexits.h codes, so a calling script can tell bad input from a bad destination. */
const EXIT: Record<IngestErrorCode, number> = {
  usage: 64,
  exists: 64,
  empty: 65,
  binary: 65,
  html: 65,
  encoding: 65,
  oversized: 65,
  'no-items': 65,
  unreadable: 66,
  unwritable: 73,
};

const USAGE =
  'usage: npm run ingest -- <plan.txt> --id <id> --name <日本語名> [--prefecture <県名>] [--out <dir>] [--code <6 digits>] [--name-en <English>] [--force] [--max-bytes <n>]';

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        name: { type: 'string' },
        'name-en': { type: 'string' },
        prefecture: { type: 'string' },
        code: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        'max-bytes': { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.id || !values.name) {
    console.error(USAGE);
    return EXIT.usage;
  }
  try {
    const result = runIngest({
      input: resolve(positionals[0]!),
      id: values.id,
      name: values.name,
      nameEn: values['name-en'],
      prefecture: values.prefecture,
      code: values.code,
      out: resolve(values.out ?? resolve(ROOT, 'static/data')),
      force: values.force,
      maxBytes: values['max-bytes'] ? Number(values['max-bytes']) : undefined,
      municipalities: resolve(ROOT, 'static/data/municipalities.json'),
      log: (m) => console.error(`ingest: ${m}`),
    });
    for (const f of result.files) console.error(`ingest: wrote ${f}`);
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
      console.error(`ingest: ${error.message}`);
      return EXIT[error.code];
    }
    console.error(`ingest: failed: ${(error as Error).stack ?? error}`);
    return 70;
  }
}

process.exitCode = main();
