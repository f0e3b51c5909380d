// The ingest pipeline at the command line's edge: read the file, hand its bytes to the plan
// reader (src/lib/reader, the same code the browser runs), then, holding the data directory's
// lock, read index.json and the other plans as they are now, rebuild concepts.json and write the
// source text, the plan, the index and the concepts all or nothing.
import { existsSync, mkdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { englishPrefecture } from '../../src/lib/data/prefectures';
import { Municipalities, Plan, PlanIndex } from '../../src/lib/data/schemas';
import { ReaderError, type ReaderErrorCode } from '../../src/lib/reader/errors';
import { readPlan, type ReadProgress, type ReadResult } from '../../src/lib/reader/readPlan';
import { CITIES, summarize } from '../build-data';
import { buildConcepts, readSources, toConceptsJson } from '../buildConcepts';
import { withDataLock, LockTimeout } from '../write/dataLock';
import type { IngestOptions } from './options';
import { commitFiles, TransactionError } from '../write/commitFiles';

export type IngestErrorCode =
  'usage' | 'exists' | 'input' | 'unreadable' | 'unwritable' | 'cancelled';

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.name = 'IngestError';
    this.code = code;
  }
}

export interface IngestRun extends IngestOptions {
  /** municipalities.json, for the code and English name of a known municipality. */
  municipalities?: string;
  log?: (message: string) => void;
  onProgress?: (progress: ReadProgress) => void;
}

export interface IngestResult {
  plan: Plan;
  read: ReadResult;
  files: string[];
}

const toJson = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** An existing data file, parsed; a broken one stops the ingest before anything is written. */
function readJson<T>(path: string, parse: (v: unknown) => T): T | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    const problem = (error as Error).message.split('\n')[0];
    throw new IngestError('unreadable', `${path}: not a valid data file (${problem})`);
  }
}

/** The output must be a directory, or a directory must be makeable there: checked at once. */
function checkOut(out: string): void {
  if (existsSync(out)) {
    if (!statSync(out).isDirectory())
      throw new IngestError('unwritable', `--out ${out}: not a directory`);
    return;
  }
  const parent = dirname(out);
  if (!existsSync(parent) || !statSync(parent).isDirectory())
    throw new IngestError('unwritable', `--out ${out}: its parent ${parent} is not a directory`);
}

function readInput(path: string, maxBytes: number): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new IngestError('unreadable', `${path}: not a regular file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('unreadable', `${path}: cannot read (${errorCode(error)})`);
  }
  // The limit is checked before a byte is read: the heap never holds more than the limit allows.
  if (size > maxBytes)
    throw new IngestError(
      'input',
      `${path}: ${size} bytes, more than the ${maxBytes}-byte limit for a plan (--max-bytes sets it)`,
    );
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new IngestError('unreadable', `${path}: cannot read (${errorCode(error)})`);
  }
}

const READER_EXIT: Record<ReaderErrorCode, IngestErrorCode> = {
  empty: 'input',
  binary: 'input',
  encoding: 'input',
  oversized: 'input',
  'pdf-encrypted': 'input',
  'pdf-no-text': 'input',
  'pdf-unreadable': 'input',
  'no-items': 'input',
  cancelled: 'cancelled',
};

export async function runIngest(opts: IngestRun): Promise<IngestResult> {
  const log = opts.log ?? (() => {});
  if ((CITIES as readonly string[]).includes(opts.id) && !opts.force)
    throw new IngestError(
      'exists',
      `${opts.id} is one of the built-in cities; pass --force to replace it`,
    );
  checkOut(opts.out);
  const bytes = readInput(opts.input, opts.maxBytes);

  const known = opts.municipalities
    ? readJson(opts.municipalities, (v) => Municipalities.parse(v))?.find(
        (m) => m.name.ja === opts.name && (!opts.prefecture || m.prefecture === opts.prefecture),
      )
    : undefined;
  const code = opts.code ?? known?.code;
  const prefecture = opts.prefecture ?? known?.prefecture;

  let read: ReadResult;
  try {
    read = await readPlan(bytes, {
      id: opts.id,
      name: opts.name,
      nameEn: opts.nameEn ?? known?.name.en,
      prefecture,
      prefectureEn: englishPrefecture(prefecture),
      code,
      fileName: opts.input,
      maxBytes: opts.maxBytes,
      onProgress: opts.onProgress,
    });
  } catch (error) {
    if (error instanceof ReaderError) throw new IngestError(READER_EXIT[error.code], error.message);
    throw error;
  }
  const plan = read.plan;
  log(
    `read ${opts.input}: ${bytes.length} bytes, ${read.format}${read.encoding ? ` (${read.encoding})` : ''}${read.pages > 1 ? `, ${read.pages} pages` : ''}`,
  );
  if (read.furniture.length)
    log(
      `page frame dropped, e.g. ${read.furniture
        .slice(0, 3)
        .map((f) => `「${f}」`)
        .join(' ')}`,
    );
  log(
    `extracted ${plan.items.length} items; labelled ${plan.items.filter((i) => i.categories?.length).length}`,
  );

  // The directory is made only now that there is something to write, and removed again if the
  // commit fails and it is still empty.
  const made = !existsSync(opts.out);
  if (made) {
    try {
      mkdirSync(opts.out);
    } catch (error) {
      throw new IngestError(
        'unwritable',
        `--out ${opts.out}: cannot make it (${errorCode(error)})`,
      );
    }
  }
  try {
    return await withDataLock(opts.out, () => {
      // Read what is on disk now, under the lock: another ingest may have added a city.
      const index = readJson(join(opts.out, 'index.json'), (v) => PlanIndex.parse(v)) ?? {
        version: 1 as const,
        cities: [],
      };
      const others = index.cities.filter((c) => c.id !== opts.id);
      const otherPlans = others.flatMap(
        (c) => readJson(join(opts.out, c.file), (v) => Plan.parse(v)) ?? [],
      );
      const sources = readSources(otherPlans, opts.out);
      sources.set(read.source.file, read.source.text);
      const concepts = buildConcepts([...otherPlans, plan], sources);
      log(
        `concepts: ${concepts.concepts.length} shared, ${concepts.unique.length} unique approaches`,
      );
      const files = new Map<string, string>([
        [join(opts.out, read.source.file), read.source.text],
        [join(opts.out, 'plans', `${opts.id}.json`), toJson(plan)],
        [
          join(opts.out, 'index.json'),
          toJson(PlanIndex.parse({ version: 1, cities: [...others, summarize(plan)] })),
        ],
        [join(opts.out, 'concepts.json'), toConceptsJson(concepts)],
      ]);
      try {
        commitFiles(opts.out, files);
      } catch (error) {
        if (error instanceof TransactionError)
          throw new IngestError('unwritable', `${opts.out}: cannot write (${error.message})`);
        throw error;
      }
      return { plan, read, files: [...files.keys()] };
    });
  } catch (error) {
    if (made) {
      try {
        rmdirSync(opts.out); // only when empty
      } catch {
        // Something is in it now: leave it.
      }
    }
    if (error instanceof LockTimeout) throw new IngestError('unwritable', error.message);
    throw error;
  }
}
