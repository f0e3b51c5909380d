// npm run check:data: 0 problems on the committed data, and on a broken copy one line per problem
// naming the file and the path inside it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkData, formatProblem, type DataDir } from '../../scripts/contract/checkData';
import { folder } from '../../scripts/contract/folder';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = join(ROOT, 'static/data');
const committed = folder(DATA);

/** The committed data with some files replaced (a value of null removes the file). */
function withChanges(changes: Record<string, string | null>): DataDir {
  return {
    read: (rel) => (rel in changes ? (changes[rel] ?? undefined) : committed.read(rel)),
    list: (dir) => committed.list(dir),
  };
}

// The tests break the data on purpose, in shapes no schema type allows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const json = (rel: string): Json => JSON.parse(committed.read(rel)!);
const edit = (rel: string, change: (value: Json) => void) => {
  const value = json(rel);
  change(value);
  return { [rel]: JSON.stringify(value) };
};
const linesOf = (changes: Record<string, string | null>) =>
  checkData(withChanges(changes)).problems.map(formatProblem);

describe('check:data on the committed data', () => {
  it('finds no problem and counts what it checked', () => {
    const { problems, counts } = checkData(committed);
    expect(problems).toEqual([]);
    expect(counts.plans).toBe(4);
    expect(counts.items).toBeGreaterThan(200);
    expect(counts.frameworks).toBeGreaterThan(10);
  });

  it('runs as npm run check:data and exits 0', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/check-data.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toMatch(/4 plans, \d+ items, .* checked; 0 problems/u);
  });
});

describe('check:data on a broken copy', () => {
  it('wants every source to say what it is, measured and shown at its line', () => {
    const noScope = edit('plans/iwaki.json', (p) => delete p.sources[0].scope);
    const index = edit('index.json', (x) => delete x.cities[3].sources[0].scope);
    expect(linesOf({ ...noScope, ...index })).toEqual([
      expect.stringMatching(/^plans\/iwaki\.json sources\[0\]\.scope: missing/u),
    ]);
    const wrong = linesOf(
      edit('plans/iwaki.json', (p) => {
        p.sources[0].scope.characters += 1;
        p.sources[0].scope.source.quote = '全体の計画';
      }),
    );
    expect(wrong).toEqual([
      expect.stringMatching(/sources\[0\]\.scope\.characters: \d+, but sources\/004_/u),
      expect.stringMatching(/sources\[0\]\.scope\.source\.quote: not found at/u),
      'index.json cities[3].sources: differ from the sources of plans/iwaki.json',
    ]);
    const unsourced = linesOf(edit('plans/iwaki.json', (p) => delete p.sources[0].scope.source));
    expect(unsourced).toContainEqual(
      expect.stringMatching(/scope\.source: missing: which line shows it is "policy-summary"/u),
    );
  });

  it('names a quote that is not at its lines', () => {
    const out = linesOf(
      edit('plans/iwaki.json', (p) => (p.items[2].source.quote = '存在しない引用')),
    );
    expect(out).toEqual([
      expect.stringMatching(
        /^plans\/iwaki\.json items\[2\]\.source\.quote: not found at sources\//u,
      ),
    ]);
  });

  it('names a line range outside its file', () => {
    const out = linesOf(edit('plans/hiratsuka.json', (p) => (p.items[0].source.line = 99999)));
    expect(out[0]).toMatch(/^plans\/hiratsuka\.json items\[0\]\.source\.line: lines 99999/u);
  });

  it('names a repeated item id (the schema refuses it)', () => {
    const out = linesOf(
      edit('plans/nihonmatsu.json', (p) => {
        p.items[5].id = p.items[4].id;
      }),
    );
    expect(out).toEqual([
      expect.stringMatching(
        /^plans\/nihonmatsu\.json items\[5\]\.id: duplicate "\S+" \(first at \[4\]\)$/u,
      ),
    ]);
  });

  it('names a missing parent and a missing repeat', () => {
    const out = linesOf(
      edit('plans/nihonmatsu.json', (p) => {
        p.items[7].parent = 'nihonmatsu/none';
        p.items[8].repeats = 'nihonmatsu/gone';
      }),
    );
    expect(out).toContain(
      'plans/nihonmatsu.json items[7].parent: nihonmatsu/none is not an item of this plan',
    );
    expect(out).toContain(
      'plans/nihonmatsu.json items[8].repeats: nihonmatsu/gone is not an item of this plan',
    );
  });

  it('names a repeated city in index.json', () => {
    const out = linesOf(edit('index.json', (x) => x.cities.push(x.cities[0])));
    expect(out).toContain('index.json cities[4].id: duplicate "nihonmatsu" (first at [0])');
  });

  it('names a concept member that is no item, and a one-city concept', () => {
    const out = linesOf(
      edit('concepts.json', (c) => {
        c.concepts[0].items[0] = 'iwaki/nothing';
        c.concepts[1].items = c.concepts[1].items.slice(0, 1);
      }),
    );
    expect(out).toContain(
      'concepts.json concepts[0].items[0]: iwaki/nothing is not an item of any plan',
    );
    expect(out).toContain(
      'concepts.json concepts[1].items: a shared concept needs items of two cities',
    );
  });

  it('names a concept member quote that is not at its lines', () => {
    const out = linesOf(
      edit('concepts.json', (c) => {
        c.concepts[2].members[0].source.quote = 'どの計画にもない引用文';
      }),
    );
    expect(
      out.some((l) =>
        l.startsWith('concepts.json concepts[2].members[0].source.quote: not found at'),
      ),
    ).toBe(true);
  });

  it('names a category the taxonomy does not define', () => {
    const out = linesOf(
      edit(
        'taxonomy.json',
        (t) => (t.categories = t.categories.filter((c: Json) => c.id !== 'sdgs')),
      ),
    );
    expect(out.length).toBeGreaterThan(0);
    for (const line of out)
      expect(line).toMatch(/categories\[\d+\]: category sdgs is not in taxonomy\.json$/u);
  });

  it('names a municipality code with a wrong check digit', () => {
    const out = linesOf(
      edit('municipalities.json', (m) => (m[0].code = m[0].code.slice(0, 5) + '9')),
    );
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^municipalities\.json \[0\]\.code: \d{6} has no valid check digit$/u,
        ),
      ]),
    );
  });

  it('names a javascript: URL in a source', () => {
    const out = linesOf(
      edit('regions.json', (r) => {
        const f = r.frameworks.find((f: Json) => 'url' in f.source);
        f.source.url = 'javascript:alert(1)';
      }),
    );
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^regions\.json frameworks\[\d+\]\.source\.url: only http: and https:/u,
        ),
      ]),
    );
  });

  it('names a schema problem by its path, and a file that is no JSON', () => {
    const out = linesOf({
      ...edit('plans/ichinoseki.json', (p) => (p.items[3].kind = 'wish')),
      'evaluation.json': '{"truncated": ',
    });
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^plans\/ichinoseki\.json items\[3\]\.kind: expected /u),
      ]),
    );
    expect(out).toEqual(
      expect.arrayContaining([expect.stringMatching(/^evaluation\.json: not valid JSON/u)]),
    );
  });

  it('names a missing source file and a missing plan file', () => {
    const out = linesOf({ 'sources/004_68f752de2dbcb590.txt': null, 'plans/hiratsuka.json': null });
    expect(out).toContain('plans/hiratsuka.json: missing');
    expect(out).toContain(
      'plans/iwaki.json sources[0].file: sources/004_68f752de2dbcb590.txt does not exist',
    );
  });

  describe('as a command on a copy of the folder', () => {
    const copy = mkdtempSync(join(tmpdir(), 'check-data-'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it('prints the file and path of each problem and exits 1', () => {
      cpSync(DATA, copy, { recursive: true });
      const file = join(copy, 'plans/iwaki.json');
      const plan = JSON.parse(readFileSync(file, 'utf8'));
      plan.items[1].source.quote = 'ここにはない';
      writeFileSync(file, JSON.stringify(plan));
      let status = 0;
      let out = '';
      try {
        execFileSync('npx', ['tsx', 'scripts/check-data.ts', copy], {
          cwd: ROOT,
          encoding: 'utf8',
        });
      } catch (error) {
        status = (error as { status: number }).status;
        out = (error as { stdout: string }).stdout;
      }
      expect(status).toBe(1);
      expect(out).toMatch(/^plans\/iwaki\.json items\[1\]\.source\.quote: not found at /mu);
      expect(out).toMatch(/; 1 problems$/mu);
    });
  });
});
