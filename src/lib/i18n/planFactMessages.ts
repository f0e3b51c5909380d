// UI strings of a plan's stated facts (vision, layers, period, population) and their source
// links, shared by the home page's city cards, the plan page's header and the comparison page's
// structure table. `en` is typed from `ja`.
import { catalog } from './catalog';

const ja = {
  vision: '将来像',
  layers: '計画の構成',
  period: '計画期間',
  population: '人口',
  fiscalYears: (a: number, b: number) => `${a}〜${b}年度`,
  persons: (n: string) => `${n}人`,
  popKind: { target: '目標', projection: '推計', actual: '実績' },
  source: '出典',
  factKind: {
    title: '計画名',
    vision: '将来像',
    layers: '計画の構成',
    period: '計画期間',
    population: '人口',
    viewpoint: '視点',
  },
};

export type FactMessages = typeof ja;

export const FACT_MESSAGES = catalog(ja, '/src/lib/i18n/planFactMessages.en.ts');
