// buildPlan on a made-up city: the extractor and the curation format must carry a plan they have
// never seen, with its own markers, without any change to the code.
import { describe, expect, it } from 'vitest';
import { buildPlan } from './buildPlan';
import { Curation } from './curation';

const FILE = 'sources/kaku.txt';
const TEXT = [
  '# 架空市総合計画',
  '',
  '計画期間は令和8年度から令和12年度です。',
  '',
  '将来像「みんなでつくる架空のまち」',
  '',
  '## 基本目標',
  '',
  'Ⅰ 健康なまち',
  '',
  '健康づくりを進めます。',
  '',
  '- 01 健診の充実 ▶がん検診 ▶特定健診',
  '',
  'Ⅱ 安全なまち',
  '',
  '事業名\t事業内容',
  '<p>防災訓練</p>\t<p>毎年訓練を行う。</p>',
  '健診事業 (再掲：1-1)\t健診を行う。',
  '健診事業 (特定健診)\t健診を行う。',
].join('\n');

const CURATION = Curation.parse({
  id: 'kaku',
  name: { ja: '架空市', en: 'Kaku' },
  prefecture: { ja: '架空県', en: 'Kaku' },
  code: '999991',
  sources: [
    {
      file: FILE,
      title: '架空市総合計画',
      scope: { kind: 'whole', parts: ['基本目標'], quote: '架空市総合計画' },
    },
  ],
  plan: {
    title: { value: '架空市総合計画' },
    period: { start: 2026, end: 2030, quote: '令和8年度から令和12年度' },
    vision: { value: 'みんなでつくる架空のまち' },
    layers: { values: ['基本計画'], quote: '計画期間' },
    population: [],
    viewpoints: [],
  },
  rules: [
    {
      name: 'goal',
      kind: 'goal',
      file: FILE,
      select: { types: ['roman'] },
      id: 'goal-{label}',
      text: { body: true },
    },
    {
      name: 'policy',
      kind: 'policy',
      file: FILE,
      select: { types: ['numbered'] },
      id: 'policy-{label}',
      parent: 'goal',
    },
    {
      name: 'sub',
      kind: 'measure',
      file: FILE,
      select: { types: ['arrow'] },
      id: '{parent}/sub-{n}',
      parent: 'policy',
    },
    {
      name: 'row',
      kind: 'measure',
      file: FILE,
      select: { types: ['row'] },
      id: '{parent}/row-{n}',
      parent: 'goal',
      title: { cell: '事業名' },
      text: { cell: '事業内容' },
      repeatMarker: '再掲',
    },
  ],
});

describe('buildPlan', () => {
  const sources = [{ file: FILE, text: TEXT }];

  it('turns a plan it has never seen into items with ids from its own numbering', () => {
    const plan = buildPlan(sources, CURATION);
    expect(plan.items.map((it) => [it.id, it.parent, it.title, it.text ?? ''])).toEqual([
      ['kaku/goal-1', null, '健康なまち', '健康づくりを進めます。'],
      ['kaku/policy-01', 'kaku/goal-1', '健診の充実', ''],
      ['kaku/policy-01/sub-1', 'kaku/policy-01', 'がん検診', ''],
      ['kaku/policy-01/sub-2', 'kaku/policy-01', '特定健診', ''],
      ['kaku/goal-2', null, '安全なまち', ''],
      ['kaku/goal-2/row-1', 'kaku/goal-2', '防災訓練', '毎年訓練を行う。'],
      ['kaku/goal-2/row-2', 'kaku/goal-2', '健診事業 (再掲：1-1)', '健診を行う。'],
      ['kaku/goal-2/row-3', 'kaku/goal-2', '健診事業 (特定健診)', '健診を行う。'],
    ]);
    expect(plan.items[6]!.repeats).toBe('kaku/goal-2/row-3');
    expect(plan.items[5]!.source).toEqual({ file: FILE, line: 18, quote: '防災訓練' });
  });

  it('writes what each source is, its size measured and its quote placed', () => {
    const plan = buildPlan(sources, CURATION);
    expect(plan.sources[0]!.scope).toEqual({
      kind: 'whole',
      parts: ['基本目標'],
      characters: [...TEXT.replace(/\s/gu, '')].length,
      source: { file: FILE, line: 1, quote: '架空市総合計画' },
      by: 'curation',
    });
    const wrong = Curation.parse({
      ...CURATION,
      sources: [
        { ...CURATION.sources[0]!, scope: { kind: 'summary', parts: [], quote: '概要版' } },
      ],
    });
    expect(() => buildPlan(sources, wrong)).toThrow(/quote not found.*概要版/);
  });

  it('places plan facts by their quotes', () => {
    const { plan } = buildPlan(sources, CURATION);
    expect(plan.period).toEqual({
      start: 2026,
      end: 2030,
      source: { file: FILE, line: 3, quote: '令和8年度から令和12年度' },
    });
    expect(plan.provenance.vision).toEqual({
      file: FILE,
      line: 5,
      quote: 'みんなでつくる架空のまち',
    });
  });

  it('fails loudly when a curation quote is not in the source', () => {
    const broken = structuredClone(CURATION);
    broken.plan.vision = { value: 'どこにもない将来像' };
    expect(() => buildPlan(sources, broken)).toThrow(/quote not found/);
  });

  it('applies notes and corrected titles, and refuses a note for an item that does not exist', () => {
    const noted = structuredClone(CURATION);
    noted.notes = { 'goal-1': { title: '健康のまち', note: 'title shortened' } };
    expect(buildPlan(sources, noted).items[0]).toMatchObject({
      title: '健康のまち',
      note: 'title shortened',
      source: { quote: '健康なまち' },
    });
    noted.notes = { 'goal-9': { note: 'stale' } };
    expect(() => buildPlan(sources, noted)).toThrow(/unknown item goal-9/);
  });

  it('leaves its inputs alone', () => {
    const before = structuredClone(CURATION);
    buildPlan(sources, CURATION);
    expect(CURATION).toEqual(before);
  });
});
