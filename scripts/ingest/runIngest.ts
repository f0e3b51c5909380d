// The ingest pipeline: read and decode the text, copy it into <out>/sources/, extract items with
// the shared extractor, label them with the shared lexicon, and write the plan, index.json and
// concepts.json in one atomic step. Every check runs before the first byte is written.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Municipalities, Plan, PlanIndex } from '../../src/lib/data/schemas';
import { CITIES, summarize } from '../build-data';
import { buildConcepts, toConceptsJson } from '../buildConcepts';
import { labelPlansWith } from '../labelPlans';
import { loadLexicon } from '../labelling/loadLabelling';
import { detectFacts } from './detectFacts';
import { outlineToItems } from './outlineToItems';
import { englishPrefecture } from './prefectures';
import { prepareLines } from './prepareLines';
import { IngestError, readPlanText } from './readPlanText';
import { writeFilesAtomic } from './writeFilesAtomic';

export interface IngestOptions {
  input: string;
  id: string;
  name: string;
  nameEn?: string;
  prefecture?: string;
  code?: string;
  out: string;
  force?: boolean;
  maxBytes?: number;
  /** Where municipalities.json lives (for the code and English name of a known city). */
  municipalities?: string;
  log?: (message: string) => void;
}

export interface IngestResult {
  plan: Plan;
  files: string[];
}

const toJson = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const capitalize = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

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

export function runIngest(opts: IngestOptions): IngestResult {
  const log = opts.log ?? (() => {});
  if (!/^[a-z][a-z0-9-]*$/u.test(opts.id)) {
    throw new IngestError('usage', `--id ${opts.id}: use a lowercase romanized id (a-z, 0-9, -)`);
  }
  if ((CITIES as readonly string[]).includes(opts.id) && !opts.force) {
    throw new IngestError(
      'exists',
      `${opts.id} is one of the built-in cities; pass --force to replace it`,
    );
  }
  const input = readPlanText(opts.input, opts.maxBytes);
  log(`read ${opts.input}: ${input.bytes} bytes, ${input.encoding}`);

  const known = opts.municipalities
    ? readJson(opts.municipalities, (v) => Municipalities.parse(v))?.find(
        (m) => m.name.ja === opts.name,
      )
    : undefined;
  const code = opts.code ?? known?.code ?? '000000';
  if (!/^\d{6}$/u.test(code)) throw new IngestError('usage', `--code ${code}: six digits expected`);
  if (code === '000000')
    log(`no local government code known for ${opts.name}; pass --code to set it`);

  const hash = createHash('sha256').update(input.text).digest('hex').slice(0, 16);
  const file = `sources/${opts.id}-${hash}.txt`;
  const prepared = prepareLines(input.text);
  log(
    `prepared ${input.text.split('\n').length} lines into ${prepared.origin.length} (furniture skipped: ${prepared.furniture.length})`,
  );

  const facts = detectFacts(input.text, file, `${opts.name}総合計画`);
  const items = outlineToItems({
    city: opts.id,
    file,
    sourceLines: input.text.split('\n'),
    prepared: prepared.text,
    origin: prepared.origin,
    furniture: prepared.furniture,
    planTitle: facts.title,
  });
  if (items.length === 0)
    throw new IngestError('no-items', `${opts.input}: no headings or list items to extract`);
  log(`extracted ${items.length} items`);

  const draft = Plan.parse({
    id: opts.id,
    name: { ja: opts.name, en: opts.nameEn ?? known?.name.en ?? capitalize(opts.id) },
    prefecture: {
      ja: opts.prefecture ?? known?.prefecture ?? '',
      en: englishPrefecture(opts.prefecture ?? known?.prefecture),
    },
    code,
    plan: facts,
    sources: [{ file, title: facts.title }],
    items,
  });
  // A new city has no curated labels: the lexicon's rules decide, and the evidence says why.
  const plan = Plan.parse(labelPlansWith([draft], loadLexicon(), new Map()).plans[0]);
  log(
    `labelled ${plan.items.filter((i) => i.categories?.length).length} of ${plan.items.length} items`,
  );

  const index = readJson(join(opts.out, 'index.json'), (v) => PlanIndex.parse(v)) ?? {
    version: 1 as const,
    cities: [],
  };
  const others = index.cities.filter((c) => c.id !== opts.id);
  const otherPlans = others.flatMap(
    (c) => readJson(join(opts.out, c.file), (v) => Plan.parse(v)) ?? [],
  );
  const concepts = buildConcepts([...otherPlans, plan]);
  log(`concepts: ${concepts.concepts.length} shared, ${concepts.unique.length} unique approaches`);

  const files = new Map<string, string>([
    [join(opts.out, file), input.text],
    [join(opts.out, 'plans', `${opts.id}.json`), toJson(plan)],
    [
      join(opts.out, 'index.json'),
      toJson(PlanIndex.parse({ version: 1, cities: [...others, summarize(plan)] })),
    ],
    [join(opts.out, 'concepts.json'), toConceptsJson(concepts)],
  ]);
  try {
    writeFilesAtomic(files);
  } catch (error) {
    throw new IngestError(
      'unwritable',
      `${opts.out}: cannot write (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  return { plan, files: [...files.keys()] };
}
