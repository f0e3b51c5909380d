// npm run ingest -- <plan.txt|.html|.pdf> --id <id> --name <日本語名> [--prefecture <県名>]
//   [--out <dir>] [--code <6 digits>] [--name-en <English>] [--force] [--max-bytes <n>[K|M]]
// Adds a city to the dashboard from its plan: a text in any Japanese encoding, an HTML page or a
// PDF. Progress goes to stderr; on any problem it says why and exits non-zero having written
// nothing. Exit status (sysexits.h): 64 usage, 65 bad input, 66 unreadable, 73 cannot write.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseIngestOptions, USAGE } from './ingest/options';
import { IngestError, runIngest, type IngestErrorCode } from './ingest/runIngest';
import type { ReadProgress } from '../src/lib/reader/readPlan';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const EXIT: Record<IngestErrorCode, number> = {
  usage: 64,
  exists: 64,
  input: 65,
  unreadable: 66,
  unwritable: 73,
  cancelled: 130,
};

/** Progress for long files, at most twice a second. */
function progressPrinter() {
  let last = 0;
  return (p: ReadProgress) => {
    const now = Date.now();
    if (
      p.stage === 'pages' &&
      p.pages &&
      p.pagesRead &&
      (now - last > 500 || p.pagesRead === p.pages)
    ) {
      last = now;
      process.stderr.write(`ingest: read page ${p.pagesRead} of ${p.pages}\n`);
    }
  };
}

async function main(): Promise<number> {
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
  const checked = parseIngestOptions(
    parsed.positionals,
    parsed.values,
    process.env.INIT_CWD ?? process.cwd(),
    resolve(ROOT, 'static/data'),
  );
  if (!checked.ok) {
    console.error(checked.message);
    return EXIT.usage;
  }
  try {
    const result = await runIngest({
      ...checked.options,
      municipalities: resolve(ROOT, 'static/data/municipalities.json'),
      log: (m) => console.error(`ingest: ${m}`),
      onProgress: progressPrinter(),
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

process.exitCode = await main();
