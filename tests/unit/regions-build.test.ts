import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegions, parsePlanMembers } from '../../scripts/regions/build';
import { isValidCode, withCheckDigit } from '../../scripts/regions/codes';
import { PLAN_ONLY } from '../../scripts/regions/planOnly';
import { Research } from '../../scripts/regions/research';
import { englishName } from '../../scripts/regions/romanize';
import { Municipalities, Regions, type SourceRef } from '../../src/lib/data/schemas';

const read = (file: string) => readFileSync(join('static/data', file), 'utf8');
const research = Research.parse(
  JSON.parse(readFileSync('data/research/partnerships.json', 'utf8')),
);
const before = structuredClone(research);
const { municipalities, regions } = buildRegions(research, read);
const fw = (id: string) => regions.frameworks.find((f) => f.id === id)!;
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');
const isLine = (s: object): s is SourceRef => 'file' in s;

describe('buildRegions', () => {
  it('writes exactly what the build produces (static/data is not hand-edited)', () => {
    expect(Municipalities.parse(JSON.parse(read('municipalities.json')))).toEqual(municipalities);
    expect(Regions.parse(JSON.parse(read('regions.json')))).toEqual(regions);
  });

  it('keeps only frameworks whose existence and members the research confirmed', () => {
    const confirmed = new Set(
      research.frameworks
        .filter((f) => f.confirmed && f.members_confirmed)
        .map((f) => f.id.replace(/_/g, '-')),
    );
    const planOnly = new Set(PLAN_ONLY.map((p) => p.id));
    for (const f of regions.frameworks.filter((f) => !planOnly.has(f.id)))
      expect(confirmed.has(f.id), f.id).toBe(true);
    for (const p of PLAN_ONLY) expect(isLine(fw(p.id).source), p.id).toBe(true);
    const ids = regions.frameworks.map((f) => f.id);
    expect(ids).not.toContain('fukushima-water');
    expect(ids).not.toContain('iwaki-renkei-chusu-study');
    expect(regions.omitted?.map((o) => o.id)).toEqual(
      expect.arrayContaining([
        'fukushima-water',
        'iwaki-renkei-chusu-study',
        'shonan-kouiki-toshi',
      ]),
    );
  });

  it('gives every framework a source URL or a plan line whose quote occurs there', () => {
    for (const f of regions.frameworks) {
      const refs = [f.source, ...(f.sources ?? []), ...(f.planMentions ?? [])];
      if (f.planVersion) refs.push(f.planVersion.source);
      for (const ref of refs) {
        if (!isLine(ref)) {
          expect(ref.url, f.id).toMatch(/^https?:\/\//);
          continue;
        }
        const lines = read(ref.file)
          .split('\n')
          .slice(ref.line - 1, ref.endLine ?? ref.line);
        expect(norm(lines.join('')), `${f.id} ${ref.file}:${ref.line}`).toContain(norm(ref.quote));
      }
    }
  });

  it.each([
    ['fukushima-denen', 9, 11, ['042064', '062022'], []],
    ['koriyama-kouikiken', 17, 16, [], ['074071']],
  ])(
    '%s: %i members now, %i in the plan, kept side by side',
    (id, now, plan, planOnly, nowOnly) => {
      const f = fw(id);
      expect(f.members).toHaveLength(now);
      expect(f.planVersion?.members).toHaveLength(plan);
      expect(f.planVersion!.members.filter((c) => !f.members.includes(c))).toEqual(planOnly);
      expect(f.members.filter((c) => !f.planVersion!.members.includes(c))).toEqual(nowOnly);
    },
  );

  it('keeps the 11 of the plan as the members of 福島圏域連携推進協議会', () => {
    expect([...fw('fukushima-kenniki-kyogikai').members].sort()).toEqual(
      [...fw('fukushima-denen').planVersion!.members].sort(),
    );
  });

  it('marks prefecture-wide 広域連合 as frameworks of the whole prefecture', () => {
    const f = fw('fukushima-kouki');
    expect(f).toMatchObject({ scope: 'prefecture', prefecture: '福島県', memberCount: 59 });
    expect(f.cities).toEqual(['nihonmatsu', 'iwaki']);
    const prefOf = new Map(municipalities.map((m) => [m.code, m.prefecture]));
    expect(f.members.every((c) => prefOf.get(c) === '福島県')).toBe(true);
  });

  it('puts 二本松市 in two 連携中枢都市圏', () => {
    const areas = regions.frameworks.filter(
      (f) => f.kind === '連携中枢都市圏' && f.members.includes('072109'),
    );
    expect(areas.map((f) => f.id)).toEqual(['fukushima-denen', 'koriyama-kouikiken']);
  });

  it('uses valid codes, all of them positioned in municipalities.json', () => {
    const codes = new Set(municipalities.map((m) => m.code));
    for (const m of municipalities) expect(isValidCode(m.code), m.code).toBe(true);
    for (const f of regions.frameworks)
      for (const c of f.members) expect(codes.has(c), `${f.id} ${c}`).toBe(true);
  });

  it('flags the one unverified position instead of passing it off as a city hall', () => {
    expect(municipalities.filter((m) => m.positionApproximate).map((m) => m.name.ja)).toEqual([
      '双葉町',
    ]);
    for (const m of municipalities) expect(m.source?.url, m.code).toMatch(/^https?:\/\//);
  });

  it('does not change the research it reads', () => {
    expect(research).toEqual(before);
  });
});

describe('helpers', () => {
  it.each([
    ['郡山市', 'こおりやまし', 'Koriyama'],
    ['大船渡市', 'おおふなとし', 'Ofunato'],
    ['奥州市', 'おうしゅうし', 'Oshu'],
    ['天栄村', 'てんえいむら', "Ten'ei"],
    ['南三陸町', 'みなみさんりくちょう', 'Minamisanriku'],
    ['飯舘村', 'いいたてむら', 'Iitate'],
  ])('englishName(%s) = %s', (ja, kana, en) => {
    expect(englishName(ja, kana)).toBe(en);
  });

  it.each([
    ['07210', '072109'],
    ['03209', '032093'],
    ['14203', '142034'],
    ['07204', '072044'],
  ])('withCheckDigit(%s) = %s', (code5, code6) => {
    expect(withCheckDigit(code5)).toBe(code6);
  });

  it('parses the members a plan row lists', () => {
    expect(parsePlanMembers('〜を構築する（参加市町村：福島市、二本松市、伊達市）。')).toEqual([
      '福島市',
      '二本松市',
      '伊達市',
    ]);
  });
});
