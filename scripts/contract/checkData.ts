// The data contract's rules (docs/data-contract.md) over a whole data directory: every file parses
// with its zod schema (which also holds ids unique within the file and arrays within their caps),
// and the rules no single schema can see hold across files — every quote is at its lines, item ids
// are unique across plans, parents, repeats and concept members exist, categories come from
// the taxonomy, municipality codes carry a valid check digit. Pure: it reads through `DataDir`, so
// a test can hand it a broken copy and the CLI (scripts/check-data.ts) a real folder.
import * as z from 'zod/mini';
import {
  Concepts,
  Evaluation,
  GeoIndex,
  Municipalities,
  Plan,
  PlanIndex,
  Regions,
  Taxonomy,
  TopologyFile,
  type PlanSourceFile,
  type SourceRef,
  type UrlSource,
} from '../../src/lib/data/schemas';
import { measureText } from '../../src/lib/reader/documentScope';
import { issueMessage } from '../../src/lib/data/issueMessage';
import { isValidCode } from '../regions/codes';

export interface DataDir {
  /** The file's text, or undefined when it does not exist. */
  read(rel: string): string | undefined;
  /** File names directly inside a folder of the data directory (none when it does not exist). */
  list(dir: string): string[];
}

export interface DataProblem {
  /** The data file, relative to the data directory. */
  file: string;
  /** Where inside it, as `items[3].source.quote`; empty for the file as a whole. */
  path: string;
  message: string;
}

export interface CheckReport {
  problems: DataProblem[];
  counts: {
    plans: number;
    items: number;
    concepts: number;
    unique: number;
    municipalities: number;
    frameworks: number;
  };
}

/** "000000" is the contract's code for a city added without a known local government code. */
export const UNKNOWN_CODE = '000000';

/** NFKC with every whitespace removed: how quotes are compared with their lines. */
export const toQuoteKey = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');

type Path = readonly (string | number)[];

export function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

export function checkData(dir: DataDir): CheckReport {
  const problems: DataProblem[] = [];
  const problem = (file: string, path: Path, message: string) =>
    problems.push({ file, path: formatPath(path), message });

  /** Reads, parses and schema-checks one file; undefined (with its problems named) when it fails. */
  function load<T>(file: string, schema: z.ZodMiniType<T>, required = true): T | undefined {
    const text = dir.read(file);
    if (text === undefined) {
      if (required) problem(file, [], 'missing');
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problem(file, [], `not valid JSON (${(error as Error).message})`);
      return undefined;
    }
    const parsed = schema.safeParse(json, { error: issueMessage });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problem(file, issue.path as (string | number)[], issue.message);
      return undefined;
    }
    return parsed.data;
  }

  const sourceCache = new Map<string, string[] | null>();
  const sourceLines = (file: string) => {
    if (!sourceCache.has(file)) sourceCache.set(file, dir.read(file)?.split('\n') ?? null);
    return sourceCache.get(file)!;
  };

  /** A quote must be in the lines it names, compared as quote keys. */
  function checkRef(file: string, path: Path, ref: SourceRef) {
    const lines = sourceLines(ref.file);
    if (!lines) return problem(file, [...path, 'file'], `${ref.file} does not exist`);
    const last = ref.endLine ?? ref.line;
    if (last < ref.line || last > lines.length)
      return problem(file, [...path, 'line'], `lines ${ref.line}–${last} outside ${ref.file}`);
    const span = toQuoteKey(lines.slice(ref.line - 1, last).join(''));
    if (!toQuoteKey(ref.quote)) return problem(file, [...path, 'quote'], 'empty quote');
    if (!span.includes(toQuoteKey(ref.quote)))
      problem(file, [...path, 'quote'], `not found at ${ref.file}:${ref.line}–${last}`);
  }

  function checkUrl(file: string, path: Path, source: UrlSource) {
    if (!/^https?:\/\//iu.test(source.url))
      problem(file, [...path, 'url'], `only http: and https: URLs are allowed (${source.url})`);
  }

  /** What a source document is: stated, its size measured, and a known kind shown at its line. */
  function checkScope(file: string, path: Path, source: PlanSourceFile, text: string) {
    const scope = source.scope;
    if (!scope)
      return problem(
        file,
        path,
        'missing: say what the document is (kind "unknown" if nobody can tell)',
      );
    const measured = measureText(text);
    if (scope.characters !== measured.characters)
      problem(
        file,
        [...path, 'characters'],
        `${scope.characters}, but ${source.file} has ${measured.characters}`,
      );
    if (scope.pages !== measured.pages)
      problem(
        file,
        [...path, 'pages'],
        `${scope.pages ?? 'none'}, but ${source.file} has ${measured.pages ?? 'none'}`,
      );
    if (scope.source) {
      if (scope.source.file !== source.file)
        problem(file, [...path, 'source', 'file'], `must point into ${source.file}`);
      checkRef(file, [...path, 'source'], scope.source);
    } else if (scope.kind !== 'unknown')
      problem(file, [...path, 'source'], `missing: which line shows it is "${scope.kind}"?`);
  }

  const checkSource = (file: string, path: Path, source: SourceRef | UrlSource) =>
    'url' in source ? checkUrl(file, path, source) : checkRef(file, path, source);

  // taxonomy.json: the categories every label must come from.
  const taxonomy = load('taxonomy.json', Taxonomy);
  const categoryIds = new Set(taxonomy?.categories.map((c) => c.id) ?? []);
  if (taxonomy) {
    taxonomy.sources?.forEach((s, k) => checkUrl('taxonomy.json', ['sources', k], s));
  }
  const checkCategory = (file: string, path: Path, id: string) => {
    if (taxonomy && !categoryIds.has(id as never))
      problem(file, path, `category ${id} is not in taxonomy.json`);
  };

  // index.json and the plans it lists; a plan file the index does not list is an orphan.
  const index = load('index.json', PlanIndex);
  const itemIds = new Map<string, string>(); // item id → plan file
  const cityIds = new Set<string>();
  /** Cities whose plan file failed: their items are not reported again as missing elsewhere. */
  const unreadable = new Set<string>();
  let itemCount = 0;
  let planCount = 0;
  if (index) {
    const listed = new Set(index.cities.map((c) => c.file));
    for (const name of dir.list('plans'))
      if (name.endsWith('.json') && !listed.has(`plans/${name}`))
        problem(`plans/${name}`, [], 'not listed in index.json');

    index.cities.forEach((summary, k) => {
      cityIds.add(summary.id);
      const file = summary.file;
      if (file !== `plans/${summary.id}.json`)
        problem('index.json', ['cities', k, 'file'], `expected plans/${summary.id}.json`);
      const plan = load(file, Plan);
      if (!plan) return unreadable.add(summary.id);
      planCount++;
      if (plan.id !== summary.id)
        problem(file, ['id'], `is ${plan.id}, index.json says ${summary.id}`);
      if (plan.code !== UNKNOWN_CODE && !isValidCode(plan.code))
        problem(file, ['code'], `${plan.code} has no valid check digit`);
      if (summary.itemCount !== plan.items.length)
        problem(
          'index.json',
          ['cities', k, 'itemCount'],
          `${summary.itemCount}, but ${file} has ${plan.items.length} items`,
        );
      const sourceFiles = new Set(plan.sources.map((s) => s.file));
      plan.sources.forEach((s, j) => {
        const text = dir.read(s.file);
        if (text === undefined)
          return problem(file, ['sources', j, 'file'], `${s.file} does not exist`);
        checkScope(file, ['sources', j, 'scope'], s, text);
      });
      const listedSources = JSON.stringify(summary.sources ?? null);
      if (listedSources !== JSON.stringify(plan.sources))
        problem('index.json', ['cities', k, 'sources'], `differ from the sources of ${file}`);

      // Plan facts: each stated at its line.
      const facts = plan.plan;
      for (const [key, ref] of Object.entries(facts.provenance))
        if (ref) checkRef(file, ['plan', 'provenance', key], ref);
      if (facts.period) checkRef(file, ['plan', 'period', 'source'], facts.period.source);
      if (facts.term) checkRef(file, ['plan', 'term', 'source'], facts.term.source);
      facts.population.forEach((p, j) =>
        checkRef(file, ['plan', 'population', j, 'source'], p.source),
      );
      facts.viewpoints.forEach((v, j) =>
        checkRef(file, ['plan', 'viewpoints', j, 'source'], v.source),
      );

      const own = new Set<string>();
      plan.items.forEach((item, j) => {
        itemCount++;
        const at = ['items', j] as const;
        if (!item.id.startsWith(`${plan.id}/`))
          problem(file, [...at, 'id'], `${item.id} does not start with ${plan.id}/`);
        if (itemIds.has(item.id))
          problem(file, [...at, 'id'], `item ${item.id} repeats (also in ${itemIds.get(item.id)})`);
        itemIds.set(item.id, file);
        own.add(item.id);
        if (!sourceFiles.has(item.source.file))
          problem(
            file,
            [...at, 'source', 'file'],
            `${item.source.file} is not among the plan's sources`,
          );
        checkRef(file, [...at, 'source'], item.source);
        item.categories?.forEach((c, m) => checkCategory(file, [...at, 'categories', m], c));
      });
      plan.items.forEach((item, j) => {
        if (item.parent !== null && !own.has(item.parent))
          problem(file, ['items', j, 'parent'], `${item.parent} is not an item of this plan`);
        if (item.repeats !== undefined && !own.has(item.repeats))
          problem(file, ['items', j, 'repeats'], `${item.repeats} is not an item of this plan`);
      });
    });
  }

  // concepts.json: members must be items of the plans.
  const concepts = load('concepts.json', Concepts);
  if (concepts) {
    const member = (path: Path, id: string) => {
      if (index && !itemIds.has(id) && !unreadable.has(id.split('/')[0]!))
        problem('concepts.json', path, `${id} is not an item of any plan`);
    };
    concepts.concepts.forEach((c, k) => {
      c.items.forEach((id, j) => member(['concepts', k, 'items', j], id));
      c.categories?.forEach((id, j) =>
        checkCategory('concepts.json', ['concepts', k, 'categories', j], id),
      );
      // Every member's quote is at its lines, like an item's.
      const inConcept = new Set(c.items);
      c.members?.forEach((m, j) => {
        const at = ['concepts', k, 'members', j] as const;
        if (!inConcept.has(m.item))
          problem('concepts.json', [...at, 'item'], `${m.item} is not among the concept's items`);
        checkRef('concepts.json', [...at, 'source'], m.source);
      });
      const cities = new Set(c.items.map((id) => id.split('/')[0]));
      if (cities.size < 2)
        problem(
          'concepts.json',
          ['concepts', k, 'items'],
          'a shared concept needs items of two cities',
        );
    });
    concepts.unique.forEach((u, k) => {
      u.items.forEach((id, j) => {
        member(['unique', k, 'items', j], id);
        if (!id.startsWith(`${u.city}/`))
          problem('concepts.json', ['unique', k, 'items', j], `${id} is not an item of ${u.city}`);
      });
    });
  }

  load('evaluation.json', Evaluation, false);

  // municipalities.json and regions.json: codes, positions, members, sources.
  const municipalities = load('municipalities.json', Municipalities, false);
  const codes = new Set(municipalities?.map((m) => m.code) ?? []);
  municipalities?.forEach((m, k) => {
    if (!isValidCode(m.code))
      problem('municipalities.json', [k, 'code'], `${m.code} has no valid check digit`);
    if (!(m.lon > 122 && m.lon < 154 && m.lat > 20 && m.lat < 46))
      problem('municipalities.json', [k], `${m.code} is positioned outside Japan`);
    if (m.source) checkUrl('municipalities.json', [k, 'source'], m.source);
  });
  const regions = load('regions.json', Regions, municipalities !== undefined);
  if (regions) {
    const file = 'regions.json';
    regions.frameworks.forEach((f, k) => {
      const at = ['frameworks', k] as const;
      f.members.forEach((code, j) => {
        if (municipalities && !codes.has(code))
          problem(file, [...at, 'members', j], `${code} is not in municipalities.json`);
      });
      f.cities.forEach((city, j) => {
        if (index && !cityIds.has(city))
          problem(file, [...at, 'cities', j], `${city} is not a city of index.json`);
      });
      checkSource(file, [...at, 'source'], f.source);
      f.sources?.forEach((s, j) => checkSource(file, [...at, 'sources', j], s));
      f.planMentions?.forEach((s, j) => checkRef(file, [...at, 'planMentions', j], s));
      if (f.planVersion) checkRef(file, [...at, 'planVersion', 'source'], f.planVersion.source);
    });
    regions.omitted?.forEach((o, k) =>
      o.sources.forEach((s, j) => checkSource(file, ['omitted', k, 'sources', j], s)),
    );
    regions.cities?.forEach((c, k) => {
      if (!isValidCode(c.code))
        problem(file, ['cities', k, 'code'], `${c.code} has no valid check digit`);
    });
  }

  // geo/index.json and the topologies it names.
  const geo = load('geo/index.json', GeoIndex, false);
  if (geo) {
    for (const [key, layer] of Object.entries(geo)) {
      if (!layer) continue;
      checkUrl('geo/index.json', [key, 'source'], layer.source);
      const topology = load(layer.file, TopologyFile);
      if (topology && !(layer.object in topology.objects))
        problem(layer.file, ['objects'], `has no object ${layer.object} (geo/index.json names it)`);
    }
  }

  return {
    problems,
    counts: {
      plans: planCount,
      items: itemCount,
      concepts: concepts?.concepts.length ?? 0,
      unique: concepts?.unique.length ?? 0,
      municipalities: municipalities?.length ?? 0,
      frameworks: regions?.frameworks.length ?? 0,
    },
  };
}

export function formatProblem(p: DataProblem): string {
  return `${p.file}${p.path ? ` ${p.path}` : ''}: ${p.message}`;
}
